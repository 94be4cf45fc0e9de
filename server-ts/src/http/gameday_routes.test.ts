import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {runbooks} from '../db/schema.js';
import {pgliteTarget} from '../test_support/databases.js';
import {useTestDatabase} from '../test_support/use_test_database.js';
import {incidentRoutesApp, signedInAs, type IncidentRoutesApp} from '../test_support/incident_routes_app.js';

const as = signedInAs;
type Fields = {code: string; message: string; fields: Record<string, string>};

describe('gameday routes', () => {
    const conn = useTestDatabase(pgliteTarget);
    let app: IncidentRoutesApp['app'];
    const post = (url: string, payload: object, user = 'alice') =>
        app.inject({method: 'POST', url: `/sre-toolkit/api/v1${url}`, headers: as(user), payload});

    beforeAll(async () => {
        ({app} = await incidentRoutesApp(conn().db));
    }, 60_000);
    afterAll(() => app.close());

    it('starts a gameday (201), replays it by key (200), and commands it as the caller', async () => {
        const payload = {teamId: 'team1', scenario: 'Kill the primary DB', idempotencyKey: 'gameday-http-1'};
        const first = await post('/gamedays', payload);
        const again = await post('/gamedays', payload);
        expect([first.statusCode, again.statusCode]).toEqual([201, 200]);
        expect(first.json()).toMatchObject({isDrill: true, title: 'Gameday: Kill the primary DB', status: 'investigating',
            roles: {commander: {id: 'u-alice', username: 'alice'}}, channelName: expect.stringMatching(/^drill-\d{4}-\d{2}-\d{2}-gameday-kill-the-primary-db$/) as unknown});
        expect(again.json<{id: string}>().id).toBe(first.json<{id: string}>().id);
    });

    it.each<[string, object, string[]]>([
        ['an empty scenario', {teamId: 'team1', scenario: ' '}, ['scenario']],
        ['a 201-character scenario', {teamId: 'team1', scenario: 's'.repeat(201)}, ['scenario']],
        ['no team', {scenario: 'Fill the disk'}, ['teamId']],
    ])('answers 400 naming the field for %s', async (_name, payload, fields) => {
        const res = await post('/gamedays', payload);
        expect(res.statusCode).toBe(400);
        expect(Object.keys(res.json<Fields>().fields)).toEqual(fields);
    });

    it('records detection once (200, then 409) and answers 400, 403 and 404 as they apply', async () => {
        const drill = (await post('/gamedays', {teamId: 'team1', scenario: 'Fill the disk'})).json<{id: string}>();
        expect((await post(`/incidents/${drill.id}/detected`, {how: 'Disk alert fired'})).json()).toMatchObject({id: drill.id, isDrill: true});
        const second = await post(`/incidents/${drill.id}/detected`, {how: 'Again'});
        expect([second.statusCode, second.json<Fields>().code]).toEqual([409, 'already_detected']);
        expect(second.json<Fields>().message).toMatch(/^detection was already recorded at \d\d:\d\d UTC by @alice: "Disk alert fired"$/);
        const blank = await post(`/incidents/${drill.id}/detected`, {how: ''});
        expect([blank.statusCode, blank.json<Fields>().fields]).toEqual([400, {how: expect.stringMatching(/^say how/) as unknown}]);
        expect((await post(`/incidents/${drill.id}/detected`, {how: 'x'}, 'bob')).statusCode).toBe(403);
        expect((await post('/incidents/6b1c0c5e-8a7c-4a53-9d0e-3f2b8c1d2e4f/detected', {how: 'x'})).statusCode).toBe(404);
        const templateId = (await app.inject({url: '/sre-toolkit/api/v1/templates', headers: as('alice')})).json<{id: string; slug: string}[]>()
            .find((t) => t.slug === 'degraded-service')?.id;
        const real = (await post('/incidents', {idempotencyKey: 'real-http-1', teamId: 'team1', templateId, title: 'Checkout errors', severity: 'sev2'})).json<{id: string}>();
        const refused = await post(`/incidents/${real.id}/detected`, {how: 'x'});
        expect([refused.statusCode, refused.json<Fields>().message]).toEqual([400, expect.stringMatching(/^incident \d+ is not a drill: detection is recorded for gamedays only$/)]);
    });

    it('names a template step whose runbook is archived as checklist[i].runbookId, and saves a live one', async () => {
        const [live, archived] = await conn().db.insert(runbooks).values([{title: 'Disk cleanup', tier: 'internal', body: 'x'},
            {title: 'Old disk cleanup', tier: 'internal', body: 'x', isArchived: true}]).returning();
        const input = {name: 'Disk full', description: '', tier: 'internal', channelNamePattern: 'inc-{slug}', isPrivate: false, headerPattern: '', purposePattern: '',
            firstPost: '', defaultMembers: [], broadcastChannels: [], updateIntervalMinutes: {sev1: 15, sev2: 30, sev3: 60, sev4: 240}, isDrill: false,
            checklist: [{title: 'Free space', runbookUrl: null, runbookId: live?.id}, {title: 'Old way', runbookUrl: null, runbookId: archived?.id}]};
        const refused = await post('/templates', input);
        expect([refused.statusCode, refused.json<Fields>().fields]).toEqual([400, {'checklist[1].runbookId': 'runbook "Old disk cleanup" is archived: link a live one, or none'}]);
        const saved = await post('/templates', {...input, checklist: [input.checklist[0], {title: 'No link', runbookUrl: null}]});
        expect(saved.statusCode).toBe(201);
        expect(saved.json<{checklist: unknown[]}>().checklist).toEqual([{title: 'Free space', runbookUrl: null, runbookId: live?.id}, {title: 'No link', runbookUrl: null, runbookId: null}]);
    });
});
