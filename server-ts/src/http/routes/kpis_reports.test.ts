import {sql} from 'drizzle-orm';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {KpiDetails, Kpis, WeeklyKpis} from '../../contract/kpis.js';
import {pages} from '../../db/schema.js';
import {WEEKLY_CSV_HEADER} from '../../domain/kpi_csv.js';
import {err, ok} from '../../domain/result.js';
import {DEFAULT_SLA} from '../../domain/triage_sla.js';
import {createKpiService} from '../../kpis/kpi_service.js';
import {createScheduleCatalog} from '../../oncall/schedule_catalog.js';
import {databaseTargets, type DatabaseTarget} from '../../test_support/databases.js';
import {fakeAppDeps} from '../../test_support/fake_app_deps.js';
import {REVIEW_NOW, seedReviews} from '../../test_support/kpi_review_seed.js';
import {useTestDatabase} from '../../test_support/use_test_database.js';
import {buildApp} from '../app.js';
import type {WhoAmI} from '../who_am_i.js';

const targets = await databaseTargets();
const users: Record<string, string> = {carol: 'u-carol', dave: 'u-dave'};
const whoAmI: WhoAmI = (token) => {
    const id = users[token];
    return Promise.resolve(id === undefined ? err('invalid') : ok({id, username: token, roles: 'system_user'}));
};
const API = '/sre-toolkit/api/v1';
// Three Berlin weeks to Monday 16 March 13:00 CET (now): 2–8 March, 9–15 March, and the Monday morning so far.
const WEEKS = 'weeks=3&to=2026-03-16T12:00:00Z';

async function seedPages(db: Parameters<typeof seedReviews>[0], drillId: string): Promise<void> {
    const page = (at: string, notified: string[], incidentId: string | null = null) => ({message: 'm', target: {kind: 'user' as const, username: 'x', name: '@x'},
        policy: {steps: [], repeat: 0}, notified, incidentId, createdById: 'u', createdByUsername: 'u', createdAt: new Date(at)});
    await db.insert(pages).values([
        page('2026-03-02T19:30:00Z', ['alice']), // 20:30 in Berlin: off hours
        page('2026-03-10T09:00:00Z', ['erin', 'bob']), // 05:00 in New York: off hours
        page('2026-03-03T10:30:00Z', ['alice'], drillId), // the drill's: never counted
    ]);
    // A busy January: one page more than a details list holds.
    await db.execute(sql`insert into pages (message, target, policy, notified, created_by_id, created_by_username, created_at)
        select 'jan', '{"kind":"user","username":"x","name":"@x"}'::jsonb, '{"steps":[],"repeat":0}'::jsonb, '[]'::jsonb, 'u', 'u',
            '2026-01-05T00:00:00Z'::timestamptz + g * interval '1 minute' from generate_series(0, 500) g`);
}

