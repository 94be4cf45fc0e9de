import {sql} from 'drizzle-orm';
import type {KpiDetailRows} from '../domain/kpi_details.js';
import type {KpiRange} from '../domain/kpi_range.js';
import type {Database} from './database.js';
import {kpiIncidentOf} from './kpi_rows.js';
import {asJson, INCIDENT_COLUMNS, instant, jsonRows, MILESTONE_COLUMNS, ms, notOfADrill, text, type Bounds} from './kpi_sql.js';

/**
 * The incidents, requests and pages behind one range's figures (the rows kpi_rows.ts reads, with what identifies
 * them), oldest first and at most `limit` of each: the caller asks for one more than it shows, to know a list was cut.
 */
export async function loadKpiDetailRows(db: Database, range: KpiRange, limit: number): Promise<KpiDetailRows> {
    const bounds = {from: range.from.toISOString(), to: range.to.toISOString()};
    const [incidents, requests, pages] = await Promise.all([
        jsonRows(db, incidentsSql(bounds, limit)), jsonRows(db, requestsSql(bounds, limit)), jsonRows(db, pagesSql(bounds, limit))]);
    const number = (value: unknown) => (typeof value === 'number' ? value : 0);
    return {
        incidents: incidents.map((r) => ({...kpiIncidentOf(r), id: text(r.id) ?? '', number: number(r.number), title: text(r.title) ?? '',
            teamId: text(r.team_id) ?? '', channelId: text(r.channel_id), channelName: text(r.channel_name) ?? '', isPrivate: r.is_private === true,
            commanderId: text(r.commander_id), declaredById: text(r.declared_by_id) ?? '', retroStatus: text(r.retro_status)})),
        requests: requests.map((r) => ({id: text(r.id) ?? '', number: number(r.number), title: text(r.title) ?? '', category: text(r.category) ?? '',
            status: text(r.status) ?? '', createdAt: instant(r.created) ?? new Date(0), priority: text(r.priority) ?? '',
            requestedPriority: text(r.requested_priority), firstDecisionAt: instant(r.decided)})),
        pages: pages.map((r) => ({id: text(r.id) ?? '', number: number(r.number), createdAt: instant(r.created) ?? new Date(0),
            usernames: Array.isArray(r.notified) ? r.notified.filter((u): u is string => typeof u === 'string') : [],
            acknowledgedAt: instant(r.acknowledged)})),
    };
}

const incidentsSql = ({from, to}: Bounds, limit: number) => asJson([...INCIDENT_COLUMNS, 'id', 'number', 'title', 'team_id', 'channel_id',
    'channel_name', 'is_private', 'commander_id', 'declared_by_id', 'retro_status'], sql`
    select c.id, c.number, c.title, c.severity, t.tier, c.team_id, c.channel_id, c.channel_name, c.is_private, c.commander_id, c.declared_by_id,
        rv.status as retro_status, ${ms(sql`c.declared_at`)} as declared, ${ms(sql`c.resolved_at`)} as resolved, ${MILESTONE_COLUMNS}
    from incidents c left join templates t on t.id = c.template_id left join retrospectives rv on rv.incident_id = c.id
    where c.declared_at >= ${from}::timestamptz and c.declared_at < ${to}::timestamptz and not c.is_drill
    order by c.declared_at, c.number limit ${limit}`, sql`r.declared, r.number`);

const requestsSql = ({from, to}: Bounds, limit: number) => asJson(['id', 'number', 'title', 'category', 'status', 'created', 'priority',
    'requested_priority', 'decided'], sql`
    select i.id, i.number, i.title, i.category, i.status, ${ms(sql`i.created_at`)} as created, i.priority, i.requested_priority,
        ${ms(sql`i.first_decided_at`)} as decided
    from triage_items i
    where i.created_at >= ${from}::timestamptz and i.created_at < ${to}::timestamptz and ${notOfADrill(sql`i`)}
    order by i.created_at, i.number limit ${limit}`, sql`r.created, r.number`);

const pagesSql = ({from, to}: Bounds, limit: number) => asJson(['id', 'number', 'created', 'notified', 'acknowledged'], sql`
    select p.id, p.number, ${ms(sql`p.created_at`)} as created, p.notified, ${ms(sql`p.acknowledged_at`)} as acknowledged
    from pages p
    where p.created_at >= ${from}::timestamptz and p.created_at < ${to}::timestamptz
        and ${notOfADrill(sql`p`)}
    order by p.created_at, p.number limit ${limit}`, sql`r.created, r.number`);
