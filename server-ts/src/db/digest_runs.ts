import {desc, gte} from 'drizzle-orm';
import type {TriageEventRecord} from '../domain/triage_events.js';
import type {TriageRequest} from '../domain/triage_request.js';
import type {Database} from './database.js';
import {digestRuns, triageEvents} from './schema.js';
import {listTriageRows, toTriageRequest} from './triage_rows.js';

export async function lastDigestRunAt(db: Database): Promise<Date | null> {
    const [last] = await db.select({ranAt: digestRuns.ranAt}).from(digestRuns).orderBy(desc(digestRuns.ranAt)).limit(1);
    return last?.ranAt ?? null;
}

/**
 * Claims the digest of one week: only the first caller (two instances, a retried job, a catch-up racing the
 * regular slot) gets true, in one statement, so the week's digest is posted at most once.
 */
export async function claimDigestWeek(db: Database, claim: {weekStart: string; slotAt: Date; ranAt: Date}): Promise<boolean> {
    const claimed = await db.insert(digestRuns).values(claim).onConflictDoNothing().returning({weekStart: digestRuns.weekStart});
    return claimed.length > 0;
}

// Every request (open ones of any age count in the digest) and only the events the digest can show.
export async function loadDigestInput(db: Database, since: Date): Promise<{requests: TriageRequest[]; events: TriageEventRecord[]}> {
    const [rows, events] = await Promise.all([
        listTriageRows(db),
        db.select({requestId: triageEvents.requestId, at: triageEvents.at, kind: triageEvents.kind}).from(triageEvents).where(gte(triageEvents.at, since)),
    ]);
    return {requests: rows.map(toTriageRequest), events};
}
