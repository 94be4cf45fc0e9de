import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Kpis} from '../../contract/kpis.js';
import type {Database} from '../../db/database.js';
import {incidentEvents, incidents, pages, schedules, templates, triageEvents, triageItems} from '../../db/schema.js';
import {DEFAULT_SLA} from '../../domain/triage_sla.js';
import {err, ok} from '../../domain/result.js';
import {createKpiService} from '../../kpis/kpi_service.js';
import {createScheduleCatalog} from '../../oncall/schedule_catalog.js';
import {databaseTargets, type DatabaseTarget} from '../../test_support/databases.js';
import {fakeAppDeps} from '../../test_support/fake_app_deps.js';
import {useTestDatabase} from '../../test_support/use_test_database.js';
import {buildApp} from '../app.js';
import type {WhoAmI} from '../who_am_i.js';

const targets = await databaseTargets();
const whoAmI: WhoAmI = (token) => Promise.resolve(token === 'carol' ? ok({id: 'u-carol', username: 'carol', roles: 'system_user'}) : err('invalid'));
const API = '/sre-toolkit/api/v1';
// The week of 2 March 2026 (New York springs forward on the 8th), asked on the 12th.
const RANGE = 'from=2026-03-02T00:00:00Z&to=2026-03-09T00:00:00Z';
const NOW = new Date('2026-03-12T00:00:00Z');
const t = (iso: string) => new Date(`2026-${iso}Z`);

async function seedIncidents(db: Database): Promise<void> {
    const intervals = {sev1: 30, sev2: 60, sev3: 120, sev4: 240};
    const [cloud, drill] = await db.insert(templates).values([
        {slug: 'cloud', name: 'Cloud outage', tier: 'cloud', channelNamePattern: 'inc-{slug}', updateIntervalMinutes: intervals},
        {slug: 'drill', name: 'Gameday', tier: 'internal', channelNamePattern: 'drill-{slug}', updateIntervalMinutes: intervals, isDrill: true},
    ]).returning();
    const rows = await db.insert(incidents).values([
        {title: 'I1', severity: 'sev1', templateId: cloud?.id, declaredAt: t('03-02T10:00:00'), resolvedAt: t('03-02T12:00:00'), status: 'resolved'},
        {title: 'I2 no template', severity: 'sev3', declaredAt: t('03-08T23:00:00')},
        {title: 'I3 at the end: next range', severity: 'sev2', declaredAt: t('03-09T00:00:00')},
        {title: 'I4 before', severity: 'sev2', declaredAt: t('03-01T23:59:59')},
        {title: 'I5 drill', severity: 'sev2', templateId: drill?.id, isDrill: true, declaredAt: t('03-03T10:00:00'), resolvedAt: t('03-03T10:01:00')},
        {title: 'I6 at the start', severity: 'sev2', templateId: cloud?.id, declaredAt: t('03-02T00:00:00'), resolvedAt: t('03-02T01:00:00'), status: 'resolved'},
    ]).returning({id: incidents.id, title: incidents.title});
    const id = (prefix: string) => rows.find((r) => r.title.startsWith(prefix))?.id ?? '';
    const event = (incident: string, kind: string, at: string, data: object = {}) => ({incidentId: id(incident), kind, at: t(at), data});
    await db.insert(incidentEvents).values([
        event('I1', 'declared', '03-02T10:00:00'), event('I1', 'page_sent', '03-02T10:10:00'), event('I1', 'page_acknowledged', '03-02T10:15:00'),
        event('I1', 'status_changed', '03-02T10:30:00', {from: 'investigating', to: 'identified'}),
        event('I1', 'status_changed', '03-02T11:00:00', {from: 'identified', to: 'monitoring'}), event('I1', 'resolved', '03-02T12:00:00'),
        // Mitigated after the range ends: still this incident's figure.
        event('I2', 'status_changed', '03-09T01:00:00', {from: 'investigating', to: 'monitoring'}),
        event('I3', 'resolved', '03-09T00:01:00'), event('I4', 'resolved', '03-02T00:01:00'), event('I5', 'resolved', '03-03T10:01:00'),
        event('I6', 'resolved', '03-02T01:00:00'),
    ]);
    const policy = {steps: [], repeat: 0};
    const page = (at: string, notified: string[], incidentId: string | null = null) =>
        ({message: 'm', target: {kind: 'user' as const, username: 'x', name: '@x'}, policy, notified, incidentId, createdById: 'u', createdByUsername: 'u', createdAt: t(at)});
    await db.insert(pages).values([
        page('03-02T10:10:00', ['alice'], id('I1')), // 11:10 in Berlin: on
        page('03-07T12:30:00', ['erin']), // 07:30 EST: off
        page('03-08T12:30:00', ['erin', 'bob']), // 08:30 EDT, the day New York springs forward: on
        page('03-04T19:30:00', []), // nobody reached: team zone Berlin, 20:30: off
        page('03-05T07:30:00', ['dave']), // no zone in Mattermost: Berlin, 08:30: on
        page('03-03T12:00:00', ['alice'], id('I5')), // a drill's page
        page('03-09T00:00:00', ['alice']), // next range
    ]);
}

