import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {Client4} from '@mattermost/client';
import {pino} from 'pino';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startCompanion, StartupError} from '../../server-ts/src/companion.ts';
import {loadConfig} from '../../server-ts/src/config.ts';
import {slashCommands} from '../../server-ts/src/db/schema.ts';
import {databaseTargets, type DatabaseTarget} from '../../server-ts/src/test_support/databases.ts';
import {startStack, type Stack} from '../sandbox/stack.ts';
import {useStackOn} from './support/stack_on.ts';

// The companion against the sandbox Mattermost, through the real @mattermost/client, on each database.
const targets = await databaseTargets();

function clientFor(stack: Stack, token: string): Client4 {
    const client = new Client4();
    client.setUrl(stack.url);
    client.setToken(token);
    return client;
}

describe.each(targets.map((t): [string, DatabaseTarget] => [t.name, t]))('companion with the sandbox on %s', (_name, target) => {
    const on = useStackOn(target);
    let stack: Stack;
    beforeAll(() => {
        stack = on.stack();
    });

    const sreCommands = () => [...stack.sandbox.state.commands.values()].filter((c) => c.trigger === 'sre' && c.delete_at === 0);

    it('verified the bot and registered /sre once, keeping the command token to check requests', async () => {
        expect(sreCommands()).toHaveLength(1);
        expect(sreCommands()[0]).toMatchObject({method: 'P', url: `${stack.companion.url.replace('localhost', '127.0.0.1')}/sre-toolkit/mattermost/command`});
        const stored = await stack.companion.db.select().from(slashCommands);
        expect(stored.map((s) => s.token)).toEqual([sreCommands()[0]?.token]);
        const ready = await fetch(`${stack.url}/sre-toolkit/readyz`);
        expect(ready.status).toBe(200);
    });

    it('answers /sre help run by a user in Mattermost, ephemerally', async () => {
        const {token} = await stack.sandbox.login('bob');
        const bob = clientFor(stack, token);
        const team = await bob.getTeamByName('sre');
        const channel = await bob.getChannelByName(team.id, 'town-square');
        const answer = await bob.executeCommand('/sre help', {channel_id: channel.id, team_id: team.id}) as unknown as {response_type?: string; text?: string};
        expect(answer.response_type ?? 'ephemeral').toBe('ephemeral');
        expect(answer.text).toMatch(/\/sre/);
        const posted = [...stack.sandbox.state.posts.values()].filter((p) => p.message.includes('/sre help'));
        expect(posted).toEqual([]);
    });

    it('refuses a slash request that does not carry the registered token', async () => {
        const res = await fetch(`${stack.companion.url}/sre-toolkit/mattermost/command`, {method: 'POST',
            headers: {authorization: 'Token forged', 'content-type': 'application/x-www-form-urlencoded'}, body: 'text=help'});
        expect(res.status).toBe(401);
    });

    it('serves the summary to a Mattermost session: cookie through the proxy, or a bearer token', async () => {
        const login = await fetch(`${stack.url}/api/v4/users/login`, {method: 'POST',
            headers: {'content-type': 'application/json', 'x-requested-with': 'XMLHttpRequest'},
            body: JSON.stringify({login_id: 'carol', password: 'sandbox'})});
        const cookies = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
        expect(cookies).toContain('MMAUTHTOKEN=');
        const byCookie = await fetch(`${stack.url}/sre-toolkit/api/v1/summary`, {headers: {cookie: cookies}});
        expect(byCookie.status).toBe(200);
        expect(await byCookie.json()).toMatchObject({rituals: expect.arrayContaining([expect.objectContaining({channelName: 'cloud-sre-team'})]) as unknown});

        const {token} = await stack.sandbox.login('dave');
        expect((await fetch(`${stack.url}/sre-toolkit/api/v1/summary`, {headers: {authorization: `Bearer ${token}`}})).status).toBe(200);
        expect((await fetch(`${stack.url}/sre-toolkit/api/v1/summary`)).status).toBe(401);
    });

    it('turns a session Mattermost no longer knows into 401 session_invalid', async () => {
        const {token} = await stack.sandbox.login('erin');
        await clientFor(stack, token).logout();
        const res = await fetch(`${stack.url}/sre-toolkit/api/v1/summary`, {headers: {authorization: `Bearer ${token}`}});
        expect(res.status).toBe(401);
        expect(await res.json()).toMatchObject({code: 'session_invalid'});
    });

    it('keeps one /sre command when a second instance starts on the same database', async () => {
        const place = on.place();
        const config = loadConfig({MM_URL: stack.url, MM_BOT_TOKEN: stack.sandbox.botToken, MM_TEAMS: 'sre',
            COMPANION_URL: stack.companion.url.replace('localhost', '127.0.0.1'), DATA_DIR: join(place.dataDir, 'second'),
            DATABASE_URL: place.databaseUrl ?? undefined});
        if (!config.ok || place.databaseUrl === null) {
            // PGlite is one process's database: a second instance on it is not a supported deployment.
            expect(place.databaseUrl).toBeNull();
            return;
        }
        const second = await startCompanion(config.value, {logger: pino({level: 'silent'}), port: 0});
        await second.close();
        expect(sreCommands()).toHaveLength(1);
    });
});

describe('companion start-up against the sandbox', () => {
    let stack: Stack;
    let dataDir: string;
    beforeAll(async () => {
        dataDir = await mkdtemp(join(tmpdir(), 'sre-int-'));
        stack = await startStack({dataDir: join(dataDir, 'stack'), logLevel: 'silent'});
    });
    afterAll(async () => {
        await stack.close();
        await rm(dataDir, {recursive: true, force: true});
    });

    it('refuses to start with a bot token Mattermost rejects, naming MM_BOT_TOKEN', async () => {
        const config = loadConfig({MM_URL: stack.url, MM_BOT_TOKEN: 'not-a-token', DATA_DIR: join(dataDir, 'bad-token')});
        if (!config.ok) {
            throw new Error(config.error);
        }
        const started = startCompanion(config.value, {logger: pino({level: 'silent'}), port: 0});
        await expect(started).rejects.toBeInstanceOf(StartupError);
        await expect(started).rejects.toThrow(/MM_BOT_TOKEN/);
    });

    it('reports not ready, without crashing, once Mattermost is gone', async () => {
        await stack.sandbox.close();
        const res = await fetch(`${stack.companion.url}/sre-toolkit/readyz`);
        expect(res.status).toBe(503);
        expect(JSON.stringify(await res.json())).toMatch(/mattermost/);
        expect((await fetch(`${stack.companion.url}/sre-toolkit/healthz`)).status).toBe(200);
    });
});
