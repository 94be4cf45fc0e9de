import {afterAll, beforeAll, beforeEach, describe, expect, it} from 'vitest';
import type {OncallNow, ScheduleBody, ScheduleView, Shift} from '../contract/schedules.js';
import {schedules as scheduleTable} from '../db/schema.js';
import {ok} from '../domain/result.js';
import {createScheduleCatalog} from '../oncall/schedule_catalog.js';
import {createScheduleService} from '../oncall/schedule_service.js';
import {createSwapService, type SwapService} from '../oncall/schedule_swaps.js';
import type {SwapProposal} from '../domain/oncall_swap.js';
import {databaseTargets, type DatabaseTarget} from '../test_support/databases.js';
import {fakeAppDeps} from '../test_support/fake_app_deps.js';
import {useTestDatabase} from '../test_support/use_test_database.js';
import {buildApp} from './app.js';
import {signInByName} from '../test_support/sign_in_by_name.js';

const targets = await databaseTargets();
const whoAmI = signInByName(['alice', 'dave']);
const API = '/sre-toolkit/api/v1';
const KNOWN = new Set(['alice', 'bob', 'erin', 'dave']);
// Monday 2026-03-30 11:00 UTC = 13:00 in Berlin (summer time since the 29th).
const NOW = new Date('2026-03-30T11:00:00Z');

// The example, verbatim.
const EXAMPLE: ScheduleBody = {name: 'SRE primary', timeZone: 'Europe/Berlin',
    layers: [{name: 'weekly', users: ['alice', 'bob', 'erin'], rotation: {every: 1, unit: 'week'}, start: '2026-03-16T09:00',
        restrictions: [{days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '17:00'}]}],
    overrides: [{user: 'dave', start: '2026-03-30T10:00:00Z', end: '2026-03-30T14:00:00Z'}]};

