import {afterEach, expect, it, vi} from 'vitest';
import {mattermostWhoAmI} from './who_am_i.js';

afterEach(() => vi.restoreAllMocks());

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), {status, headers: {'content-type': 'application/json'}});

it.each<[string, () => Response, unknown]>([
    ['a user', () => json(200, {id: 'u1', username: 'alice', roles: 'system_user'}), {ok: true, value: {id: 'u1', username: 'alice', roles: 'system_user'}}],
    ['a user without roles', () => json(200, {id: 'u1', username: 'alice'}), {ok: true, value: {id: 'u1', username: 'alice', roles: ''}}],
    ['401', () => json(401, {id: 'api.context.session_expired.app_error'}), {ok: false, error: 'invalid'}],
    ['403', () => json(403, {}), {ok: false, error: 'invalid'}],
    ['502 from a proxy', () => new Response('<html>Bad Gateway</html>', {status: 502}), {ok: false, error: 'unreachable'}],
    ['200 with an HTML page', () => new Response('<html>Sign in</html>', {status: 200}), {ok: false, error: 'unreachable'}],
    ['200 without a user', () => json(200, {status: 'OK'}), {ok: false, error: 'unreachable'}],
])('Mattermost answering %s', async (_name, answer, expected) => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(answer());
    expect(await mattermostWhoAmI('http://mm.test')('tok')).toEqual(expected);
    expect(fetch).toHaveBeenCalledWith('http://mm.test/api/v4/users/me', expect.objectContaining({headers: expect.objectContaining({authorization: 'Bearer tok'}) as unknown}));
});

it('reports no answer as unreachable', async () => {
    vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('fetch failed'));
    expect(await mattermostWhoAmI('http://mm.test')('tok')).toEqual({ok: false, error: 'unreachable'});
});
