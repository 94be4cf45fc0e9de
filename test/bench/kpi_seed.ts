import type {Weekday} from '../../server-ts/src/contract/schedules.ts';
import type {DbConnection} from '../../server-ts/src/db/connection.ts';
import {schedules} from '../../server-ts/src/db/schema.ts';

// A year of a busy team's history, ending at `end`, in a few bulk statements (generate_series on the server):
// 10,000 incidents (one in ten a drill) with 20 timeline events each, pages, requests and their events, retrospectives
// and follow-ups, schedules. Rows go in as an import would: through the triggers that keep what the KPIs read
// (migrations 0015–0017), with each request last written by its last status change, as the triage service leaves it.
export type KpiSeed = {incidents: number; eventsPerIncident: number; pages: number; requests: number; schedules: number};

export const PEOPLE = Array.from({length: 20}, (_, i) => `sre${i}`);
const YEAR_MS = 364 * 86_400_000;
const INTERVALS = '{"sev1":30,"sev2":60,"sev3":120,"sev4":240}';
const WORKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const WEEKEND: Weekday[] = ['sat', 'sun'];

// Timeline kinds by position 0–19 within an incident: the ones the KPIs read first, then the ordinary chatter.
const EVENT_SQL = `insert into incident_events (incident_id, kind, data, at)
    select inc.id,
        case s.k when 0 then 'declared' when 1 then 'page_sent' when 2 then 'page_acknowledged' when 3 then 'status_changed'
            when 4 then 'status_changed' when 5 then case when inc.resolved_at is null then 'status_update' else 'resolved' end
            else (array['status_update', 'timeline_post', 'checklist_ticked'])[1 + s.k % 3] end,
        case s.k when 3 then '{"from":"investigating","to":"identified"}'::jsonb when 4 then '{"from":"identified","to":"monitoring"}'::jsonb
            else '{}'::jsonb end,
        case when s.k = 5 and inc.resolved_at is not null then inc.resolved_at
            else inc.declared_at + (s.k * 6 + inc.number % 7) * interval '1 minute' end
    from (select g / $2::int + 1 as n, g % $2::int as k from generate_series(0, $1::int * $2::int - 1) g) s
    join incidents inc on inc.number = s.n`;

async function seedIncidents(conn: DbConnection, seed: KpiSeed, start: Date): Promise<void> {
    await conn.executeSql(`insert into templates (slug, name, tier, channel_name_pattern, update_interval_minutes)
        select 'bench-' || t, 'Bench ' || t, t, 'inc-{slug}', $1::jsonb from unnest(array['cloud', 'community', 'internal']) t`, [INTERVALS]);
    // Evenly over the year; one in twenty still open, the others resolved 30 min – 4.5 h after declaration.
    await conn.executeSql(`insert into incidents (number, title, severity, status, template_id, is_drill, declared_at, resolved_at)
        select i, 'Bench incident ' || i, (array['sev1', 'sev2', 'sev3', 'sev4'])[1 + i % 4],
            case when i % 20 = 0 then 'investigating' else 'resolved' end,
            (select id from templates where slug = 'bench-' || (array['cloud', 'community', 'internal'])[1 + i % 3]), i % 10 = 0,
            d.at, case when i % 20 = 0 then null else d.at + (30 + i % 240) * interval '1 minute' end
        from generate_series(1, $1::int) i,
            lateral (select $2::timestamptz + floor((i - 1) * $3::float8 / $1::int) * interval '1 millisecond' as at) d`,
    [seed.incidents, start.toISOString(), YEAR_MS]);
    await conn.executeSql(EVENT_SQL, [seed.incidents, seed.eventsPerIncident]);
}

async function seedPagesAndRequests(conn: DbConnection, seed: KpiSeed, start: Date): Promise<void> {
    await conn.executeSql(`insert into pages (message, target, policy, status, notified, created_by_id, created_by_username, created_at, acknowledged_at)
        select 'Bench page ' || i, '{"kind":"user","username":"sre0","name":"@sre0"}'::jsonb, '{"steps":[],"repeat":0}'::jsonb, 'acknowledged',
            jsonb_build_array('sre' || (i % $4::int)), 'u-bench', 'bench', d.at, d.at + (1 + i % 15) * interval '1 minute'
        from generate_series(1, $1::int) i,
            lateral (select $2::timestamptz + floor((i - 1) * $3::float8 / $1::int) * interval '1 millisecond' as at) d`,
    [seed.pages, start.toISOString(), YEAR_MS, PEOPLE.length]);
    // One in ten still new; the rest decided 1–48 h after they came in, one in five of those declined.
    await conn.executeSql(`insert into triage_items (title, priority, category, status, created_at, triaged_at, closed_at)
        select 'Bench request ' || i, (array['p1', 'p2', 'p3', 'p4'])[1 + i % 4],
            (array['reliability', 'availability_cost', 'automation', 'security', 'documentation', 'ktlo'])[1 + i % 6],
            case when i % 10 = 0 then 'new' when i % 5 = 1 then 'declined' else 'accepted' end, d.at,
            case when i % 10 = 0 then null else d.at + (1 + i % 48) * interval '1 hour' end,
            case when i % 5 = 1 and i % 10 <> 0 then d.at + (1 + i % 48) * interval '1 hour' end
        from generate_series(1, $1::int) i,
            lateral (select $2::timestamptz + floor((i - 1) * $3::float8 / $1::int) * interval '1 millisecond' as at) d`,
    [seed.requests, start.toISOString(), YEAR_MS]);
    await conn.executeSql('update triage_items set updated_at = greatest(created_at, triaged_at, closed_at)');
    await conn.executeSql(`insert into triage_events (request_id, kind, data, at)
        select id, 'created', jsonb_build_object('priority', priority), created_at from triage_items
        union all
        select id, case when status = 'declined' then 'declined' else 'accepted' end, '{}'::jsonb, triaged_at from triage_items where triaged_at is not null`);
}

