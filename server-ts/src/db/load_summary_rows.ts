import {and, asc, desc, eq, gt, inArray, lte, ne, sql} from 'drizzle-orm';
import type {SummaryRows} from '../domain/summary.js';
import {NEWEST_TRIAGE_CAP} from '../domain/summary.js';
import type {Database} from './database.js';
import {incidents, oncallShifts, rituals, schedules, triageItems} from './schema.js';

// Everything the sidebar summary needs, in a handful of indexed queries; the domain sorts and caps.
export async function loadSummaryRows(db: Database, now: Date): Promise<SummaryRows> {
    const [activeIncidents, counts, newest, scheduleRows, currentShifts, nextShifts, ritualRows] = await Promise.all([
        db.select({id: incidents.id, number: incidents.number, title: incidents.title, severity: incidents.severity,
            status: incidents.status, channelId: incidents.channelId, declaredAt: incidents.declaredAt, commanderId: incidents.commanderId,
            commanderUsername: incidents.commanderUsername, declaredById: incidents.declaredById, nextUpdateDueAt: incidents.nextUpdateDueAt,
            isDrill: incidents.isDrill, isPrivate: incidents.isPrivate})
            .from(incidents).where(ne(incidents.status, 'resolved')),
        db.select({status: triageItems.status, count: sql<number>`count(*)::int`, oldest: sql<string | null>`min(${triageItems.createdAt})::text`})
            .from(triageItems).where(inArray(triageItems.status, ['new', 'accepted', 'in_progress'])).groupBy(triageItems.status),
        db.select({id: triageItems.id, number: triageItems.number, title: triageItems.title, priority: triageItems.priority, createdAt: triageItems.createdAt})
            .from(triageItems).where(eq(triageItems.status, 'new')).orderBy(desc(triageItems.createdAt), desc(triageItems.number)).limit(NEWEST_TRIAGE_CAP),
        db.select({id: schedules.id, name: schedules.name, timeZone: schedules.timeZone}).from(schedules),
        db.select({scheduleId: oncallShifts.scheduleId, username: oncallShifts.username, startsAt: oncallShifts.startsAt, endsAt: oncallShifts.endsAt})
            .from(oncallShifts).where(and(lte(oncallShifts.startsAt, now), gt(oncallShifts.endsAt, now))),
        // Only each schedule's next hand-over matters (for gaps and for when the summary changes).
        db.selectDistinctOn([oncallShifts.scheduleId], {scheduleId: oncallShifts.scheduleId, username: oncallShifts.username,
            startsAt: oncallShifts.startsAt, endsAt: oncallShifts.endsAt})
            .from(oncallShifts).where(gt(oncallShifts.startsAt, now)).orderBy(oncallShifts.scheduleId, asc(oncallShifts.startsAt)),
        db.select({id: rituals.id, name: rituals.name, timeZone: rituals.timeZone, cadence: rituals.cadence, channelName: rituals.channelName}).from(rituals),
    ]);
    const count = (status: string) => counts.find((c) => c.status === status);
    const oldestNew = count('new')?.oldest ?? null;
    return {
        activeIncidents,
        triage: {
            newCount: count('new')?.count ?? 0,
            acceptedCount: count('accepted')?.count ?? 0,
            inProgressCount: count('in_progress')?.count ?? 0,
            oldestNewAt: oldestNew === null ? null : new Date(oldestNew),
            newest,
        },
        schedules: scheduleRows,
        shifts: [...currentShifts, ...nextShifts],
        rituals: ritualRows,
    };
}
