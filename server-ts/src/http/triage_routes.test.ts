import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {TriageRequestView} from '../contract/triage.js';
import {DEFAULT_SLA} from '../domain/triage_sla.js';
import {pgliteTarget} from '../test_support/databases.js';
import {useTestDatabase} from '../test_support/use_test_database.js';
import {fakeAppDeps} from '../test_support/fake_app_deps.js';
import {fakeIncidentBot} from '../test_support/fake_incident_bot.js';
import {createTriageService} from '../triage/triage_service.js';
import {buildApp} from './app.js';
import {signInByName} from '../test_support/sign_in_by_name.js';

const whoAmI = signInByName(['alice', 'carol']);
const API = '/sre-toolkit/api/v1';

// Matchers typed as unknown: vitest types them any.
const anyText = expect.any(String) as unknown;

describe('triage routes', () => {
    const conn = useTestDatabase(pgliteTarget);
    let app: Awaited<ReturnType<typeof buildApp>>;
    const as = (user: string) => ({authorization: `Bearer ${user}`});
    const post = (url: string, user: string, payload: object) => app.inject({method: 'POST', url: `${API}${url}`, headers: as(user), payload});

    beforeAll(async () => {
        const fake = fakeIncidentBot([{id: 'u-alice', username: 'alice'}, {id: 'u-bob', username: 'bob'}, {id: 'u-carol', username: 'carol'}]);
        fake.posts.push({id: 'p-carol', channelId: 'ch-support', userId: 'u-carol', rootId: '', message: 'Backups are slow', props: {}});
        const isSre = (actor: {username: string}) => Promise.resolve(actor.username === 'alice');
        const triage = createTriageService({db: conn().db, bot: fake.bot, isSre, mmUrl: 'http://mm.test', sla: DEFAULT_SLA});
        app = await buildApp(fakeAppDeps({whoAmI, triage, isSre}));
    }, 60_000);
    afterAll(() => app.close());

    it('creates (201), replays (200), and answers a message sent twice with 409 and the earlier request', async () => {
        const payload = {idempotencyKey: 'key-route-1', title: 'Backups are slow', sourcePostId: 'p-carol'};
        const first = await post('/triage', 'carol', payload);
        const again = await post('/triage', 'carol', payload);
        const twice = await post('/triage', 'alice', {...payload, idempotencyKey: 'key-route-2'});
        expect([first.statusCode, again.statusCode, twice.statusCode]).toEqual([201, 200, 409]);
        const created = first.json<TriageRequestView>();
        expect(again.json<TriageRequestView>().id).toBe(created.id);
        expect(twice.json()).toEqual({code: 'already_requested', message: `This message is already request #${created.number}`, request: created});
    });

    it('names bad fields with code invalid_request, for creation, decisions and queue filters', async () => {
        const bad = await post('/triage', 'carol', {idempotencyKey: 'key-route-3', title: '', priority: 'P7'});
        expect(bad.statusCode).toBe(400);
        expect(bad.json()).toMatchObject({code: 'invalid_request', fields: {title: anyText, priority: anyText}});
        const created = (await post('/triage', 'carol', {idempotencyKey: 'key-route-4', title: 'Rotate certs'})).json<TriageRequestView>();
        const decline = await post(`/triage/${created.id}/decision`, 'alice', {action: 'decline'});
        expect([decline.statusCode, Object.keys(decline.json<{fields: object}>().fields)]).toEqual([400, ['reason']]);
        const owner = await post(`/triage/${created.id}/decision`, 'alice', {action: 'accept', area: 'cloud', ownerId: 'u-ghost'});
        expect(Object.keys(owner.json<{fields: object}>().fields)).toEqual(['ownerId']);
        const queue = await app.inject({url: `${API}/triage?status=open`, headers: as('carol')});
        expect([queue.statusCode, Object.keys(queue.json<{fields: object}>().fields)]).toEqual([400, ['status']]);
    });

    it('lets only SREs decide (403), answers 404 for a missing request, and shows the decision in the queue and timeline', async () => {
        const created = (await post('/triage', 'carol', {idempotencyKey: 'key-route-5', title: 'Cost report'})).json<TriageRequestView>();
        expect((await post(`/triage/${created.id}/decision`, 'carol', {action: 'accept', area: 'cloud'})).statusCode).toBe(403);
        expect((await post('/triage/00000000-0000-4000-8000-000000000000/decision', 'alice', {action: 'start'})).statusCode).toBe(404);
        expect((await app.inject({url: `${API}/triage/nope`, headers: as('carol')})).statusCode).toBe(404);
        const accepted = await post(`/triage/${created.id}/decision`, 'alice', {action: 'accept', priority: '2', area: 'cloud', ownerId: 'u-bob'});
        expect(accepted.json()).toMatchObject({status: 'accepted', priority: 'p2', owner: {username: 'bob'}});
        const listed = await app.inject({url: `${API}/triage?status=accepted&owner=u-bob`, headers: as('carol')});
        expect(listed.json<TriageRequestView[]>().map((r) => r.id)).toEqual([created.id]);
        const found = await app.inject({url: `${API}/triage/${created.id}`, headers: as('carol')});
        expect(found.json<{timeline: {kind: string}[]}>().timeline.map((e) => e.kind)).toEqual(['created', 'accepted']);
    });

    it('documents the triage routes in the OpenAPI document', async () => {
        const doc = (await app.inject({url: `${API}/openapi.json`})).json<{paths: Record<string, unknown>}>();
        expect(Object.keys(doc.paths).filter((p) => p.includes('/triage'))).toEqual(expect.arrayContaining([
            `${API}/triage`, `${API}/triage/{id}`, `${API}/triage/{id}/decision`]));
    });
});