async function seedRequests(db: Database): Promise<void> {
    const rows = await db.insert(triageItems).values([
        {title: 'T1', priority: 'p1', category: 'reliability', status: 'accepted', createdAt: t('03-03T09:00:00')},
        {title: 'T2', priority: 'p1', category: 'security', status: 'declined', createdAt: t('03-03T09:00:00'), closedAt: t('03-03T15:00:00')},
        {title: 'T3', priority: 'p3', category: 'ktlo', status: 'new', createdAt: t('03-04T09:00:00')},
        {title: 'T4', priority: 'p2', category: 'automation', status: 'done', createdAt: t('02-20T09:00:00'), closedAt: t('03-05T09:00:00')},
        {title: 'T5', priority: 'p2', category: 'automation', status: 'accepted', createdAt: t('02-10T09:00:00')},
        {title: 'T6', priority: 'p3', category: 'documentation', status: 'declined', createdAt: t('02-01T09:00:00'), closedAt: t('02-02T09:00:00')},
        {title: 'T7', priority: 'p2', category: 'reliability', status: 'new', createdAt: t('03-05T12:00:00')},
        {title: 'T8', priority: 'p4', category: 'availability_cost', status: 'new', createdAt: t('03-09T00:00:00')},
    ]).returning({id: triageItems.id, title: triageItems.title, priority: triageItems.priority, createdAt: triageItems.createdAt});
    const id = (title: string) => rows.find((r) => r.title === title)?.id ?? '';
    const event = (title: string, kind: string, at: string, data: object = {}) => ({requestId: id(title), kind, at: t(at), data});
    await db.insert(triageEvents).values([
        ...rows.map((r) => ({requestId: r.id, kind: 'created', at: r.createdAt, data: {priority: r.priority}})),
        event('T1', 'accepted', '03-03T10:00:00'), event('T2', 'declined', '03-03T15:00:00'),
        event('T4', 'accepted', '02-21T09:00:00'), event('T4', 'done', '03-05T09:00:00'),
        event('T5', 'accepted', '02-11T09:00:00'), event('T6', 'declined', '02-02T09:00:00'),
        // A duplicate in the range, reopened after it: closed at the end of the range, open now.
        event('T7', 'marked_duplicate', '03-06T12:00:00'), event('T7', 'reopened', '03-10T12:00:00', {from: 'duplicate', to: 'new', reason: ''}),
    ]);
    await db.insert(schedules).values({name: 'Primary', timeZone: 'UTC', createdAt: t('02-01T00:00:00'), definition: {overrides: [], layers: [
        {name: 'days', users: ['alice', 'bob'], rotation: {every: 1, unit: 'day'}, start: '2026-02-01T00:00',
            restrictions: [{days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], from: '08:00', to: '20:00'}]}]}});
}

