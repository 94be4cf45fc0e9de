import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {pino} from 'pino';
import type {Summary} from './contract/summary.js';
import {startCompanion, StartupError, type Companion} from './companion.js';
import {loadConfig, type Config} from './config.js';
import {incidents} from './db/schema.js';
import {loadJobCounts} from './jobs/job_counts.js';
import {databaseTargets, type DatabaseTarget} from './test_support/databases.js';
import {fakeAppDeps} from './test_support/fake_app_deps.js';
import {fakeBot} from './test_support/fake_bot.js';
import {readEvents, type SseEvent} from './test_support/sse.js';

const targets = await databaseTargets();
const silent = pino({level: 'silent'});
const {whoAmI} = fakeAppDeps();

async function nextEvent(events: AsyncGenerator<SseEvent>): Promise<SseEvent> {
    const next = await events.next();
    if (next.done === true) {
        throw new Error('event stream ended');
    }
    return next.value;
}

function configFor(place: {databaseUrl: string | null; dataDir: string}): Config {
    // Port 9 (discard) refuses at once: "Mattermost unreachable" for the readiness ping.
    const loaded = loadConfig({MM_URL: 'http://127.0.0.1:9', MM_BOT_TOKEN: 'bot', DATA_DIR: place.dataDir,
        DATABASE_URL: place.databaseUrl ?? undefined, COMPANION_URL: 'http://127.0.0.1:9120'});
    if (!loaded.ok) {
        throw new Error(loaded.error);
    }
    return loaded.value;
}

describe.each(targets.map((t): [string, DatabaseTarget] => [t.name, t]))('companion on %s', (_name, target) => {
    let place: Awaited<ReturnType<DatabaseTarget['create']>>;
    let companion: Companion;
    const bot = fakeBot();
    beforeAll(async () => {
        place = await target.create();
        companion = await startCompanion(configFor(place), {logger: silent, port: 0, bot, whoAmI});
    }, 60_000);
    afterAll(async () => {
        await companion.close();
        await place.cleanup();
    });

    it('registers /sre and answers it with the stored token', async () => {
        expect(bot.commands).toMatchObject([{trigger: 'sre', method: 'P', url: 'http://127.0.0.1:9120/sre-toolkit/mattermost/command'}]);
        const res = await fetch(`${companion.url}/sre-toolkit/mattermost/command`, {method: 'POST',
            headers: {authorization: `Token ${bot.commands[0]?.token ?? ''}`, 'content-type': 'application/x-www-form-urlencoded'}, body: 'text=help'});
        expect(res.status).toBe(200);
        expect(await res.json()).toMatchObject({response_type: 'ephemeral'});
    });

    it('streams the summary, and a new one after an INSERT from anywhere', async () => {
        const res = await fetch(`${companion.url}/sre-toolkit/api/v1/events`, {headers: {authorization: 'Bearer good'}});
        expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
        if (!res.body) {
            throw new Error('no body');
        }
        const events = readEvents(res.body);
        const first = await nextEvent(events);
        expect(first.event).toBe('summary');
        expect((JSON.parse(first.data) as Summary).rituals.map((r) => r.name)).toContain('Chaos Gameday');
        await companion.db.insert(incidents).values({title: 'Payments down', severity: 'sev1'});
        const next = await nextEvent(events);
        expect(next.event).toBe('summary');
        expect((JSON.parse(next.data) as Summary).incidents.active.map((i) => i.title)).toEqual(['Payments down']);
        await events.return(undefined);
    });

    it('is alive but not ready while Mattermost cannot be reached', async () => {
        expect((await fetch(`${companion.url}/sre-toolkit/healthz`)).status).toBe(200);
        const ready = await fetch(`${companion.url}/sre-toolkit/readyz`);
        expect(ready.status).toBe(503);
        const {checks} = await ready.json() as {checks: {name: string; ok: boolean}[]};
        expect(checks.map((c) => [c.name, c.ok])).toEqual([['database', true], ['jobs', true], ['mattermost', false], ['bot', true]]);
    });

    it('closes with an SSE client connected, keeps every row, and reuses /sre on restart', async () => {
        const stream = await fetch(`${companion.url}/sre-toolkit/api/v1/events`, {headers: {authorization: 'Bearer good'}});
        expect(stream.status).toBe(200);
        const before = await companion.db.select().from(incidents);
        await companion.close();
        companion = await startCompanion(configFor(place), {logger: silent, port: 0, bot, whoAmI});
        expect(await companion.db.select().from(incidents)).toEqual(before);
        expect(bot.commands).toHaveLength(1);
    }, 60_000);
});

describe.each(targets.map((t): [string, DatabaseTarget] => [t.name, t]))('companion start-up faults on %s', (_name, target) => {
    it('refuses to start with a bot token Mattermost rejects, naming MM_BOT_TOKEN', async () => {
        const place = await target.create();
        const started = startCompanion(configFor(place), {logger: silent, port: 0, bot: fakeBot('bad-token'), whoAmI});
        await expect(started).rejects.toThrow(StartupError);
        await expect(started).rejects.toThrow(/MM_BOT_TOKEN/);
        await place.cleanup();
    }, 60_000);

    it('starts without Mattermost and queues a retry', async () => {
        const place = await target.create();
        const companion = await startCompanion(configFor(place), {logger: silent, port: 0, bot: fakeBot('down'), whoAmI});
        const counts = await loadJobCounts(companion.connection);
        await companion.close();
        await place.cleanup();
        expect(counts).toContainEqual({queue: 'mattermost-connect', state: 'created', count: 1});
    }, 60_000);
});

it('refuses to start when the database is unreachable, with the reason', async () => {
    const config = configFor({databaseUrl: 'postgres://nobody@127.0.0.1:9/none', dataDir: '/tmp/unused'});
    await expect(startCompanion(config, {logger: silent, port: 0, bot: fakeBot(), whoAmI})).rejects.toThrow(/cannot open the database \(PostgreSQL at DATABASE_URL\): .*ECONNREFUSED/);
});
