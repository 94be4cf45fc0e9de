import type {Kpis, WeeklyKpis} from '../contract/kpis.js';
import {followUpKpis, type KpiFollowUpDue} from './kpi_follow_ups.js';
import {incidentKpis, type KpiIncident} from './kpi_incidents.js';
import {oncallKpis, type KpiPage, type KpiSchedule, type KpiZones} from './kpi_oncall.js';
import {snapshotAt, type KpiRange} from './kpi_range.js';
import {retroOnTimeRatio, type KpiRetro, type RetroPolicy} from './kpi_retros.js';
import {isWithin} from './kpi_stats.js';
import {triageKpis, type KpiRequest, type KpiRequestStates} from './kpi_triage.js';
import type {SlaThresholds} from './triage_sla.js';

// What db/kpi_rows.ts reads for a span of one or more ranges (domain/kpi_range.ts, KpiSpan), drills already left out.
export type KpiRows = {
    incidents: KpiIncident[];
    requests: KpiRequest[];
    requestStates: KpiRequestStates[];
    pages: KpiPage[];
    retros: KpiRetro[];
    followUpsDue: KpiFollowUpDue[];
};

export type KpiSettings = {range: KpiRange; now: Date; sla: SlaThresholds; zones: KpiZones; retro: RetroPolicy};

// `rows` must hold the range's own rows only: the span's rows go through rowsWithin first.
export function computeKpis(rows: KpiRows, schedules: readonly KpiSchedule[], settings: KpiSettings): Kpis {
    const {range, now} = settings;
    return {
        from: range.from.toISOString(),
        to: range.to.toISOString(),
        incidents: {...incidentKpis(rows.incidents), retroOnTimeRatio: retroOnTimeRatio(rows.retros, settings.retro, now)},
        followUps: followUpKpis(rows.requestStates, rows.followUpsDue),
        triage: triageKpis(rows.requests, rows.requestStates, settings.sla, now),
        oncall: oncallKpis(rows.pages, schedules, settings.zones, range, now),
    };
}

// One range's rows out of a span's: each row by the instant it is counted at, the states by the range's snapshot.
export function rowsWithin(rows: KpiRows, range: KpiRange, now: Date): KpiRows {
    const snapshot = snapshotAt(range, now).getTime();
    return {
        incidents: rows.incidents.filter((i) => isWithin(i.declaredAt, range)),
        requests: rows.requests.filter((r) => isWithin(r.createdAt, range)),
        requestStates: rows.requestStates.filter((s) => s.at.getTime() === snapshot),
        pages: rows.pages.filter((p) => isWithin(p.createdAt, range)),
        retros: rows.retros.filter((r) => isWithin(r.resolvedAt, range)),
        followUpsDue: rows.followUpsDue.filter((f) => isWithin(f.dueAt, range)),
    };
}

// Each week exactly as GET /kpis would answer for it alone, from rows read once for all of them.
export function weeklyKpis(rows: KpiRows, schedules: readonly KpiSchedule[], weeks: readonly KpiRange[],
    settings: Omit<KpiSettings, 'range'>): WeeklyKpis {
    return {
        timeZone: settings.zones.teamTimeZone,
        weeks: weeks.map((range) => ({from: range.from.toISOString(), to: range.to.toISOString(),
            kpis: computeKpis(rowsWithin(rows, range, settings.now), schedules, {...settings, range})})),
    };
}
