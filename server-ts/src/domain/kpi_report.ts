import type {Kpis} from '../contract/kpis.js';
import {incidentKpis, type KpiIncident} from './kpi_incidents.js';
import {oncallKpis, type KpiPage, type KpiSchedule, type KpiZones} from './kpi_oncall.js';
import type {KpiRange} from './kpi_range.js';
import {triageKpis, type KpiRequest, type KpiRequestStates} from './kpi_triage.js';
import type {SlaThresholds} from './triage_sla.js';

// What db/kpi_rows.ts reads for one range, drills already left out.
export type KpiRows = {
    incidents: KpiIncident[];
    requests: KpiRequest[];
    requestStates: KpiRequestStates[];
    pages: KpiPage[];
};

export type KpiSettings = {range: KpiRange; now: Date; sla: SlaThresholds; zones: KpiZones};

export function computeKpis(rows: KpiRows, schedules: readonly KpiSchedule[], settings: KpiSettings): Kpis {
    const {range, now} = settings;
    return {
        from: range.from.toISOString(),
        to: range.to.toISOString(),
        incidents: incidentKpis(rows.incidents),
        // Retrospectives and follow-ups are not recorded yet (issue 8, another part): nothing to count.
        followUps: {open: 0, overdue: 0, completionRatio: null},
        triage: triageKpis(rows.requests, rows.requestStates, settings.sla, now),
        oncall: oncallKpis(rows.pages, schedules, settings.zones, range, now),
    };
}
