import type {FastifyInstance} from 'fastify';
import {Value} from 'typebox/value';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {Summary} from '../contract/summary.js';
import {fakeAppDeps} from '../test_support/fake_app_deps.js';
import {buildApp} from './app.js';

const bearer = {authorization: 'Bearer good'};
let app: FastifyInstance;
beforeAll(async () => {
    app = await buildApp(fakeAppDeps());
});
afterAll(() => app.close());

describe('companion HTTP', () => {
    it('serves a summary that matches the contract', async () => {
        const res = await app.inject({url: '/sre-toolkit/api/v1/summary', headers: bearer});
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toMatch(/^application\/json/);
        const body: unknown = res.json();
        expect([...Value.Errors(Summary, body)]).toEqual([]);
        expect(body).toMatchObject({incidents: {activeCount: 1}, oncall: [{users: ['bob']}], rituals: [{name: 'Triage & Planning'}]});
    });

    it('refuses the summary without a session', async () => {
        const res = await app.inject({url: '/sre-toolkit/api/v1/summary'});
        expect(res.statusCode).toBe(401);
        expect(res.json()).toMatchObject({code: 'unauthenticated'});
    });

    it('publishes an OpenAPI 3 document built from the route schemas', async () => {
        const res = await app.inject({url: '/sre-toolkit/api/v1/openapi.json'});
        const doc = res.json<{openapi: string; paths: Record<string, Record<string, {responses: Record<string, {content?: Record<string, {schema: {properties?: object}}>}>; security?: unknown}>>}>();
        expect(doc.openapi).toMatch(/^3\./);
        expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/sre-toolkit/api/v1/summary', '/sre-toolkit/api/v1/events', '/sre-toolkit/readyz']));
        const summary = doc.paths['/sre-toolkit/api/v1/summary']?.get;
        expect(Object.keys(summary?.responses['200']?.content?.['application/json']?.schema.properties ?? {}))
            .toEqual(['generatedAt', 'oncall', 'incidents', 'triage', 'rituals', 'runbooks', 'followUps']);
        expect(summary?.responses['401']).toBeDefined();
        expect(summary?.security).toEqual([{mattermostCookie: []}, {bearer: []}]);
        expect(doc.paths['/sre-toolkit/api/v1/openapi.json']).toBeUndefined();
    });

    it.each([
        ['GET', '/sre-toolkit/nope'],
        ['GET', '/elsewhere'],
        ['DELETE', '/sre-toolkit/api/v1/summary'],
    ])('answers %s %s with a JSON 404', async (method, url) => {
        const res = await app.inject({method: method as 'GET', url, headers: bearer});
        expect(res.statusCode).toBe(404);
        expect(res.json()).toEqual({code: 'not_found', message: `No route ${method} ${url}`});
    });

    it('answers malformed JSON with a 400 that names the problem', async () => {
        const res = await app.inject({method: 'POST', url: '/sre-toolkit/mattermost/command',
            headers: {'content-type': 'application/json'}, payload: '{"text": "help",'});
        expect(res.statusCode).toBe(400);
        const body = res.json<{code: string; message: string}>();
        expect(body.code).toBe('malformed_json');
        expect(body.message).toMatch(/JSON/i);
    });

    it('hides the internals of a server fault', async () => {
        const broken = await buildApp(fakeAppDeps({summaries: {
            get: () => Promise.reject(new Error('connection to 10.0.0.5 refused')), invalidate: () => undefined, subscribe: () => () => undefined, close: () => undefined,
        }}));
        const res = await broken.inject({url: '/sre-toolkit/api/v1/summary', headers: bearer});
        await broken.close();
        expect(res.statusCode).toBe(500);
        expect(res.json()).toMatchObject({code: 'internal'});
        expect(res.body).not.toContain('10.0.0.5');
    });

    it('reports liveness, readiness with the failing check, and metrics', async () => {
        expect((await app.inject({url: '/sre-toolkit/healthz'})).json()).toEqual({status: 'ok'});
        const notReady = await buildApp(fakeAppDeps({readiness: () => Promise.resolve([
            {name: 'database', ok: true, detail: 'pglite'}, {name: 'mattermost', ok: false, detail: 'unreachable'}])}));
        const ready = await notReady.inject({url: '/sre-toolkit/readyz'});
        await notReady.close();
        expect(ready.statusCode).toBe(503);
        expect(ready.json()).toMatchObject({status: 'not_ready', checks: [{name: 'database', ok: true}, {name: 'mattermost', ok: false}]});
        const metrics = (await app.inject({url: '/sre-toolkit/metrics'})).body;
        expect(metrics).toMatch(/http_request_duration_seconds_count\{method="GET",route="\/sre-toolkit\/healthz",status_code="200"\} 1/);
        expect(metrics).toContain('pgboss_jobs{queue="mattermost-connect",state="created"} 1');
        expect(metrics).toContain('db_pool_connections{state="total"} 1');
    });

    it.each<[string, Record<string, string>, string, number, RegExp]>([
        ['form token, help', {}, 'token=cmd-token&text=help', 200, /^#### SRE Toolkit/],
        ['header token, empty text', {authorization: 'Token cmd-token'}, 'text=', 200, /^#### SRE Toolkit/],
        ['unknown subcommand', {}, 'token=cmd-token&text=frobnicate', 200, /^Unknown subcommand `frobnicate`/],
        ['wrong token', {}, 'token=guess&text=help', 401, /Unknown slash command token/],
        ['no token', {}, 'text=help', 401, /Unknown slash command token/],
    ])('slash command: %s', async (_name, headers, payload, status, text) => {
        const res = await app.inject({method: 'POST', url: '/sre-toolkit/mattermost/command', payload,
            headers: {'content-type': 'application/x-www-form-urlencoded', ...headers}});
        expect(res.statusCode).toBe(status);
        const body = res.json<{response_type?: string; text?: string; message?: string}>();
        expect(body.text ?? body.message).toMatch(text);
        if (status === 200) {
            expect(body.response_type).toBe('ephemeral');
        }
    });
});
