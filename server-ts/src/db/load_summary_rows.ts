import {desc, eq, inArray, ne, sql} from 'drizzle-orm';
import type {ScheduleRow, SummaryRows} from '../domain/summary.js';
import {staleCutoff} from '../domain/runbook_stale.js';
import {NEWEST_TRIAGE_CAP} from '../domain/summary.js';
import type {Database} from './database.js';
import {loadFollowUpSummary} from './follow_up_summary_rows.js';
import {loadStaleRunbookCount} from './runbook_rows.js';
import {incidents, rituals, triageItems} from './schema.js';

// Compiled schedules come from the on-call catalog, which compiles only what changed.
export type ScheduleSource = () => Promise<{schedules: ScheduleRow[]; problems: string[]}>;

// Everything the sidebar summary needs, in a handful of indexed queries; the domain sorts and caps.
// `now`: the instant the summary is assembled for, so the stale-runbook count agrees with it.
export async function loadSummaryRows(db: Database, loadSchedules: ScheduleSource, now = new Date()): Promise<SummaryRows> {
    const [activeIncidents, counts, newest, oncall, ritualRows, runbookCounts, followUps] = await Promise.all([
        db.select({id: incidents.id, number: incidents.number, title: incidents.title, severity: incidents.severity,
            status: incidents.status, channelId: incidents.channelId, declaredAt: incidents.declaredAt, commanderId: incidents.commanderId,
            commanderUsername: incidents.commanderUsername, declaredById: incidents.declaredById, nextUpdateDueAt: incidents.nextUpdateDueAt,
            isDrill: incidents.isDrill, isPrivate: incidents.isPrivate,
            // One indexed max per open incident (incident_events_incident_idx); the declaration when there is none.
            // Qualified by hand: inside the subquery drizzle's bare "id" would mean incident_events.id.
            lastEventAt: sql<Date>`coalesce((select max(e.at) from incident_events e where e.incident_id = "incidents"."id"), "incidents"."declared_at")`
                .mapWith((v: string | Date) => new Date(v))})
            .from(incidents).where(ne(incidents.status, 'resolved')),
        db.select({status: triageItems.status, count: sql<number>`count(*)::int`, oldest: sql<string | null>`min(${triageItems.createdAt})::text`})
            .from(triageItems).where(inArray(triageItems.status, ['new', 'accepted', 'in_progress'])).groupBy(triageItems.status),
        db.select({id: triageItems.id, number: triageItems.number, title: triageItems.title, priority: triageItems.priority, createdAt: triageItems.createdAt})
            .from(triageItems).where(eq(triageItems.status, 'new')).orderBy(desc(triageItems.createdAt), desc(triageItems.number)).limit(NEWEST_TRIAGE_CAP),
        loadSchedules(),
        db.select({id: rituals.id, name: rituals.name, timeZone: rituals.timeZone, cadence: rituals.cadence, channelName: rituals.channelName})
            // A deactivated ritual is not coming up.
            .from(rituals).where(eq(rituals.isActive, true)),
        loadStaleRunbookCount(db, staleCutoff(now)),
        loadFollowUpSummary(db, now),
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
        schedules: oncall.schedules,
        rituals: ritualRows,
        scheduleProblems: oncall.problems,
        runbooks: runbookCounts,
        followUps,
    };
}