describe.each(targets.map((t): [string, DatabaseTarget] => [t.name, t]))('schedule routes on %s', (_name, target) => {
    const conn = useTestDatabase(target);
    let app: Awaited<ReturnType<typeof buildApp>>;
    let swaps: SwapService;
    const asked: SwapProposal[] = [];
    const told: string[] = [];
    const as = (user: string) => ({authorization: `Bearer ${user}`});
    const send = (method: 'POST' | 'PUT', url: string, user: string, payload: object) => app.inject({method, url: `${API}${url}`, headers: as(user), payload});
    const get = (url: string) => app.inject({url: `${API}${url}`, headers: as('dave')});

    beforeAll(async () => {
        const isSre = (actor: {username: string}) => Promise.resolve(actor.username === 'alice');
        const schedules = createScheduleService({db: conn().db, catalog: createScheduleCatalog(conn().db), isSre, now: () => NOW,
            knownUsernames: (names) => Promise.resolve(new Set(names.filter((n) => KNOWN.has(n))))});
        const knownUsernames = (names: string[]) => Promise.resolve(new Set(names.filter((n) => KNOWN.has(n))));
        swaps = createSwapService({schedules, knownUsernames, now: () => NOW, messenger: {
            ask: (proposal) => {
                asked.push(proposal);
                return Promise.resolve(ok(true as const));
            },
            tell: (username, text) => Promise.resolve(void told.push(`${username}: ${text}`)),
        }});
        app = await buildApp(fakeAppDeps({whoAmI, isSre, schedules, swaps}));
    }, 60_000);
    beforeEach(() => conn().db.delete(scheduleTable));
    afterAll(() => app.close());

    it('creates the issue example, returns it in the same shape, and answers who is on call and the shifts', async () => {
        const created = await send('POST', '/schedules', 'alice', EXAMPLE);
        expect(created.statusCode).toBe(201);
        const view = created.json<ScheduleView>();
        expect(view).toEqual({id: expect.any(String) as unknown, ...EXAMPLE});
        expect((await get(`/schedules/${view.id}`)).json()).toEqual(view);
        expect((await get('/schedules')).json()).toEqual([view]);
        expect((await get(`/schedules/${view.id}/oncall`)).json<OncallNow>()).toEqual({at: NOW.toISOString(), users: ['dave'], source: 'override',
            layer: null, since: '2026-03-30T10:00:00.000Z', until: '2026-03-30T14:00:00.000Z'});
        // Week 3 of the rotation (from 16 March): erin, from 09:00 Berlin (07:00Z) to 17:00 (15:00Z), dave over it.
        const shifts = (await get(`/schedules/${view.id}/shifts?from=2026-03-30T00:00:00Z&to=2026-03-31T00:00:00Z`)).json<Shift[]>();
        expect(shifts.map((s) => [s.user, s.start, s.end, s.source])).toEqual([
            ['erin', '2026-03-30T07:00:00.000Z', '2026-03-30T10:00:00.000Z', 'layer'],
            ['dave', '2026-03-30T10:00:00.000Z', '2026-03-30T14:00:00.000Z', 'override'],
            ['erin', '2026-03-30T14:00:00.000Z', '2026-03-30T15:00:00.000Z', 'layer'],
        ]);
        const gap = (await get(`/schedules/${view.id}/oncall?at=2026-03-30T20:00:00Z`)).json<OncallNow>();
        expect(gap).toMatchObject({users: [], source: null, since: '2026-03-30T15:00:00.000Z', until: '2026-03-31T07:00:00.000Z'});
    });

    it.each<[string, object, string]>([
        ['unknown zone', {...EXAMPLE, timeZone: 'Mars/Olympus'}, 'timeZone'],
        ['unknown user', {...EXAMPLE, overrides: [{user: 'mallory', start: '2026-03-30T10:00:00Z', end: '2026-03-30T14:00:00Z'}]}, 'overrides[0].user'],
        ['every < 1', {...EXAMPLE, layers: [{...EXAMPLE.layers[0], rotation: {every: 0, unit: 'week'}}]}, 'layers[0].rotation.every'],
        ['a field missing', {name: 'x', timeZone: 'UTC'}, 'layers'],
    ])('answers 400 naming the field for %s, and saves nothing', async (_, body, field) => {
        const answer = await send('POST', '/schedules', 'alice', body);
        expect(answer.statusCode).toBe(400);
        expect(Object.keys(answer.json<{fields: object}>().fields)).toContain(field);
        expect(await conn().db.select().from(scheduleTable)).toEqual([]);
    });

    it('refuses from ≥ to and a bad instant, lets only SREs write, 404s a missing schedule', async () => {
        const {id} = (await send('POST', '/schedules', 'alice', EXAMPLE)).json<ScheduleView>();
        const backwards = await get(`/schedules/${id}/shifts?from=2026-03-31T00:00:00Z&to=2026-03-30T00:00:00Z`);
        expect([backwards.statusCode, backwards.json<{fields: object}>().fields]).toEqual([400, {to: 'to must be after from'}]);
        expect(Object.keys((await get(`/schedules/${id}/oncall?at=tomorrow`)).json<{fields: object}>().fields)).toEqual(['at']);
        expect((await send('PUT', `/schedules/${id}`, 'dave', EXAMPLE)).statusCode).toBe(403);
        expect((await send('POST', '/schedules', 'dave', EXAMPLE)).statusCode).toBe(403);
        expect((await get('/schedules/6f1c1d1e-0000-4000-8000-000000000000')).statusCode).toBe(404);
        const renamed = await send('PUT', `/schedules/${id}`, 'alice', {...EXAMPLE, name: 'SRE primary (EU)'});
        expect(renamed.json()).toMatchObject({id, name: 'SRE primary (EU)'});
    });

    it('lets anyone take over from now for N hours, cutting the override under it', async () => {
        const {id} = (await send('POST', '/schedules', 'alice', EXAMPLE)).json<ScheduleView>();
        const taken = await send('POST', `/schedules/${id}/take-over`, 'alice', {hours: 2});
        expect(taken.statusCode).toBe(200);
        expect(taken.json<ScheduleView>().overrides).toEqual([
            {user: 'dave', start: '2026-03-30T10:00:00Z', end: '2026-03-30T11:00:00.000Z'},
            {user: 'alice', start: '2026-03-30T11:00:00.000Z', end: '2026-03-30T13:00:00.000Z'},
            {user: 'dave', start: '2026-03-30T13:00:00.000Z', end: '2026-03-30T14:00:00Z'},
        ]);
        expect((await get(`/schedules/${id}/oncall`)).json()).toMatchObject({users: ['alice'], until: '2026-03-30T13:00:00.000Z'});
        expect((await send('POST', `/schedules/${id}/take-over`, 'dave', {hours: 100})).json()).toMatchObject({fields: {hours: expect.any(String) as unknown}});
    });

    it('previews an edited schedule without saving it, with the same field errors', async () => {
        const preview = await send('POST', '/schedules/preview?from=2026-03-30T00:00:00Z&to=2026-03-31T00:00:00Z', 'dave', {...EXAMPLE, overrides: []});
        expect(preview.json<Shift[]>().map((s) => s.user)).toEqual(['erin']);
        const bad = await send('POST', '/schedules/preview?from=2026-03-30T00:00:00Z&to=2026-03-31T00:00:00Z', 'dave', {...EXAMPLE, timeZone: 'Nowhere'});
        expect(bad.json()).toMatchObject({code: 'invalid_schedule', fields: {timeZone: expect.any(String) as unknown}});
        expect(await conn().db.select().from(scheduleTable)).toEqual([]);
    });

    it('asks a teammate to take a shift by DM; only they can answer, and accepting places their override', async () => {
        const {id} = (await send('POST', '/schedules', 'alice', EXAMPLE)).json<ScheduleView>();
        const shift = {start: '2026-03-31T07:00:00Z', end: '2026-03-31T15:00:00Z'};
        const proposed = await send('POST', `/schedules/${id}/swaps`, 'dave', {username: '@Bob', ...shift});
        expect([proposed.statusCode, proposed.json()]).toEqual([202, {message: 'Asked @bob by direct message; you will hear back there.'}]);
        const [proposal] = asked.splice(0);
        if (!proposal) {
            throw new Error('nobody was asked');
        }
        expect(proposal).toMatchObject({scheduleName: 'SRE primary', from: 'dave', to: 'bob'});
        expect(await swaps.answer(proposal, true, {id: 'u-erin', username: 'erin', isSystemAdmin: false})).toEqual({ok: false, error: 'Only @bob can answer this swap.'});
        expect(await swaps.answer(proposal, true, {id: 'u-bob', username: 'bob', isSystemAdmin: false})).toMatchObject({ok: true});
        expect((await get(`/schedules/${id}/oncall?at=2026-03-31T08:00:00Z`)).json()).toMatchObject({users: ['bob'], source: 'override'});
        expect(told).toEqual([expect.stringMatching(/^dave: @bob accepted/)]);
        const bad = await send('POST', `/schedules/${id}/swaps`, 'dave', {username: 'dave', start: 'soon', end: shift.end});
        expect(Object.keys(bad.json<{fields: object}>().fields).sort()).toEqual(['start', 'username']);
    });
});