describe.each(targets.map((target): [string, DatabaseTarget] => [target.name, target]))('GET /kpis on %s', (_name, target) => {
    const conn = useTestDatabase(target);
    let app: Awaited<ReturnType<typeof buildApp>>;
    const asked: string[][] = [];
    const get = (query: string, user = 'carol') => app.inject({url: `${API}/kpis?${query}`, headers: {authorization: `Bearer ${user}`}});

    beforeAll(async () => {
        const db = conn().db;
        await seedIncidents(db);
        await seedRequests(db);
        const zones = new Map([['alice', 'Europe/Berlin'], ['erin', 'America/New_York']]);
        const kpis = createKpiService({db, catalog: createScheduleCatalog(db), teamTimeZone: 'Europe/Berlin', sla: DEFAULT_SLA, now: () => NOW,
            retroBusinessDays: 3, hiddenFor: () => Promise.resolve(new Set()),
            timeZoneOf: (usernames) => {
                asked.push(usernames);
                return Promise.resolve(new Map(usernames.flatMap((u) => (zones.has(u) ? [[u, zones.get(u) ?? '']] : []))));
            }});
        app = await buildApp(fakeAppDeps({whoAmI, kpis}));
    }, 60_000);
    afterAll(() => app.close());

    it('answers the hand-computed figures of the week, drills and the next week left out', async () => {
        const answer = await get(RANGE);
        expect(answer.statusCode).toBe(200);
        expect(answer.json<Kpis>()).toEqual({
            from: '2026-03-02T00:00:00.000Z', to: '2026-03-09T00:00:00.000Z',
            // I1, I2, I6. MTTA: I1 10:10 → 10:15. MTTR: I1 2 h, I6 1 h. Mitigated: I1 1 h, I2 2 h, I6 1 h (resolved).
            // Retrospectives: I1 and I6 were resolved on the 2nd, due on the 5th, and have none (the drill I5 is not counted).
            incidents: {count: 3, bySeverity: {sev1: 1, sev2: 1, sev3: 1, sev4: 0}, byTier: {cloud: 2, community: 0, internal: 0, none: 1},
                mttaSeconds: 300, mttrSeconds: 5400, timeToMitigateSeconds: 4800, retroOnTimeRatio: 0},
            followUps: {open: 0, overdue: 0, completionRatio: null},
            // Received T1, T2, T3, T7; waits 1 h, 6 h, 1 day → p50 rank 2, p90 rank 3. Breaches: T2 (a P1 for 6 h), T3 (undecided 7 d 15 h).
            // Open on 9 March: T1 (accepted), T3 (new), T5 (accepted since February); T4 done, T7 a duplicate until the 10th.
            triage: {received: 4, timeToTriageP50Seconds: 21_600, timeToTriageP90Seconds: 86_400, slaBreaches: 2,
                openByCategory: {reliability: 1, availability_cost: 0, automation: 1, security: 0, documentation: 0, ktlo: 1}},
            // Seven 12-hour day shifts, seven 12-hour night gaps; 5 pages / 7 shifts.
            oncall: {pages: 5, offHoursPages: 2, pagesPerShift: 0.71, gapsSeconds: 7 * 12 * 3600},
        });
        expect(asked.at(-1)?.sort()).toEqual(['alice', 'dave', 'erin']);
    });

    it('answers zeros for a quiet range', async () => {
        const answer = (await get('from=2025-01-01T00:00:00Z&to=2025-01-08T00:00:00Z')).json<Kpis>();
        expect([answer.incidents.count, answer.incidents.mttrSeconds, answer.triage.received, answer.oncall]).toEqual(
            [0, null, 0, {pages: 0, offHoursPages: 0, pagesPerShift: null, gapsSeconds: 0}]);
    });

    it.each<[string, string, string]>([
        ['a bad date', 'from=last-monday&to=2026-03-09T00:00:00Z', 'from'],
        ['from after to', 'from=2026-03-09T00:00:00Z&to=2026-03-02T00:00:00Z', 'to'],
        ['over two years', 'from=2024-01-01T00:00:00Z&to=2026-03-09T00:00:00Z', 'to'],
        ['no offset', 'from=2026-03-02T00:00:00Z&to=2026-03-09T00:00', 'to'],
    ])('answers 400 naming the field for %s', async (_, query, field) => {
        const answer = await get(query);
        expect([answer.statusCode, answer.json<{code: string}>().code, Object.keys(answer.json<{fields: object}>().fields)]).toEqual([400, 'invalid_range', [field]]);
    });

    it('refuses a missing field and an unknown one by the schema, and callers without a session', async () => {
        const missing = await get('from=2026-03-02T00:00:00Z');
        expect([missing.statusCode, missing.json()]).toEqual([400, {code: 'invalid_request', message: expect.any(String) as unknown, fields: {to: 'is required'}}]);
        expect((await get(`${RANGE}&team=x`)).statusCode).toBe(400);
        expect((await get(RANGE, 'mallory')).statusCode).toBe(401);
    });
});