describe.each(targets.map((target): [string, DatabaseTarget] => [target.name, target]))('KPI reports on %s', (_name, target) => {
    const conn = useTestDatabase(target);
    let app: Awaited<ReturnType<typeof buildApp>>;
    const get = (path: string, user = 'carol') => app.inject({url: `${API}${path}`, headers: {authorization: `Bearer ${user}`}});

    beforeAll(async () => {
        const db = conn().db;
        const ids = await seedReviews(db);
        await seedPages(db, ids.get('D1') ?? '');
        const kpis = createKpiService({db, catalog: createScheduleCatalog(db), teamTimeZone: 'Europe/Berlin', sla: DEFAULT_SLA, now: () => REVIEW_NOW,
            retroBusinessDays: 3, timeZoneOf: (names) => Promise.resolve(new Map(names.includes('erin') ? [['erin', 'America/New_York']] : [])),
            // Only dave is in the private incident's channel.
            hiddenFor: (caller, incidents) => Promise.resolve(new Set(caller.id === 'u-dave' ? [] : incidents.map((i) => i.id)))});
        app = await buildApp(fakeAppDeps({whoAmI, kpis}));
    }, 60_000);
    afterAll(() => app.close());

    it('answers each week from Monday 00:00 in Berlin with the hand-computed review figures', async () => {
        const answer = await get(`/kpis/weekly?${WEEKS}`);
        expect(answer.statusCode).toBe(200);
        const {timeZone, weeks} = answer.json<WeeklyKpis>();
        expect([timeZone, ...weeks.map((w) => `${w.from} → ${w.to}`)]).toEqual(['Europe/Berlin',
            '2026-03-01T23:00:00.000Z → 2026-03-08T23:00:00.000Z', '2026-03-08T23:00:00.000Z → 2026-03-15T23:00:00.000Z',
            '2026-03-15T23:00:00.000Z → 2026-03-16T12:00:00.000Z']);
        expect(weeks.map(({kpis}) => [kpis.incidents.count, kpis.incidents.retroOnTimeRatio, kpis.followUps, kpis.oncall.offHoursPages])).toEqual([
            // R1–R5 (the drill D1 aside). Retros: R1 and R5 on time; R2, R3, R4 late. Follow-ups at the week's end: F3, F4, F5
            // open, none past due; due this week F1 (done), F2 (done a day late), F7 (declined).
            [5, 0.4, {open: 3, overdue: 0, completionRatio: 0.33}, 1],
            // R7, R6. Retros: R7 on time, R6 not due until the 17th. Open: F3 and F8 overdue, F4 (reopened), F9; due F5 (done), F3, F8.
            [2, 1, {open: 4, overdue: 2, completionRatio: 0.33}, 1],
            // The Monday so far: nothing resolved, nothing due (F9 is due tonight); the same four open.
            [0, null, {open: 4, overdue: 2, completionRatio: null}, 0],
        ]);
    }, 30_000);

    it('answers each week exactly as /kpis answers for that week alone', async () => {
        const {weeks} = (await get(`/kpis/weekly?${WEEKS}`)).json<WeeklyKpis>();
        for (const week of weeks) {
            const alone = await get(`/kpis?from=${week.from}&to=${week.to}`);
            expect(alone.json<Kpis>()).toEqual(week.kpis);
        }
    }, 30_000);

    it('ends the last week now when `to` is left out', async () => {
        const {weeks} = (await get('/kpis/weekly?weeks=1')).json<WeeklyKpis>();
        expect(weeks.map((w) => [w.from, w.to])).toEqual([['2026-03-15T23:00:00.000Z', '2026-03-16T12:00:00.000Z']]);
    });

    it('downloads the weeks as CSV, one row each under the stable header', async () => {
        const answer = await get(`/kpis/weekly.csv?${WEEKS}`);
        expect([answer.statusCode, answer.headers['content-type'], answer.headers['content-disposition']]).toEqual(
            [200, 'text/csv; charset=utf-8', 'attachment; filename="sre-kpis-2026-03-02-2026-03-16.csv"']);
        const [header, ...rows] = answer.body.split('\r\n');
        expect(header).toBe(WEEKLY_CSV_HEADER.join(','));
        expect(rows).toHaveLength(4); // three weeks, then the empty string after the last CRLF
        const column = (row: string | undefined, name: string) => row?.split(',')[WEEKLY_CSV_HEADER.indexOf(name)];
        expect([column(rows[0], 'week_start'), column(rows[0], 'week_end'), column(rows[0], 'incidents'), column(rows[0], 'retro_on_time_ratio'),
            column(rows[1], 'follow_ups_overdue'), column(rows[2], 'retro_on_time_ratio'), column(rows[2], 'week_end')])
            .toEqual(['2026-03-02T00:00:00+01:00', '2026-03-09T00:00:00+01:00', '5', '0.4', '2', '', '2026-03-16T13:00:00+01:00']);
    }, 30_000);

    it('lists what is behind the figures, oldest first, a private incident without its title for those not in it', async () => {
        const range = 'from=2026-03-02T00:00:00Z&to=2026-03-16T12:00:00Z';
        const details = (await get(`/kpis/details?${range}`)).json<KpiDetails>();
        expect(details.incidents.map((i) => [i.title, i.retroStatus, i.channelName])).toEqual([
            ['R1', 'published', 'inc-r1'], ['R2', 'published', 'inc-r2'], ['R3', 'draft', 'inc-r3'], ['R5', 'published', 'inc-r5'],
            ['R4', 'missing', 'inc-r4'], ['', 'published', ''], ['R6', 'published', 'inc-r6']]);
        expect(details.incidents[0]).toMatchObject({mttrSeconds: 3600, mttaSeconds: null, tier: 'none', channelId: 'ch-R1', severity: 'sev2'});
        expect((await get(`/kpis/details?${range}`, 'dave')).json<KpiDetails>().incidents[5]?.title).toBe('R7');
        // The follow-ups are requests, the drill's aside; each was accepted the moment it was made.
        expect(details.requests.map((r) => [r.title, r.slaBreached, r.triagedAt === r.receivedAt])).toEqual([
            ['F1', false, true], ['F2', false, true], ['F7', false, true], ['F3', false, true], ['F5', false, true], ['F4', false, true],
            ['F8', false, true], ['F9', false, true]]);
        expect(details.pages.map((p) => [p.at, p.usernames, p.offHours])).toEqual([
            ['2026-03-02T19:30:00.000Z', ['alice'], true], ['2026-03-10T09:00:00.000Z', ['erin', 'bob'], true]]);
        expect(details.truncated).toEqual({incidents: false, requests: false, pages: false});
    }, 30_000);

    it('cuts a list at 500 and says so', async () => {
        const details = (await get('/kpis/details?from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z')).json<KpiDetails>();
        expect([details.pages.length, details.pages[0]?.at, details.pages.at(-1)?.at, details.truncated]).toEqual([500, '2026-01-05T00:00:00.000Z',
            '2026-01-05T08:19:00.000Z', {incidents: false, requests: false, pages: true}]);
    }, 30_000);

    it.each<[string, string, string[]]>([
        ['no weeks', '/kpis/weekly?weeks=0', ['weeks']],
        ['over a year', '/kpis/weekly?weeks=53', ['weeks']],
        ['weeks in words and a bad end', '/kpis/weekly?weeks=twelve&to=friday', ['weeks', 'to']],
        ['an end without offset, as CSV', '/kpis/weekly.csv?weeks=4&to=2026-03-16T12:00', ['to']],
        ['a bad date', '/kpis/details?from=last-monday&to=2026-03-09T00:00:00Z', ['from']],
        ['from after to', '/kpis/details?from=2026-03-09T00:00:00Z&to=2026-03-02T00:00:00Z', ['to']],
    ])('answers 400 naming the field for %s', async (_, path, fields) => {
        const answer = await get(path);
        expect([answer.statusCode, answer.headers['content-type'], answer.json<{code: string}>().code, Object.keys(answer.json<{fields: object}>().fields)])
            .toEqual([400, 'application/json; charset=utf-8', 'invalid_range', fields]);
    });

    it('refuses a missing or unknown field by the schema, and callers without a session', async () => {
        const missing = await get('/kpis/weekly?to=2026-03-16T12:00:00Z');
        expect([missing.statusCode, missing.json<{fields: object}>().fields]).toEqual([400, {weeks: 'is required'}]);
        expect((await get(`/kpis/weekly.csv?${WEEKS}&format=xlsx`)).statusCode).toBe(400);
        expect((await get('/kpis/details?from=2026-03-02T00:00:00Z')).statusCode).toBe(400);
        expect((await get(`/kpis/weekly?${WEEKS}`, 'mallory')).statusCode).toBe(401);
        expect((await get('/kpis/details?from=2026-03-02T00:00:00Z&to=2026-03-09T00:00:00Z', 'mallory')).statusCode).toBe(401);
    });
});
