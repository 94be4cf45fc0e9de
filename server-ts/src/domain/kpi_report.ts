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

const emptyRows = (): KpiRows => ({incidents: [], requests: [], requestStates: [], pages: [], retros: [], followUpsDue: []});

/**
 * Each range's rows out of a span's, in one pass: each row goes to the range holding the instant it is counted at,
 * each state to the ranges whose snapshot it was taken at. Ranges must be in time order and not overlap (weeks).
 * One filter per range and list compared Dates 120,000 times for 12 weeks (~20 ms); this compares numbers.
 */
export function rowsByRange(rows: KpiRows, ranges: readonly KpiRange[], now: Date): KpiRows[] {
    const parts = ranges.map(emptyRows);
    const starts = ranges.map((r) => r.from.getTime());
    const ends = ranges.map((r) => r.to.getTime());
    const place = <K extends Exclude<keyof KpiRows, 'requestStates'>>(key: K, atOf: (row: KpiRows[K][number]) => Date) => {
        for (const row of rows[key]) {
            const at = atOf(row).getTime();
            let k = starts.length - 1;
            while (k >= 0 && (starts[k] ?? 0) > at) {
                k -= 1;
            }
            if (k >= 0 && at < (ends[k] ?? 0)) {
                (parts[k]?.[key] as KpiRows[K][number][] | undefined)?.push(row);
            }
        }
    };
    place('incidents', (i) => i.declaredAt);
    place('requests', (r) => r.createdAt);
    place('pages', (p) => p.createdAt);
    place('retros', (r) => r.resolvedAt);
    place('followUpsDue', (f) => f.dueAt);
    const snapshots = ranges.map((r) => snapshotAt(r, now).getTime());
    for (const state of rows.requestStates) {
        snapshots.forEach((at, k) => at === state.at.getTime() && parts[k]?.requestStates.push(state));
    }
    return parts;
}

// Each week exactly as GET /kpis would answer for it alone, from rows read once for all of them.
export function weeklyKpis(rows: KpiRows, schedules: readonly KpiSchedule[], weeks: readonly KpiRange[],
    settings: Omit<KpiSettings, 'range'>): WeeklyKpis {
    const parts = rowsByRange(rows, weeks, settings.now);
    return {
        timeZone: settings.zones.teamTimeZone,
        weeks: weeks.map((range, k) => ({from: range.from.toISOString(), to: range.to.toISOString(),
            kpis: computeKpis(parts[k] ?? emptyRows(), schedules, {...settings, range})})),
    };
}
