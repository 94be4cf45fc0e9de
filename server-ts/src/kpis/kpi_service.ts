import type {Kpis, KpiProblem, KpiQuery} from '../contract/kpis.js';
import type {Database} from '../db/database.js';
import {loadKpiRows} from '../db/kpi_rows.js';
import {pagedPeople, type KpiSchedule} from '../domain/kpi_oncall.js';
import {parseKpiRange} from '../domain/kpi_range.js';
import {computeKpis} from '../domain/kpi_report.js';
import {ok, type Result} from '../domain/result.js';
import type {SlaThresholds} from '../domain/triage_sla.js';
import type {ScheduleCatalog} from '../oncall/schedule_catalog.js';

// Mattermost user time zones (IANA) by lower-case username; people it does not know are left out.
export type TimeZoneOf = (usernames: string[]) => Promise<Map<string, string>>;

export type KpiService = {report: (query: KpiQuery) => Promise<Result<Kpis, KpiProblem>>};

export type KpiDeps = {
    db: Database;
    catalog: ScheduleCatalog;
    timeZoneOf: TimeZoneOf;
    // For people Mattermost has no zone for (and pages that reached nobody).
    teamTimeZone: string;
    sla: SlaThresholds;
    now?: () => Date;
};

// Range → rows (one loader) → the paged people's zones (one Mattermost call) → pure figures.
export function createKpiService(deps: KpiDeps): KpiService {
    return {
        report: async (query) => {
            const range = parseKpiRange(query.from, query.to);
            if (!range.ok) {
                return range;
            }
            const now = deps.now?.() ?? new Date();
            const [rows, schedules] = await Promise.all([loadKpiRows(deps.db, range.value), kpiSchedules(deps.catalog)]);
            const byUsername = await deps.timeZoneOf(pagedPeople(rows.pages));
            return ok(computeKpis(rows, schedules, {range: range.value, now, sla: deps.sla, zones: {byUsername, teamTimeZone: deps.teamTimeZone}}));
        },
    };
}

// Valid schedules only: one that no longer reads back is left out here as it is in the summary.
async function kpiSchedules(catalog: ScheduleCatalog): Promise<KpiSchedule[]> {
    const {entries} = await catalog.all();
    return entries.map((e) => ({createdAt: e.record.createdAt, compiled: e.compiled}));
}