// Reviews of the resolved incidents: seven in ten published 1–5 days after resolution (some late), the rest drafts,
// one in 25 never opened. Every fourth resolved incident gets two follow-ups due one and two weeks on, a third done.
async function seedReviews(conn: DbConnection): Promise<void> {
    await conn.executeSql(`insert into retrospectives (incident_id, status, created_at, updated_at, published_at)
        select id, case when number % 10 < 7 then 'published' else 'draft' end, resolved_at, resolved_at,
            case when number % 10 < 7 then resolved_at + (1 + number % 5) * interval '1 day' end
        from incidents where resolved_at is not null and number % 25 <> 0`);
    await conn.executeSql(`insert into triage_items (title, priority, category, status, incident_id, due_at, created_at, triaged_at, closed_at)
        select 'Bench follow-up ' || inc.number || '-' || k, 'p2', 'reliability', case when (inc.number + k) % 3 = 0 then 'done' else 'accepted' end,
            inc.id, inc.resolved_at + (7 + k * 7) * interval '1 day', inc.resolved_at + interval '1 hour', inc.resolved_at + interval '1 hour',
            case when (inc.number + k) % 3 = 0 then inc.resolved_at + (5 + k * 7) * interval '1 day' end
        from incidents inc, generate_series(0, 1) k where inc.resolved_at is not null and inc.number % 4 = 0`);
    await conn.executeSql('update triage_items set updated_at = greatest(created_at, triaged_at, closed_at) where incident_id is not null');
    await conn.executeSql(`insert into triage_events (request_id, kind, data, at)
        select id, 'created', '{"priority":"p2"}'::jsonb, created_at from triage_items where incident_id is not null
        union all
        select id, 'accepted', '{}'::jsonb, triaged_at from triage_items where incident_id is not null
        union all
        select id, 'done', '{}'::jsonb, closed_at from triage_items where incident_id is not null and status = 'done'`);
}

// Follow-the-sun pairs in a few zones: day shifts with nights uncovered, so gaps are there to count.
async function seedSchedules(conn: DbConnection, count: number, start: Date): Promise<void> {
    const zones = ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'UTC'];
    await conn.db.insert(schedules).values(Array.from({length: count}, (_, i) => ({
        name: `Bench schedule ${i}`, timeZone: zones[i % zones.length] ?? 'UTC', createdAt: start,
        definition: {overrides: [], layers: [
            {name: 'weekly', users: [PEOPLE[i % PEOPLE.length] ?? 'sre0', PEOPLE[(i + 1) % PEOPLE.length] ?? 'sre1'],
                rotation: {every: 1, unit: 'week' as const}, start: '2025-01-06T09:00',
                restrictions: [{days: WORKDAYS, from: '08:00', to: '20:00'}]},
            {name: 'weekend', users: [PEOPLE[(i + 2) % PEOPLE.length] ?? 'sre2'], rotation: {every: 1, unit: 'day' as const}, start: '2025-01-04T09:00',
                restrictions: [{days: WEEKEND, from: '10:00', to: '18:00'}]},
        ]},
    })));
}

// Returns how many rows of each kind are there, read back (the bench prints them as proof of the seed).
export async function seedKpiHistory(conn: DbConnection, seed: KpiSeed, end: Date): Promise<Record<string, number>> {
    const start = new Date(end.getTime() - YEAR_MS);
    await seedIncidents(conn, seed, start);
    await seedPagesAndRequests(conn, seed, start);
    await seedReviews(conn);
    await seedSchedules(conn, seed.schedules, start);
    // What autovacuum would have done by now on PostgreSQL. PGlite runs no autovacuum and the companion no ANALYZE,
    // so there the planner works without statistics, as it would in production.
    if (conn.kind === 'postgres') {
        await conn.executeSql('analyze');
    }
    const {rows} = await conn.executeSql(`select (select count(*) from incidents)::int as incidents, (select count(*) from incident_events)::int as events,
        (select count(*) from pages)::int as pages, (select count(*) from triage_items where incident_id is null)::int as requests, (select count(*) from triage_events)::int as request_events,
        (select count(*) from retrospectives)::int as retrospectives,
        (select count(*) from triage_items where incident_id is not null)::int as follow_ups, (select count(*) from schedules)::int as schedules`);
    return Object.fromEntries(Object.entries(rows[0] ?? {}).map(([k, v]) => [k, Number(v)]));
}
