import cookie from '@fastify/cookie';
import Fastify from 'fastify';
import {beforeAll, describe, expect, it} from 'vitest';
import {ok, err} from '../domain/result.js';
import {authPlugin} from './auth.js';
import {cachedWhoAmI} from './auth_cache.js';
import type {WhoAmI} from './who_am_i.js';

const whoAmI: WhoAmI = (token) => Promise.resolve(
    token === 'good' ? ok({id: 'u1', username: 'alice', roles: 'system_user'}) : token === 'down' ? err('unreachable') : err('invalid'));

const app = Fastify();
beforeAll(async () => {
    await app.register(cookie);
    await app.register(async (scope) => {
        await scope.register(authPlugin, {whoAmI});
        scope.get('/thing', (req, reply) => reply.send({user: req.user?.username}));
        scope.post('/thing', (req, reply) => reply.send({user: req.user?.username}));
    });
    app.get('/public', (_req, reply) => reply.send({open: true}));
});

const cookies = 'MMAUTHTOKEN=good; MMCSRF=csrf-1';
const csrf = {'x-requested-with': 'XMLHttpRequest', 'x-csrf-token': 'csrf-1'};

describe('auth', () => {
    it.each<[string, Record<string, string>, number, Record<string, unknown>]>([
        ['no token', {}, 401, {code: 'unauthenticated', message: 'Sign in to Mattermost: send the MMAUTHTOKEN cookie or an Authorization: Bearer <token> header'}],
        ['cookie', {cookie: cookies}, 200, {user: 'alice'}],
        ['Bearer header', {authorization: 'Bearer good'}, 200, {user: 'alice'}],
        ['Token header, any case', {authorization: 'token good'}, 200, {user: 'alice'}],
        ['cookie wins over header', {cookie: 'MMAUTHTOKEN=expired', authorization: 'Bearer good'}, 401, {code: 'session_invalid'}],
        ['expired session', {authorization: 'Bearer expired'}, 401, {code: 'session_invalid'}],
        ['Mattermost down', {authorization: 'Bearer down'}, 503, {code: 'mattermost_unreachable'}],
    ])('GET with %s → %i', async (_name, headers, status, body) => {
        const res = await app.inject({method: 'GET', url: '/thing', headers});
        expect(res.statusCode).toBe(status);
        expect(res.json()).toMatchObject(body);
    });

    it.each<[string, Record<string, string>, number, RegExp | null]>([
        ['cookie without X-Requested-With', {cookie: cookies, 'x-csrf-token': 'csrf-1'}, 403, /X-Requested-With/],
        ['cookie without X-CSRF-Token', {cookie: cookies, 'x-requested-with': 'XMLHttpRequest'}, 403, /missing header X-CSRF-Token/],
        ['cookie with a wrong X-CSRF-Token', {cookie: cookies, ...csrf, 'x-csrf-token': 'forged'}, 403, /does not match the MMCSRF cookie/],
        ['cookie without MMCSRF cookie', {cookie: 'MMAUTHTOKEN=good', ...csrf}, 403, /missing MMCSRF cookie/],
        ['cookie with matching CSRF', {cookie: cookies, ...csrf}, 200, null],
        ['Bearer, no CSRF needed', {authorization: 'Bearer good'}, 200, null],
    ])('POST with %s → %i', async (_name, headers, status, message) => {
        const res = await app.inject({method: 'POST', url: '/thing', headers});
        expect(res.statusCode).toBe(status);
        if (message) {
            const body = res.json<{code: string; message: string}>();
            expect(body.code).toBe('csrf_failed');
            expect(body.message).toMatch(message);
        }
    });

    it('leaves routes outside its scope alone', async () => {
        expect((await app.inject({method: 'GET', url: '/public'})).statusCode).toBe(200);
    });
});

describe('cachedWhoAmI', () => {
    const counting = () => {
        const calls: string[] = [];
        const inner: WhoAmI = (token) => {
            calls.push(token);
            return whoAmI(token);
        };
        return {calls, inner};
    };

    it.each([['good', 1], ['expired', 1], ['down', 3]])('asks Mattermost about %s %i time(s) for 3 checks', async (token, expected) => {
        const {calls, inner} = counting();
        const cached = cachedWhoAmI(inner, {seconds: 30});
        for (let i = 0; i < 3; i++) {
            await cached(token);
        }
        expect(calls).toHaveLength(expected);
    });

    it('asks again after the cache time and shares concurrent checks', async () => {
        let clock = 0;
        const {calls, inner} = counting();
        const cached = cachedWhoAmI(inner, {seconds: 30, now: () => clock});
        await Promise.all([cached('good'), cached('good')]);
        clock = 29_999;
        await cached('good');
        clock = 30_000;
        await cached('good');
        expect(calls).toEqual(['good', 'good']);
    });
});
