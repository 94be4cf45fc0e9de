import type {Kpis, WeeklyKpis} from '../contract/kpis.js';
import {followUpKpis, type KpiFollowUpDue} from './kpi_follow_ups.js';
import {incidentKpis, type KpiIncident} from './kpi_incidents.js';
import {oncallKpis, type KpiPage, type KpiSchedule, type KpiZones} from './kpi_oncall.js';
import {snapshotAt, type KpiRange} from './kpi_range.js';
import {retroOnTimeRatio, type KpiRetro, type RetroPolicy} from './kpi_retros.js';
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

// `rows` must hold the range's own rows only: a span's rows go through rowsByRange first.
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

const NO_ROWS: KpiRows = {incidents: [], requests: [], requestStates: [], pages: [], retros: [], followUpsDue: []};

/**
 * Each range's rows out of a span's, in one pass: each row goes to the range holding the instant it is counted at,
 * each state to the ranges whose snapshot it was taken at. Ranges must be in time order and not overlap (weeks).
 * A filter per range and list compared Dates 120,000 times for 12 weeks (~20 ms); this compares a few numbers a row.
 */
export function rowsByRange(rows: KpiRows, ranges: readonly KpiRange[], now: Date): KpiRows[] {
    const starts = ranges.map((r) => r.from.getTime());
    const ends = ranges.map((r) => r.to.getTime());
    const split = <T>(list: readonly T[], atOf: (row: T) => Date): T[][] => {
        const parts = ranges.map((): T[] => []);
        for (const row of list) {
            const at = atOf(row).getTime();
            let k = starts.length - 1;
            while (k >= 0 && (starts[k] ?? 0) > at) {
                k -= 1;
            }
            if (k >= 0 && at < (ends[k] ?? 0)) {
                parts[k]?.push(row);
            }
        }
        return parts;
    };
    const snapshots = ranges.map((r) => snapshotAt(r, now).getTime());
    const [incidents, requests, pages, retros, followUpsDue] = [split(rows.incidents, (i) => i.declaredAt), split(rows.requests, (r) => r.createdAt),
        split(rows.pages, (p) => p.createdAt), split(rows.retros, (r) => r.resolvedAt), split(rows.followUpsDue, (f) => f.dueAt)];
    return ranges.map((_, k) => ({incidents: incidents[k] ?? [], requests: requests[k] ?? [], pages: pages[k] ?? [], retros: retros[k] ?? [],
        followUpsDue: followUpsDue[k] ?? [], requestStates: rows.requestStates.filter((s) => s.at.getTime() === snapshots[k])}));
}

// Each week exactly as GET /kpis would answer for it alone, from rows read once for all of them.
export function weeklyKpis(rows: KpiRows, schedules: readonly KpiSchedule[], weeks: readonly KpiRange[],
    settings: Omit<KpiSettings, 'range'>): WeeklyKpis {
    const parts = rowsByRange(rows, weeks, settings.now);
    return {
        timeZone: settings.zones.teamTimeZone,
        weeks: weeks.map((range, k) => ({from: range.from.toISOString(), to: range.to.toISOString(),
            kpis: computeKpis(parts[k] ?? NO_ROWS, schedules, {...settings, range})})),
    };
}
