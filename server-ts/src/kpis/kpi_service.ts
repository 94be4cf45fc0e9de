import type {KpiDetails, Kpis, KpiProblem, KpiQuery, WeeklyKpiQuery, WeeklyKpis} from '../contract/kpis.js';
import type {Database} from '../db/database.js';
import {loadKpiDetailRows} from '../db/kpi_detail_rows.js';
import {loadKpiRows} from '../db/kpi_rows.js';
import {KPI_DETAILS_LIMIT, kpiDetails} from '../domain/kpi_details.js';
import {pagedPeople, type KpiPage, type KpiSchedule, type KpiZones} from '../domain/kpi_oncall.js';
import {parseKpiRange, spanOf, type KpiRange} from '../domain/kpi_range.js';
import {computeKpis, weeklyKpis, type KpiRows, type KpiSettings} from '../domain/kpi_report.js';
import {kpiWeeks, parseKpiWeeks} from '../domain/kpi_weeks.js';
import {ok, type Result} from '../domain/result.js';
import type {PrivateIncident} from '../domain/summary.js';
import type {SlaThresholds} from '../domain/triage_sla.js';
import type {ScheduleCatalog} from '../oncall/schedule_catalog.js';

// Mattermost user time zones (IANA) by lower-case username; people it does not know are left out.
export type TimeZoneOf = (usernames: string[]) => Promise<Map<string, string>>;

export type KpiService = {
    report: (query: KpiQuery) => Promise<Result<Kpis, KpiProblem>>;
    weekly: (query: WeeklyKpiQuery) => Promise<Result<WeeklyKpis, KpiProblem>>;
    // Private incidents the caller cannot see lose their title and channel.
    details: (query: KpiQuery, caller: {id: string}) => Promise<Result<KpiDetails, KpiProblem>>;
};

export type KpiDeps = {
    db: Database;
    catalog: ScheduleCatalog;
    timeZoneOf: TimeZoneOf;
    // For people Mattermost has no zone for (and pages that reached nobody), weeks, and retrospective deadlines.
    teamTimeZone: string;
    sla: SlaThresholds;
    // RETRO_REMINDER_BUSINESS_DAYS: a retrospective is on time when published within them.
    retroBusinessDays: number;
    // The ids among `incidents` (private ones) the caller may not see: the incidents' access rules.
    hiddenFor: (caller: {id: string}, incidents: readonly PrivateIncident[]) => Promise<Set<string>>;
    now?: () => Date;
};

// Range → rows (one loader, one read for all the weeks) → the paged people's zones (one Mattermost call) → pure figures.
export function createKpiService(deps: KpiDeps): KpiService {
    const settingsFor = async (pages: readonly KpiPage[], now: Date): Promise<Omit<KpiSettings, 'range'>> =>
        ({now, sla: deps.sla, zones: await zonesOf(deps, pages), retro: {businessDays: deps.retroBusinessDays, timeZone: deps.teamTimeZone}});
    const load = async (ranges: readonly KpiRange[], now: Date): Promise<[KpiRows, KpiSchedule[]]> =>
        Promise.all([loadKpiRows(deps.db, spanOf(ranges, now)), kpiSchedules(deps.catalog)]);
    return {
        report: async (query) => {
            const range = parseKpiRange(query.from, query.to);
            if (!range.ok) {
                return range;
            }
            const now = deps.now?.() ?? new Date();
            const [rows, schedules] = await load([range.value], now);
            return ok(computeKpis(rows, schedules, {...await settingsFor(rows.pages, now), range: range.value}));
        },
        weekly: async (query) => {
            const now = deps.now?.() ?? new Date();
            const parsed = parseKpiWeeks(query.weeks, query.to, now);
            if (!parsed.ok) {
                return parsed;
            }
            const weeks = kpiWeeks(parsed.value, deps.teamTimeZone);
            const [rows, schedules] = await load(weeks, now);
            return ok(weeklyKpis(rows, schedules, weeks, await settingsFor(rows.pages, now)));
        },
        details: async (query, caller) => {
            const range = parseKpiRange(query.from, query.to);
            if (!range.ok) {
                return range;
            }
            const now = deps.now?.() ?? new Date();
            const rows = await loadKpiDetailRows(deps.db, range.value, KPI_DETAILS_LIMIT + 1);
            const pages = rows.pages.map((p) => ({createdAt: p.createdAt, firstUsername: p.usernames[0] ?? null}));
            const [zones, hidden] = await Promise.all([zonesOf(deps, pages), deps.hiddenFor(caller, rows.incidents.filter((i) => i.isPrivate))]);
            return ok(kpiDetails(rows, {range: range.value, now, sla: deps.sla, zones, hidden}));
        },
    };
}

async function zonesOf(deps: KpiDeps, pages: readonly KpiPage[]): Promise<KpiZones> {
    return {byUsername: await deps.timeZoneOf(pagedPeople(pages)), teamTimeZone: deps.teamTimeZone};
}

// Valid schedules only: one that no longer reads back is left out here as it is in the summary.
async function kpiSchedules(catalog: ScheduleCatalog): Promise<KpiSchedule[]> {
    const {entries} = await catalog.all();
    return entries.map((e) => ({createdAt: e.record.createdAt, compiled: e.compiled}));
}
