import type {KpiDetails, KpiIncidentDetail, KpiPageDetail, KpiRequestDetail} from '../contract/kpis.js';
import {acknowledgedAfterMs, mitigatedAt, type KpiIncident} from './kpi_incidents.js';
import {isOffHours, zoneOf, type KpiZones} from './kpi_oncall.js';
import type {KpiRange} from './kpi_range.js';
import {durationMs, isOneOf} from './kpi_stats.js';
import {isSlaBreach, type KpiRequest} from './kpi_triage.js';
import type {SlaThresholds} from './triage_sla.js';

// Per list: a review page reads a week or a quarter, and a longer range is better asked for in parts.
export const KPI_DETAILS_LIMIT = 500;

// The KPI rows with what identifies them; db/kpi_detail_rows.ts reads at most KPI_DETAILS_LIMIT + 1 of each, oldest
// first, so one more than the limit says the list was cut.
export type KpiIncidentRow = KpiIncident & {
    id: string; number: number; title: string; teamId: string; channelId: string | null; channelName: string;
    isPrivate: boolean; commanderId: string | null; declaredById: string; retroStatus: string | null;
};
export type KpiRequestRow = KpiRequest & {id: string; number: number; title: string; category: string; status: string};
export type KpiPageRow = {id: string; number: number; createdAt: Date; usernames: string[]; acknowledgedAt: Date | null};
export type KpiDetailRows = {incidents: KpiIncidentRow[]; requests: KpiRequestRow[]; pages: KpiPageRow[]};

// `hidden`: the private incidents the caller may not see (access rules live outside the domain).
export type KpiDetailSettings = {range: KpiRange; now: Date; sla: SlaThresholds; zones: KpiZones; hidden: ReadonlySet<string>};

const TIERS = ['cloud', 'community', 'internal'] as const;
const RETRO_STATUSES = ['draft', 'published'] as const;

const seconds = (ms: number | null): number | null => (ms === null ? null : Math.round(ms / 1000));
const iso = (at: Date | null): string | null => at?.toISOString() ?? null;

function incidentDetail(i: KpiIncidentRow, hidden: ReadonlySet<string>): KpiIncidentDetail {
    const isHidden = hidden.has(i.id);
    return {
        id: i.id, number: i.number, title: isHidden ? '' : i.title, severity: i.severity, tier: isOneOf(TIERS, i.tier) ? i.tier : 'none',
        teamId: i.teamId, channelId: isHidden ? null : i.channelId, channelName: isHidden ? '' : i.channelName,
        declaredAt: i.declaredAt.toISOString(), resolvedAt: iso(i.resolvedAt),
        mttaSeconds: seconds(acknowledgedAfterMs(i)), mttrSeconds: seconds(durationMs(i.declaredAt, i.resolvedAt)),
        timeToMitigateSeconds: seconds(durationMs(i.declaredAt, mitigatedAt(i))),
        retroStatus: isOneOf(RETRO_STATUSES, i.retroStatus) ? i.retroStatus : 'missing',
    };
}

const requestDetail = (r: KpiRequestRow, settings: KpiDetailSettings): KpiRequestDetail => ({
    id: r.id, number: r.number, title: r.title, category: r.category, status: r.status, receivedAt: r.createdAt.toISOString(),
    triagedAt: iso(r.firstDecisionAt), slaBreached: isSlaBreach(r, settings.sla, settings.now),
});

const pageDetail = (p: KpiPageRow, zones: KpiZones): KpiPageDetail => ({
    id: p.id, number: p.number, at: p.createdAt.toISOString(), usernames: p.usernames,
    offHours: isOffHours(p.createdAt, zoneOf(p.usernames[0] ?? null, zones)), acknowledgedAt: iso(p.acknowledgedAt),
});

// Each item exactly as the figures count it (the same rules, one item at a time).
export function kpiDetails(rows: KpiDetailRows, settings: KpiDetailSettings): KpiDetails {
    const cut = <T>(list: readonly T[]) => list.slice(0, KPI_DETAILS_LIMIT);
    return {
        from: settings.range.from.toISOString(),
        to: settings.range.to.toISOString(),
        incidents: cut(rows.incidents).map((i) => incidentDetail(i, settings.hidden)),
        requests: cut(rows.requests).map((r) => requestDetail(r, settings)),
        pages: cut(rows.pages).map((p) => pageDetail(p, settings.zones)),
        truncated: {incidents: rows.incidents.length > KPI_DETAILS_LIMIT, requests: rows.requests.length > KPI_DETAILS_LIMIT,
            pages: rows.pages.length > KPI_DETAILS_LIMIT},
    };
}
