import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import type {Sandbox} from './index';
import {client, recordContract, startTestSandbox, type Recorder} from './test_support/harness';

let sandbox: Sandbox;
let recorder: Recorder;

beforeAll(async () => {
    sandbox = await startTestSandbox();
    recorder = recordContract(() => sandbox.url);
});
afterAll(async () => {
    recorder.restore();
    await sandbox.close();
});
afterEach(() => expect(recorder.problems).toEqual([]));

const xhr = {'X-Requested-With': 'XMLHttpRequest', 'Content-Type': 'application/json'};

async function cookieLogin(username: string) {
    const res = await fetch(`${sandbox.url}/api/v4/users/login`, {
        method: 'POST', headers: xhr, body: JSON.stringify({login_id: username, password: 'sandbox'}),
    });
    const cookies = res.headers.getSetCookie();
    const value = (name: string) => cookies.find((c) => c.startsWith(`${name}=`))?.split(';')[0]?.split('=')[1] ?? '';
    return {res, cookies, cookieHeader: `MMAUTHTOKEN=${value('MMAUTHTOKEN')}; MMUSERID=${value('MMUSERID')}`, csrf: value('MMCSRF')};
}

describe('login', () => {
    it('gives Client4 a token and the sanitized user', async () => {
        const c = client(sandbox, '');
        const user = await c.login('alice', 'sandbox');
        expect(user.username).toBe('alice');
        expect(c.getToken()).toMatch(/^[a-z0-9]{26}$/);
        expect((await c.getMe()).id).toBe(user.id);
        expect(user).not.toHaveProperty('password');
    });

    it('sets the three cookies only for X-Requested-With requests, MMAUTHTOKEN HttpOnly', async () => {
        const {res, cookies} = await cookieLogin('bob');
        expect(res.status).toBe(200);
        expect(res.headers.get('token')).toMatch(/^[a-z0-9]{26}$/);
        expect(cookies.map((c) => c.split('=')[0])).toEqual(['MMAUTHTOKEN', 'MMUSERID', 'MMCSRF']);
        expect(cookies[0]).toContain('HttpOnly');
        expect(cookies.slice(1).every((c) => !c.includes('HttpOnly'))).toBe(true);
        const plain = await fetch(`${sandbox.url}/api/v4/users/login`, {
            method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify({login_id: 'bob', password: 'sandbox'}),
        });
        expect(plain.headers.getSetCookie()).toEqual([]);
    });

    it.each([['alice', 'wrong', 'api.user.login.invalid_credentials_email_username'], ['sre-bot', 'sandbox', 'api.user.login.bot_login_forbidden.app_error']])(
        'refuses %s/%s with %s', async (login, password, id) => {
            const err = await client(sandbox, '').login(login, password).catch((e: unknown) => e);
            expect(err).toMatchObject({server_error_id: id, status_code: 401});
        });

    it('logout ends the session', async () => {
        const {token} = await sandbox.login('erin');
        const c = client(sandbox, token);
        await c.logout();
        const err = await client(sandbox, token).getMe().catch((e: unknown) => e);
        expect(err).toMatchObject({status_code: 401, server_error_id: 'api.context.session_expired.app_error'});
    });
});

describe('tokens and CSRF', () => {
    const post = (headers: Record<string, string>) => fetch(`${sandbox.url}/api/v4/users/usernames`, {
        method: 'POST', headers: {'Content-Type': 'application/json', ...headers}, body: JSON.stringify(['alice']),
    });

    it('accepts a cookie-authenticated POST only with the matching X-CSRF-Token', async () => {
        const {cookieHeader, csrf} = await cookieLogin('carol');
        expect((await post({Cookie: cookieHeader, 'X-Requested-With': 'XMLHttpRequest', 'X-CSRF-Token': csrf})).status).toBe(200);
        const noToken = await post({Cookie: cookieHeader, 'X-Requested-With': 'XMLHttpRequest'});
        expect(noToken.status).toBe(401);
        expect(await noToken.json()).toMatchObject({id: 'api.context.session_expired.app_error', status_code: 401});
        expect((await post({Cookie: cookieHeader, 'X-CSRF-Token': 'not-it'})).status).toBe(401);
    });

    it('lets X-Requested-With alone pass when strict enforcement is off (Mattermost default)', async () => {
        const {cookieHeader} = await cookieLogin('carol');
        sandbox.state.config.strictCsrf = false;
        try {
            expect((await post({Cookie: cookieHeader, 'X-Requested-With': 'XMLHttpRequest'})).status).toBe(200);
            expect((await post({Cookie: cookieHeader})).status).toBe(401);
        } finally {
            sandbox.state.config.strictCsrf = true;
        }
    });

    it('never CSRF-checks header tokens; both schemes work in any case', async () => {
        const {token} = await sandbox.login('dave');
        for (const scheme of ['BEARER', 'bearer', 'Token', 'token']) {
            expect((await post({Authorization: `${scheme} ${token}`})).status).toBe(200);
        }
    });

    it('prefers the cookie over the Authorization header', async () => {
        const {cookieHeader} = await cookieLogin('erin');
        const res = await fetch(`${sandbox.url}/api/v4/users/me`, {headers: {Cookie: cookieHeader, Authorization: `Bearer ${sandbox.botToken}`}});
        expect(((await res.json()) as {username: string}).username).toBe('erin');
    });

    it('answers a bad cookie with 401 and an expiring MMAUTHTOKEN', async () => {
        const res = await fetch(`${sandbox.url}/api/v4/users/me`, {headers: {Cookie: 'MMAUTHTOKEN=nope'}});
        expect(res.status).toBe(401);
        expect(res.headers.getSetCookie().join()).toMatch(/MMAUTHTOKEN=;.*Expires=Thu, 01 Jan 1970/);
    });

    it('puts X-Request-ID and X-Version-Id on every response, errors included', async () => {
        for (const path of ['/api/v4/system/ping', '/api/v4/users/me', '/api/v4/nothing-here']) {
            const res = await fetch(`${sandbox.url}${path}`);
            expect(res.headers.get('x-request-id')).toMatch(/^[a-z0-9]{26}$/);
            expect(res.headers.get('x-version-id')).toMatch(/^11\.1\.0\..+\.false$/);
            const body = (await res.json()) as {request_id?: string};
            if (res.status >= 400) {
                expect(body.request_id).toBe(res.headers.get('x-request-id'));
            }
        }
    });
});
