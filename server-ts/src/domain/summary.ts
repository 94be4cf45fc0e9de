import type {ActiveIncident, IncidentStatus, OnCallNow, OverdueFollowUp, Severity, Summary, TriagePriority, UpcomingRitual} from '../contract/summary.js';
import type {CompiledSchedule} from './oncall_compile.js';
import {oncallAt} from './oncall_now.js';
import {nextOccurrence, parseCadence} from './ritual_schedule.js';
import {staleAt} from './runbook_stale.js';

// Caps keep the payload (and the sidebar) small however many rows exist; the counts stay exact.
export const ACTIVE_INCIDENT_CAP = 25;
export const NEWEST_TRIAGE_CAP = 10;
export const OVERDUE_FOLLOW_UP_CAP = 5;

export type IncidentRow = {
    id: string; number: number; title: string; severity: Severity; status: IncidentStatus; channelId: string | null; declaredAt: Date;
    commanderId: string | null; commanderUsername: string | null; declaredById: string; nextUpdateDueAt: Date | null; isDrill: boolean; isPrivate: boolean;
    lastEventAt: Date;
};
// Who may see a private incident is asked per user (channel membership); the shared summary lists them all.
export type PrivateIncident = {id: string; channelId: string | null; commanderId: string | null; declaredById: string};
export type TriageItemRow = {id: string; number: number; title: string; priority: TriagePriority | null; createdAt: Date};
export type ScheduleRow = {id: string; name: string; timeZone: string; compiled: CompiledSchedule};
export type RitualRow = {id: string; name: string; timeZone: string; cadence: unknown; channelName: string};
export type OverdueFollowUpRow = Omit<OverdueFollowUp, 'dueAt'> & {dueAt: Date};

export type SummaryRows = {
    activeIncidents: IncidentRow[];
    triage: {newCount: number; acceptedCount: number; inProgressCount: number; oldestNewAt: Date | null; newest: TriageItemRow[]};
    schedules: ScheduleRow[];
    // Schedules left out because they read back invalid.
    scheduleProblems: string[];
    rituals: RitualRow[];
    // Stale live runbooks at load time, and the earliest review (or creation) of the others: it turns stale next.
    runbooks: {staleCount: number; nextReviewedFrom: Date | null};
    // Open follow-ups at load time: how many, how many overdue (the longest overdue of them), and the next one to fall due.
    followUps: {openCount: number; overdueCount: number; overdue: OverdueFollowUpRow[]; nextDueAt: Date | null};
};

// `validUntil` is the first instant at which the same rows give a different summary (a shift ends or
// starts, a ritual happens), so a cache can serve it until then without re-reading the database.
export type AssembledSummary = {summary: Summary; validUntil: Date | null; problems: string[]; privateIncidents: PrivateIncident[]};

export function assembleSummary(rows: SummaryRows, now: Date): AssembledSummary {
    const oncall = rows.schedules.map((s) => onCallFor(s, now)).sort((a, b) => a.scheduleName.localeCompare(b.scheduleName));
    const rituals = upcomingRituals(rows.rituals, now);
    const boundaries = [
        ...oncall.flatMap((o) => (o.until === null ? [] : [new Date(o.until)])),
        ...rituals.upcoming.map((r) => new Date(r.nextAt)),
        ...(rows.runbooks.nextReviewedFrom === null ? [] : [staleAt({lastReviewedAt: rows.runbooks.nextReviewedFrom, createdAt: rows.runbooks.nextReviewedFrom})]),
        // Overdue is strictly after the due instant (retro_deadline.ts), so the count changes a millisecond later.
        ...(rows.followUps.nextDueAt === null ? [] : [new Date(rows.followUps.nextDueAt.getTime() + 1)]),
    ];
    return {
        summary: {
            generatedAt: now.toISOString(),
            oncall,
            incidents: {activeCount: rows.activeIncidents.length, active: mostUrgentIncidents(rows.activeIncidents)},
            triage: {
                newCount: rows.triage.newCount,
                acceptedCount: rows.triage.acceptedCount,
                inProgressCount: rows.triage.inProgressCount,
                oldestNewAt: rows.triage.oldestNewAt?.toISOString() ?? null,
                newest: [...rows.triage.newest].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.number - a.number)
                    .slice(0, NEWEST_TRIAGE_CAP).map((t) => ({...t, createdAt: t.createdAt.toISOString()})),
            },
            rituals: rituals.upcoming,
            runbooks: {staleCount: rows.runbooks.staleCount},
            followUps: {open: rows.followUps.openCount, overdue: rows.followUps.overdueCount, overdueItems: longestOverdue(rows.followUps.overdue)},
        },
        validUntil: earliest(boundaries),
        problems: [...rows.scheduleProblems, ...rituals.problems],
        privateIncidents: rows.activeIncidents.filter((i) => i.isPrivate && i.status !== 'resolved')
            .map(({id, channelId, commanderId, declaredById}) => ({id, channelId, commanderId, declaredById})),
    };
}

