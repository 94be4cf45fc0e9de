import {and, asc, eq, gte, isNotNull, lt, notInArray, sql} from 'drizzle-orm';
import type {SummaryRows} from '../domain/summary.js';
import {OVERDUE_FOLLOW_UP_CAP} from '../domain/summary.js';
import {CLOSED_STATUSES} from '../domain/triage_fields.js';
import type {Database} from './database.js';
import {incidents, triageItems} from './schema.js';

// A follow-up (a request linked to an incident) not done, declined or a duplicate (domain/triage_fields.ts).
export const isOpenFollowUp = and(isNotNull(triageItems.incidentId), notInArray(triageItems.status, [...CLOSED_STATUSES]));
const toDate = (v: string | null): Date | null => (v === null ? null : new Date(v));

// The sidebar's follow-up counts at `now`: overdue means past its due instant, as retro_deadline.ts says.
export async function loadFollowUpSummary(db: Database, now: Date): Promise<SummaryRows['followUps']> {
    const [[counts], overdue] = await Promise.all([
        db.select({
            open: sql<number>`count(*)::int`,
            overdue: sql<number>`(count(*) filter (where ${lt(triageItems.dueAt, now)}))::int`,
            nextDueAt: sql<string | null>`(min(${triageItems.dueAt}) filter (where ${gte(triageItems.dueAt, now)}))::text`,
        }).from(triageItems).where(isOpenFollowUp),
        db.select({requestId: triageItems.id, number: triageItems.number, title: triageItems.title, ownerUsername: triageItems.ownerUsername,
            dueAt: triageItems.dueAt, incidentId: incidents.id, incidentNumber: incidents.number})
            .from(triageItems).innerJoin(incidents, eq(incidents.id, triageItems.incidentId))
            .where(and(isOpenFollowUp, lt(triageItems.dueAt, now)))
            .orderBy(asc(triageItems.dueAt), asc(triageItems.number)).limit(OVERDUE_FOLLOW_UP_CAP),
    ]);
    return {
        openCount: counts?.open ?? 0,
        overdueCount: counts?.overdue ?? 0,
        // The where clause excludes rows without a due instant; the filter says so to the type checker.
        overdue: overdue.flatMap((f) => (f.dueAt === null ? [] : [{...f, dueAt: f.dueAt}])),
        nextDueAt: toDate(counts?.nextDueAt ?? null),
    };
}
