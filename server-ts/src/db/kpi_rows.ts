import {sql} from 'drizzle-orm';
import type {KpiIncident} from '../domain/kpi_incidents.js';
import type {KpiSpan} from '../domain/kpi_range.js';
import type {KpiRows} from '../domain/kpi_report.js';
import {statusAfter, STATUS_EVENT_KINDS, type KpiRequestStates} from '../domain/kpi_triage.js';
import type {Database} from './database.js';
import {asJson, INCIDENT_COLUMNS, instant, jsonRows, kinds, MILESTONE_COLUMNS, ms, notOfADrill, text, type Bounds, type JsonRow} from './kpi_sql.js';

/**
 * The rows behind the KPIs of a span (one range, or all the weeks of a weekly report): six queries, each read once
 * for the whole span. What began in it is bounded through an index on when things began (incidents_declared_idx,
 * triage_items_created_idx, pages_created_idx); incidents and requests carry the first instants of their timelines the
 * figures read (kept by the database, migrations 0015 and 0016): one row each. Reviews, resolutions and due times are
 * bounded the same way (retrospectives_created_idx, incidents_resolved_idx, triage_items_follow_ups_due_idx); request
 * states alone read every request that may be open.
 * The domain (domain/kpi_*.ts) splits the span into its ranges, decides what those instants mean and does all the
 * counting. 12 weeks must fit in 100 ms.
 */
export async function loadKpiRows(db: Database, span: KpiSpan): Promise<KpiRows> {
    const bounds = {from: span.from.toISOString(), to: span.to.toISOString()};
    // Side by side on PostgreSQL's pool; PGlite queues them on its one connection.
    const [incidents, requests, requestStates, pages, retros, followUpsDue] = await Promise.all([
        jsonRows(db, incidentsSql(bounds)), jsonRows(db, requestsSql(bounds)), jsonRows(db, requestStatesSql(bounds, span.snapshots)),
        jsonRows(db, pagesSql(bounds)), jsonRows(db, retrosSql(bounds)), jsonRows(db, followUpsDueSql(bounds.from, span.dueBefore.toISOString()))]);
    return {
        incidents: incidents.map(kpiIncidentOf),
        requests: requests.map((r) => ({createdAt: instant(r.created) ?? new Date(0), priority: text(r.priority) ?? '',
            requestedPriority: text(r.requested_priority), firstDecisionAt: instant(r.decided)})),
        requestStates: requestStates.flatMap((r) => runStates(r, span.snapshots)),
        pages: pages.map((r) => ({createdAt: instant(r.created) ?? new Date(0), firstUsername: text(r.first_username)})),
        retros: retros.map((r) => ({resolvedAt: instant(r.resolved) ?? new Date(0), publishedAt: instant(r.published)})),
        followUpsDue: followUpsDue.map((r) => ({dueAt: instant(r.due) ?? new Date(0), status: statusOf(r)})),
    };
}

// An incident row with its milestones (MILESTONE_COLUMNS), as the figures and the details read it.
export const kpiIncidentOf = (r: JsonRow): KpiIncident => ({severity: text(r.severity) ?? '', tier: text(r.tier),
    declaredAt: instant(r.declared) ?? new Date(0), resolvedAt: instant(r.resolved), firstPageSentAt: instant(r.page_sent),
    firstPageAcknowledgedAt: instant(r.page_acknowledged), firstMonitoringAt: instant(r.monitoring), firstResolvedAt: instant(r.first_resolved)});

const incidentsSql = ({from, to}: Bounds) => asJson([...INCIDENT_COLUMNS], sql`
    select c.severity, t.tier, ${ms(sql`c.declared_at`)} as declared, ${ms(sql`c.resolved_at`)} as resolved, ${MILESTONE_COLUMNS}
    from incidents c left join templates t on t.id = c.template_id
    where c.declared_at >= ${from}::timestamptz and c.declared_at < ${to}::timestamptz and not c.is_drill`);

const requestsSql = ({from, to}: Bounds) => asJson(['created', 'priority', 'requested_priority', 'decided'], sql`
    select ${ms(sql`i.created_at`)} as created, i.priority, i.requested_priority, ${ms(sql`i.first_decided_at`)} as decided
    from triage_items i
    where i.created_at >= ${from}::timestamptz and i.created_at < ${to}::timestamptz and ${notOfADrill(sql`i`)}`);

/**
 * At each snapshot, each request's status, counted by category (follow-ups apart, and whether they were due before the
 * snapshot). Only requests created before the end and not closed before the start can be open at a snapshot: a reopen
 * clears closed_at, so one closed before `from` has stayed closed since. A request last written before the first
 * snapshot (every status change moves updated_at to its event's instant: triage_rows.ts, retro_rows.ts) has been in its
 * status now at every snapshot: in a range that ends now, that is nearly all of them, counted without their events.
 * For the others, one pass over their events serves every snapshot: an event is the last one before snapshot k when it
 * came before it and the request's next one (lead) did not, so it holds for a run of snapshots, found with width_bucket
 * (how many of the sorted snapshots are at or before an instant). Runs are counted here and spread over their snapshots
 * by runStates: joining events to snapshots in SQL cost PGlite three times as much, and its row estimates made
 * PostgreSQL JIT-compile the query for a second.
 */
