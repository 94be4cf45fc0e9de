import {sql, type SQL} from 'drizzle-orm';
import type {KpiRange} from '../domain/kpi_range.js';
import type {KpiRows} from '../domain/kpi_report.js';
import {DECISION_KINDS, STATUS_EVENT_KINDS} from '../domain/kpi_triage.js';
import type {Database, SqlRows} from './database.js';

/**
 * The rows behind the KPIs of one range: four queries, each bounded by the range through an index on when things
 * began (incidents_declared_idx, triage_items_created_idx, pages_created_idx). Timelines are reduced here to the
 * first instant of each event the figures read, one row per incident or request (through
 * incident_events_milestones_idx and triage_events_request_idx); the domain (domain/kpi_*.ts) decides what those
 * instants mean and does all the counting.
 *
 * Each list comes back as one JSON value with instants as epoch milliseconds: decoding thousands of rows field by
 * field (timestamps as text) costs PGlite more than the queries themselves, and 12 weeks must fit in 100 ms.
 */
export async function loadKpiRows(db: Database, range: KpiRange): Promise<KpiRows> {
    const bounds = {from: range.from.toISOString(), to: range.to.toISOString()};
    // Side by side on PostgreSQL's pool; PGlite queues them on its one connection.
    const [incidents, requests, requestStates, pages] = await Promise.all([
        jsonRows(db, incidentsSql(bounds)), jsonRows(db, requestsSql(bounds)), jsonRows(db, requestStatesSql(bounds)), jsonRows(db, pagesSql(bounds))]);
    return {
        incidents: incidents.map((r) => ({severity: text(r.severity) ?? '', tier: text(r.tier), declaredAt: instant(r.declared) ?? new Date(0),
            resolvedAt: instant(r.resolved), firstPageSentAt: instant(r.page_sent), firstPageAcknowledgedAt: instant(r.page_acknowledged),
            firstMonitoringAt: instant(r.monitoring), firstResolvedAt: instant(r.first_resolved)})),
        requests: requests.map((r) => ({createdAt: instant(r.created) ?? new Date(0), priority: text(r.priority) ?? '',
            requestedPriority: text(r.requested_priority), firstDecisionAt: instant(r.decided)})),
        requestStates: requestStates.map((r) => ({category: text(r.category) ?? '', kind: text(r.kind) ?? '', to: text(r.to_status), count: Number(r.n)})),
        pages: pages.map((r) => ({createdAt: instant(r.created) ?? new Date(0), firstUsername: text(r.first_username)})),
    };
}

type Bounds = {from: string; to: string};
type JsonRow = Record<string, unknown>;

const ms = (instant: SQL) => sql`(extract(epoch from ${instant}) * 1000)::float8`;
const kinds = (list: readonly string[]) => sql.join(list.map((k) => sql`${k}`), sql`, `);
// Every row of `rows` (a subquery) as one JSON array.
const asJson = (rows: SQL) => sql`select coalesce(json_agg(r), '[]'::json) as rows from (${rows}) r`;

// incident_events_milestones_idx is partial on exactly this list: the query must say it the same way to use it.
const MILESTONE_KINDS = sql.raw(`'status_changed', 'resolved', 'page_sent', 'page_acknowledged'`);

// The incidents first, then their milestones in one index scan over all their ids (not one probe per incident).
const incidentsSql = ({from, to}: Bounds) => asJson(sql`
    with counted as materialized (
        select id, severity, template_id, declared_at, resolved_at from incidents
        where declared_at >= ${from}::timestamptz and declared_at < ${to}::timestamptz and not is_drill),
    firsts as (
        select e.incident_id,
            min(e.at) filter (where e.kind = 'page_sent') as page_sent,
            min(e.at) filter (where e.kind = 'page_acknowledged') as page_acknowledged,
            min(e.at) filter (where e.kind = 'status_changed' and e.data->>'to' = 'monitoring') as monitoring,
            min(e.at) filter (where e.kind = 'resolved') as first_resolved
        from incident_events e
        where e.incident_id = any(array(select id from counted)) and e.kind in (${MILESTONE_KINDS})
        group by e.incident_id)
    select c.severity, t.tier, ${ms(sql`c.declared_at`)} as declared, ${ms(sql`c.resolved_at`)} as resolved,
        ${ms(sql`f.page_sent`)} as page_sent, ${ms(sql`f.page_acknowledged`)} as page_acknowledged,
        ${ms(sql`f.monitoring`)} as monitoring, ${ms(sql`f.first_resolved`)} as first_resolved
    from counted c left join templates t on t.id = c.template_id left join firsts f on f.incident_id = c.id`);

const requestsSql = ({from, to}: Bounds) => asJson(sql`
    select ${ms(sql`i.created_at`)} as created, i.priority,
        min(e.data->>'priority') filter (where e.kind = 'created') as requested_priority,
        ${ms(sql`min(e.at) filter (where e.kind in (${kinds(DECISION_KINDS)}))`)} as decided
    from triage_items i
    left join triage_events e on e.request_id = i.id and e.kind in ('created', ${kinds(DECISION_KINDS)})
    where i.created_at >= ${from}::timestamptz and i.created_at < ${to}::timestamptz
    group by i.id`);

// Each request's last status-changing event before the end, counted by category. Only requests created before the
// end and not closed before the start can be open then: a reopen clears closed_at, so one closed before `from`
// has stayed closed since.
const requestStatesSql = ({from, to}: Bounds) => asJson(sql`
    select category, kind, to_status, count(*)::int as n from (
        select distinct on (e.request_id) i.category, e.kind, e.data->>'to' as to_status
        from triage_events e join triage_items i on i.id = e.request_id
        where i.created_at < ${to}::timestamptz and (i.closed_at is null or i.closed_at >= ${from}::timestamptz)
            and e.at < ${to}::timestamptz and e.kind in (${kinds(STATUS_EVENT_KINDS)})
        order by e.request_id, e.at desc, e.seq desc) last
    group by category, kind, to_status`);

const pagesSql = ({from, to}: Bounds) => asJson(sql`
    select ${ms(sql`p.created_at`)} as created, p.notified->>0 as first_username
    from pages p
    where p.created_at >= ${from}::timestamptz and p.created_at < ${to}::timestamptz
        and not exists (select 1 from incidents i where i.id = p.incident_id and i.is_drill)`);

async function jsonRows(db: Database, query: SQL): Promise<JsonRow[]> {
    // Both drivers answer execute() with {rows} and decode json; the generic Database type cannot say so.
    const value = (await db.execute(query) as SqlRows).rows[0]?.rows;
    return Array.isArray(value) ? value.filter((r): r is JsonRow => typeof r === 'object' && r !== null) : [];
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const instant = (value: unknown): Date | null => (typeof value === 'number' ? new Date(value) : null);
