import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {EscalationPolicyView, PageView} from '../../contract/paging.js';
import {createPageService} from '../../paging/page_service.js';
import {fakePagingBot, pagingDeps} from '../../test_support/paging_fakes.js';
import {pgliteTarget} from '../../test_support/databases.js';
import {fakeAppDeps} from '../../test_support/fake_app_deps.js';
import {useTestDatabase} from '../../test_support/use_test_database.js';
import {buildApp} from '../app.js';
import {signInByName} from '../../test_support/sign_in_by_name.js';

const whoAmI = signInByName(['alice', 'bob', 'carol']);
const API = '/sre-toolkit/api/v1';
const anyText = expect.any(String) as unknown;

describe('page routes', () => {
    const conn = useTestDatabase(pgliteTarget);
    let app: Awaited<ReturnType<typeof buildApp>>;
    const call = (method: 'GET' | 'POST' | 'PUT', url: string, user: string, payload?: object) =>
        app.inject({method, url: `${API}${url}`, headers: {authorization: `Bearer ${user}`}, ...(payload ? {payload} : {})});

    beforeAll(async () => {
        const pages = createPageService(pagingDeps(conn().db, {bot: fakePagingBot().bot}));
        app = await buildApp(fakeAppDeps({whoAmI, pages}));
    }, 60_000);
    afterAll(() => app.close());

    it('pages (201), lists, reads, and answers acknowledgements with 200, 403 and 409', async () => {
        const created = await call('POST', '/pages', 'carol', {target: {kind: 'user', username: 'bob'}, message: 'Checkout errors'});
        expect(created.statusCode).toBe(201);
        const page = created.json<PageView>();
        expect(page).toMatchObject({status: 'paging', notified: ['bob'], createdBy: 'carol', targetName: '@bob'});
        expect((await call('GET', '/pages', 'carol')).json<PageView[]>().map((p) => p.id)).toEqual([page.id]);
        expect((await call('GET', `/pages/${page.id}`, 'carol')).json<PageView>().timeline.map((e) => e.kind)).toEqual(['raised', 'notified']);
        expect((await call('GET', '/pages/00000000-0000-4000-8000-000000000000', 'carol')).statusCode).toBe(404);

        const stranger = await call('POST', `/pages/${page.id}/acknowledge`, 'carol');
        expect([stranger.statusCode, stranger.json()]).toEqual([403, {code: 'forbidden', message: anyText}]);
        expect((await call('POST', `/pages/${page.id}/acknowledge`, 'bob')).json<PageView>()).toMatchObject({status: 'acknowledged', acknowledgedBy: 'bob'});
        const late = await call('POST', `/pages/${page.id}/escalate`, 'alice');
        expect([late.statusCode, late.json<{code: string}>().code]).toEqual([409, 'page_closed']);
        expect((await call('GET', '/pages', 'carol')).json()).toEqual([]);
        expect((await call('GET', '/pages?status=all', 'carol')).json<PageView[]>()).toHaveLength(1);
        expect((await call('GET', '/pages?status=closed', 'carol')).statusCode).toBe(400);
    });

    it('names bad fields with 400, from the schema and from the domain', async () => {
        const bad = await call('POST', '/pages', 'carol', {target: {kind: 'user', username: 'nobody'}, message: ''});
        expect([bad.statusCode, bad.json()]).toEqual([400, {code: 'invalid_request', message: anyText, fields: {'target.username': anyText, message: anyText}}]);
        const shape = await call('POST', '/pages', 'carol', {target: {kind: 'user', username: 'bob', extra: 1}, message: 'x'});
        expect(shape.statusCode).toBe(400);
    });

    it('keeps escalation policies for SREs', async () => {
        const body = {name: 'Day', steps: [{notify: {users: ['bob']}, waitMinutes: 5}, {notify: {users: ['erin']}, waitMinutes: 10}], repeat: 1};
        expect((await call('POST', '/escalation-policies', 'carol', body)).statusCode).toBe(403);
        const created = await call('POST', '/escalation-policies', 'alice', body);
        expect(created.statusCode).toBe(201);
        const policy = created.json<EscalationPolicyView>();
        expect(policy).toMatchObject({name: 'Day', repeat: 1, steps: body.steps});
        expect((await call('POST', '/escalation-policies', 'alice', {...body, steps: [{notify: {users: ['bob']}, waitMinutes: 0}]})).json())
            .toMatchObject({code: 'invalid_request', fields: {'steps[0].waitMinutes': anyText}});
        expect((await call('PUT', `/escalation-policies/${policy.id}`, 'alice', {...body, name: 'Day and night'})).json()).toMatchObject({name: 'Day and night'});
        expect((await call('PUT', '/escalation-policies/00000000-0000-4000-8000-000000000000', 'alice', body)).statusCode).toBe(404);
        expect((await call('GET', `/escalation-policies/${policy.id}`, 'carol')).json()).toMatchObject({id: policy.id});
        expect((await call('GET', '/escalation-policies', 'carol')).json<EscalationPolicyView[]>().map((p) => p.name)).toEqual(['Day and night']);
        const paged = await call('POST', '/pages', 'carol', {target: {kind: 'policy', policyId: policy.id}, message: 'Queue backlog'});
        expect(paged.json<PageView>()).toMatchObject({targetName: 'Day and night', target: {kind: 'policy', policyId: policy.id}, notified: ['bob']});
    });
});