function requestStatesSql({from, to}: Bounds, snapshots: readonly Date[]) {
    const snaps = sql`array[${sql.join(snapshots.map((at) => sql`${at.toISOString()}::timestamptz`), sql`, `)}]`;
    const first = sql`${snapshots[0]?.toISOString() ?? to}::timestamptz`;
    const mayBeOpen = sql`i.created_at < ${to}::timestamptz and (i.closed_at is null or i.closed_at >= ${from}::timestamptz) and ${notOfADrill(sql`i`)}`;
    const settled = sql`i.updated_at < ${first} and i.created_at < ${first}`;
    return asJson(['category', 'status', 'kind', 'to_status', 'is_follow_up', 'after', 'until', 'due', 'n'], sql`
        with unsettled as materialized (
            select i.id, i.category, i.incident_id is not null as is_follow_up, i.due_at from triage_items i where ${mayBeOpen} and not (${settled})),
        changes as (
            select c.category, c.is_follow_up, c.due_at, e.kind, e.data, e.at,
                lead(e.at) over (partition by e.request_id order by e.at, e.seq) as next_at
            from triage_events e join unsettled c on c.id = e.request_id
            where e.request_id = any(array(select id from unsettled)) and e.at < ${to}::timestamptz and e.kind in (${kinds(STATUS_EVENT_KINDS)}))
        select category, null as status, kind, data->>'to' as to_status, is_follow_up, width_bucket(at, ${snaps}) as after,
            width_bucket(next_at, ${snaps}) as until, width_bucket(due_at, ${snaps}) as due, count(*)::int as n
        from changes
        -- An event followed by the next before any snapshot (a request accepted the week it came in) holds at none.
        where next_at is null or width_bucket(at, ${snaps}) < width_bucket(next_at, ${snaps})
        group by 1, 2, 3, 4, 5, 6, 7, 8
        union all
        select i.category, i.status, null, null, i.incident_id is not null, 0, null, width_bucket(i.due_at, ${snaps}), count(*)::int
        from triage_items i where ${mayBeOpen} and ${settled}
        group by 1, 2, 5, 8`);
}

// A run holds at snapshots after..until (1-based; until null: to the last), past due from the one after `due`.
function runStates(r: JsonRow, snapshots: readonly Date[]): KpiRequestStates[] {
    const after = Number(r.after);
    const until = typeof r.until === 'number' ? r.until : snapshots.length;
    const due = typeof r.due === 'number' ? r.due : null;
    return snapshots.slice(after, until).map((at, k) => ({at, category: text(r.category) ?? '', status: statusOf(r),
        isFollowUp: r.is_follow_up === true, isPastDue: due !== null && after + k + 1 > due, count: Number(r.n)}));
}

const pagesSql = ({from, to}: Bounds) => asJson(['created', 'first_username'], sql`
    select ${ms(sql`p.created_at`)} as created, p.notified->>0 as first_username
    from pages p
    where p.created_at >= ${from}::timestamptz and p.created_at < ${to}::timestamptz
        and ${notOfADrill(sql`p`)}`);

// Resolved in the span: when the retrospective was opened (on the first resolution; a reopen and a second resolve
// keep it), else the resolution now. Both instants are indexed (retrospectives_created_idx, incidents_resolved_idx):
// the reviews opened in the span, and the incidents resolved in it that have none. An incident is declared before it
// resolves, so both began before the end.
const retrosSql = ({from, to}: Bounds) => asJson(['resolved', 'published'], sql`
    select ${ms(sql`r.created_at`)} as resolved, ${ms(sql`r.published_at`)} as published from retrospectives r
    where r.created_at >= ${from}::timestamptz and r.created_at < ${to}::timestamptz and ${notOfADrill(sql`r`)}
    union all
    select ${ms(sql`i.resolved_at`)}, null from incidents i
    where i.resolved_at >= ${from}::timestamptz and i.resolved_at < ${to}::timestamptz and not i.is_drill
        and not exists (select 1 from retrospectives r where r.incident_id = i.id)`);

/**
 * Follow-ups due in [from, dueBefore) (triage_items_follow_ups_due_idx), each with its status at its due time. One
 * last written by then (every status change moves updated_at, as for request states) was in its status now. For the
 * others, one pass rather than a probe per follow-up: their events, read in one index scan over all their ids, and a
 * row for each due time sorted after the events of the same instant; the event just before it is the one.
 */
const followUpsDueSql = (from: string, dueBefore: string) => asJson(['due', 'status', 'kind', 'to_status'], sql`
    with due as materialized (
        select i.id, i.due_at, i.status, i.updated_at <= i.due_at as settled from triage_items i
        where i.incident_id is not null and i.due_at >= ${from}::timestamptz and i.due_at < ${dueBefore}::timestamptz
            and ${notOfADrill(sql`i`)}),
    timeline as (
        select e.request_id, e.at, false as is_due, e.seq, e.kind, e.data->>'to' as to_status from triage_events e
        where e.request_id = any(array(select id from due where not settled)) and e.kind in (${kinds(STATUS_EVENT_KINDS)})
        union all
        select id, due_at, true, null, null, null from due where not settled),
    lasts as (
        select is_due, at, lag(kind) over w as kind, lag(to_status) over w as to_status from timeline
        window w as (partition by request_id order by at, is_due, seq))
    select ${ms(sql`at`)} as due, null as status, kind, to_status from lasts where is_due
    union all
    select ${ms(sql`due_at`)}, status, null, null from due where settled`);

// A status as read (request states, follow-ups due): the row's own, else the one its last status-changing event leaves.
const statusOf = (r: JsonRow): string | null => text(r.status) ?? (typeof r.kind === 'string' ? statusAfter(r.kind, text(r.to_status)) : null);
