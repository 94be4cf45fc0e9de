import {asc, eq, inArray, sql} from 'drizzle-orm';
import type {RunbookDraft} from '../domain/runbook_fields.js';
import type {Database} from './database.js';
import {runbooks} from './schema.js';
import {isUuid} from '../domain/uuid.js';

export type RunbookRecord = typeof runbooks.$inferSelect;

const columnsOf = (d: RunbookDraft) => ({title: d.title, service: d.service, tier: d.tier, body: d.body, url: d.url, ownerUsername: d.owner});

// The library is small (hundreds): the domain ranks it in memory.
export const listRunbookRecords = (db: Database): Promise<RunbookRecord[]> =>
    db.select().from(runbooks).where(eq(runbooks.isArchived, false)).orderBy(asc(runbooks.title), asc(runbooks.id));

export async function findRunbookRecord(db: Database, id: string): Promise<RunbookRecord | null> {
    const [row] = await db.select().from(runbooks).where(eq(runbooks.id, id));
    return row ?? null;
}

// Archived ones too (a template step may link one archived since); ids that are not uuids match nothing.
export async function findRunbookRecords(db: Database, ids: readonly string[]): Promise<RunbookRecord[]> {
    const wanted = [...new Set(ids.filter(isUuid))];
    return wanted.length === 0 ? [] : db.select().from(runbooks).where(inArray(runbooks.id, wanted));
}

// `now` from the service's clock, not the database's: staleness counts from creation.
export async function insertRunbook(db: Database, draft: RunbookDraft, now: Date): Promise<RunbookRecord> {
    const [row] = await db.insert(runbooks).values({...columnsOf(draft), createdAt: now, updatedAt: now}).returning();
    if (!row) {
        throw new Error('insert into runbooks returned no row');
    }
    return row;
}

// null: no such runbook.
export async function updateRunbook(db: Database, id: string, draft: RunbookDraft, now: Date): Promise<RunbookRecord | null> {
    const [row] = await db.update(runbooks).set({...columnsOf(draft), updatedAt: now}).where(eq(runbooks.id, id)).returning();
    return row ?? null;
}

// A review never moves backwards: two people marking it at once keep the later instant.
export async function markRunbookReviewed(db: Database, id: string, at: Date): Promise<RunbookRecord | null> {
    const [row] = await db.update(runbooks)
        .set({lastReviewedAt: sql`greatest(${runbooks.lastReviewedAt}, ${at.toISOString()}::timestamptz)`, updatedAt: at})
        .where(eq(runbooks.id, id)).returning();
    return row ?? null;
}

export async function archiveRunbook(db: Database, id: string, now: Date): Promise<RunbookRecord | null> {
    const [row] = await db.update(runbooks).set({isArchived: true, updatedAt: now}).where(eq(runbooks.id, id)).returning();
    return row ?? null;
}

// One query for the summary: how many live runbooks are stale at `cutoff`'s now, and the earliest moment
// another one turns stale (reviewed or created after the cutoff), so the cached summary knows when to expire.
// When a runbook's review clock started: its last review, else its creation (domain/runbook_stale.ts).
export const reviewedFrom = sql`coalesce(${runbooks.lastReviewedAt}, ${runbooks.createdAt})`;

export async function loadStaleRunbookCount(db: Database, cutoff: Date): Promise<{staleCount: number; nextReviewedFrom: Date | null}> {
    const cut = sql`${cutoff.toISOString()}::timestamptz`;
    const [row] = await db.select({
        staleCount: sql<number>`(count(*) filter (where ${reviewedFrom} <= ${cut}))::int`,
        next: sql<string | null>`(min(${reviewedFrom}) filter (where ${reviewedFrom} > ${cut}))::text`,
    }).from(runbooks).where(eq(runbooks.isArchived, false));
    return {staleCount: row?.staleCount ?? 0, nextReviewedFrom: row?.next === null || row?.next === undefined ? null : new Date(row.next)};
}