function mostUrgentIncidents(incidents: IncidentRow[]): ActiveIncident[] {
    return incidents
        .filter((i) => i.status !== 'resolved')
        .sort((a, b) => a.severity.localeCompare(b.severity) || b.declaredAt.getTime() - a.declaredAt.getTime() || b.number - a.number)
        .slice(0, ACTIVE_INCIDENT_CAP)
        .map((i) => ({id: i.id, number: i.number, title: i.title, severity: i.severity, status: i.status, channelId: i.channelId,
            declaredAt: i.declaredAt.toISOString(), commander: i.commanderUsername, nextUpdateDueAt: i.nextUpdateDueAt?.toISOString() ?? null,
            isDrill: i.isDrill, isPrivate: i.isPrivate, lastEventAt: i.lastEventAt.toISOString()}));
}

const longestOverdue = (rows: OverdueFollowUpRow[]): OverdueFollowUp[] =>
    [...rows].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.number - b.number)
        .slice(0, OVERDUE_FOLLOW_UP_CAP).map((f) => ({...f, dueAt: f.dueAt.toISOString()}));

// A user's view of the shared summary: private incidents they may not see are gone, from the list and the count.
// The list may then hold fewer than the cap even when more exist; private incidents are few, so that is accepted.
export function hideIncidents(summary: Summary, hidden: ReadonlySet<string>): Summary {
    if (hidden.size === 0) {
        return summary;
    }
    return {...summary, incidents: {
        activeCount: Math.max(0, summary.incidents.activeCount - hidden.size),
        active: summary.incidents.active.filter((i) => !hidden.has(i.id)),
    }};
}

function onCallFor(schedule: ScheduleRow, now: Date): OnCallNow {
    const current = oncallAt(schedule.compiled, now);
    const next = current.until === null ? null : oncallAt(schedule.compiled, current.until);
    return {
        scheduleId: schedule.id,
        scheduleName: schedule.name,
        timeZone: schedule.timeZone,
        users: current.users,
        since: current.since?.toISOString() ?? null,
        until: current.until?.toISOString() ?? null,
        next: next === null ? null : {users: next.users, at: next.at.toISOString()},
    };
}

function upcomingRituals(rituals: RitualRow[], now: Date): {upcoming: UpcomingRitual[]; problems: string[]} {
    const upcoming: UpcomingRitual[] = [];
    const problems: string[] = [];
    for (const r of rituals) {
        const cadence = parseCadence(r.cadence);
        const next = cadence.ok ? nextOccurrence(cadence.value, r.timeZone, now) : cadence;
        if (next.ok) {
            upcoming.push({id: r.id, name: r.name, channelName: r.channelName, timeZone: r.timeZone, nextAt: next.value.toISOString()});
        } else {
            problems.push(`ritual "${r.name}" skipped: ${next.error}`);
        }
    }
    return {upcoming: upcoming.sort((a, b) => a.nextAt.localeCompare(b.nextAt)), problems};
}

const earliest = (dates: Date[]): Date | null => dates.reduce<Date | null>((min, d) => (min === null || d < min ? d : min), null);
