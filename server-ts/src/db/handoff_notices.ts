import {and, asc, eq, ne, sql} from 'drizzle-orm';
import type {Database} from './database.js';
import {handoffNotices, incidents, triageItems} from './schema.js';

// The latest hand-off already announced per schedule: the next sweep starts after it.
export async function lastNoticeBySchedule(db: Database): Promise<Map<string, Date>> {
    const rows = await db.select({scheduleId: handoffNotices.scheduleId, at: sql<string>`max(${handoffNotices.handoffAt})::text`})
        .from(handoffNotices).groupBy(handoffNotices.scheduleId);
    return new Map(rows.map((r) => [r.scheduleId, new Date(r.at)]));
}

export type HandoffNotice = {scheduleId: string; handoffAt: Date; fromUsers: string[]; toUsers: string[]; isLate: boolean};

// The primary key (schedule, instant) lets exactly one caller announce a hand-off: true for that one.
export async function claimHandoff(db: Database, notice: HandoffNotice): Promise<boolean> {
    const inserted = await db.insert(handoffNotices).values(notice).onConflictDoNothing().returning({at: handoffNotices.handoffAt});
    return inserted.length > 0;
}

// What the incoming person needs to know: open incidents and untriaged P1 requests, most urgent first.
export async function loadHandoffContext(db: Database) {
    const [openIncidents, untriagedP1] = await Promise.all([
        db.select({number: incidents.number, title: incidents.title, severity: incidents.severity, channelName: incidents.channelName})
            .from(incidents).where(ne(incidents.status, 'resolved')).orderBy(asc(incidents.severity), asc(incidents.number)),
        db.select({number: triageItems.number, title: triageItems.title}).from(triageItems)
            .where(and(eq(triageItems.status, 'new'), eq(triageItems.priority, 'p1'))).orderBy(asc(triageItems.createdAt)),
    ]);
    return {openIncidents, untriagedP1};
}
