import {join} from 'node:path';
import {Writable} from 'node:stream';
import {Client4} from '@mattermost/client';
import {pino} from 'pino';
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest';
import {startCompanion, type Companion} from '../../server-ts/src/companion.ts';
import {loadConfig} from '../../server-ts/src/config.ts';
import {triageItems} from '../../server-ts/src/db/schema.ts';
import {databaseTargets, type DatabaseTarget} from '../../server-ts/src/test_support/databases.ts';
import {startSandbox, type Sandbox} from '../sandbox/server/index.ts';
import type {Post} from '../sandbox/server/types.ts';

// Issue 6, TRIAGE_AUTO_INTAKE=on: carol's new root posts in ~cloud-support become requests through the bot's
// WebSocket, exactly once with two instances, and posts made while the companion was down are caught up.
const targets = await databaseTargets();
const WAIT = {timeout: 15_000, interval: 25};

type LogLine = {level: number; msg: string; postId?: string; part?: string};
const WARN = 40;
const SEEN = ['triage request created from a new post', 'post already in triage'];

// A companion with automatic intake on, logging (debug and up) into `lines` so a test can see what it did.
async function startIntakeCompanion(sandbox: Sandbox, dataDir: string, databaseUrl: string | null) {
    const lines: LogLine[] = [];
    const sink = new Writable({write: (chunk: Buffer, _encoding, done) => {
        lines.push(JSON.parse(chunk.toString('utf8')) as LogLine);
        done();
    }});
    const config = loadConfig({MM_URL: sandbox.url, MM_BOT_TOKEN: sandbox.botToken, MM_TEAMS: 'sre', SRE_USERNAMES: 'alice,bob,erin',
        // Intake needs no call from Mattermost to the companion: the slash command URL is never used here.
        COMPANION_URL: 'http://127.0.0.1:9', DATA_DIR: dataDir, DATABASE_URL: databaseUrl ?? undefined, TRIAGE_AUTO_INTAKE: 'on'});
    if (!config.ok) {
        throw new Error(config.error);
    }
    const companion = await startCompanion(config.value, {logger: pino({level: 'debug'}, sink), port: 0});
    const intakeLines = () => lines.filter((l) => l.part === 'triage-intake');
    return {companion, intakeLines, saw: (postId: string) => intakeLines().find((l) => l.postId === postId && SEEN.includes(l.msg))?.msg};
}

describe.each(targets.map((t): [string, DatabaseTarget] => [t.name, t]))('automatic triage intake through the sandbox on %s', (_name, target) => {
    let place: Awaited<ReturnType<DatabaseTarget['create']>>;
    let sandbox: Sandbox;
    let first: Awaited<ReturnType<typeof startIntakeCompanion>>;
    const running: Companion[] = [];
    let carol: Client4;
    let teamId: string;
    beforeAll(async () => {
        // @mattermost/client's WebSocketClient narrates its connection on console.log.
        vi.spyOn(console, 'log').mockImplementation(() => undefined);
        place = await target.create();
        sandbox = await startSandbox({port: 0});
        first = await startIntakeCompanion(sandbox, place.dataDir, place.databaseUrl);
        running.push(first.companion);
        carol = new Client4();
        carol.setUrl(sandbox.url);
        carol.setToken((await sandbox.login('carol')).token);
        teamId = sandbox.state.teamByName('sre')?.id ?? '';
    });
    afterAll(async () => {
        for (const companion of running) {
            await companion.close();
        }
        await sandbox.close();
        await place.cleanup();
        vi.restoreAllMocks();
    });

    const channelId = (name: string) => sandbox.state.channelByName(teamId, name)?.id ?? `missing ${name}`;
    const carolPosts = (channel: string, message: string, rootId = '') => carol.createPost({channel_id: channelId(channel), message, root_id: rootId});
    const requestsFrom = async (postId: string) =>
        (await first.companion.db.select().from(triageItems)).filter((r) => r.sourcePostId === postId);
    const allRequests = async () => first.companion.db.select().from(triageItems);
    const botRepliesTo = (rootId: string): Post[] =>
        [...sandbox.state.posts.values()].filter((p) => p.root_id === rootId && p.user_id === sandbox.botUserId);
    const quietIntake = (lines: LogLine[]) => expect(lines.filter((l) => l.level >= WARN)).toEqual([]);

    it('turns carol\'s root post in cloud-support into a request from her, and replies in her thread with its number', async () => {
        const post = await carolPosts('cloud-support', 'Could we automate the weekly certificate rotation for the staging clusters?');
        // The request is saved first, then the bot replies.
        await vi.waitFor(() => expect(botRepliesTo(post.id)).toHaveLength(1), WAIT);
        const [request] = await requestsFrom(post.id);
        expect(request).toMatchObject({requesterUsername: 'carol', requesterId: sandbox.state.userByUsername('carol')?.id, status: 'new',
            title: 'Could we automate the weekly certificate rotation for the staging clusters?', sourceChannelId: channelId('cloud-support')});
        const replies = botRepliesTo(post.id);
        expect(replies.map((p) => p.message)).toEqual([expect.stringMatching(new RegExp(`request #${request?.number ?? 0} \\(new, `))]);
        // dave's message was there before intake started: history, not a request.
        expect((await allRequests()).map((r) => r.requesterUsername)).toEqual(['carol']);
        quietIntake(first.intakeLines());
    });

    it('creates nothing for a reply in the thread or a post in another channel', async () => {
        const root = await carolPosts('cloud-support', 'The staging ingress drops websockets after 60 s.');
        await vi.waitFor(() => expect(botRepliesTo(root.id)).toHaveLength(1), WAIT);
        const before = (await allRequests()).length;
        const reply = await carolPosts('cloud-support', 'It also happens on production since this morning.', root.id);
        const elsewhere = await carolPosts('town-square', 'Lunch at noon?');
        // One instance takes posts in order: once the next root post is a request, the two before were seen.
        const next = await carolPosts('cloud-support', 'Please raise the disk alert threshold on the log nodes.');
        await vi.waitFor(() => expect(botRepliesTo(next.id)).toHaveLength(1), WAIT);
        expect(await requestsFrom(reply.id)).toEqual([]);
        expect(await requestsFrom(elsewhere.id)).toEqual([]);
        expect(await allRequests()).toHaveLength(before + 1);
        expect(botRepliesTo(root.id)).toHaveLength(1);
        expect(botRepliesTo(elsewhere.id)).toEqual([]);
    });

    it('makes one request and one reply when two instances share one PostgreSQL database', async () => {
        if (place.databaseUrl === null) {
            // PGlite is one process's database: a second instance on it is not a supported deployment.
            expect(target.name).toBe('pglite');
            return;
        }
        const second = await startIntakeCompanion(sandbox, join(place.dataDir, 'second'), place.databaseUrl);
        running.push(second.companion);
        const post = await carolPosts('cloud-support', 'Our backups of the billing database failed twice this week.');
        await vi.waitFor(() => expect([first.saw(post.id), second.saw(post.id)]).not.toContain(undefined), WAIT);
        expect([first.saw(post.id), second.saw(post.id)].sort()).toEqual([...SEEN].sort());
        expect(await requestsFrom(post.id)).toHaveLength(1);
        expect(botRepliesTo(post.id)).toHaveLength(1);
        quietIntake([...first.intakeLines(), ...second.intakeLines()]);
        await second.companion.close();
    });

    it('takes a post made while the companion was stopped when it starts again', async () => {
        await first.companion.close();
        const whileDown = await carolPosts('cloud-support', 'Can we get read access to the staging Grafana for support?');
        const replyWhileDown = await carolPosts('cloud-support', 'Thanks in advance!', whileDown.id);
        first = await startIntakeCompanion(sandbox, place.dataDir, place.databaseUrl);
        running.push(first.companion);
        // The start waits for the first catch-up: the request and the reply are there once it is up.
        expect(await requestsFrom(whileDown.id)).toEqual([expect.objectContaining({requesterUsername: 'carol'})]);
        expect(botRepliesTo(whileDown.id)).toHaveLength(1);
        expect(await requestsFrom(replyWhileDown.id)).toEqual([]);
        quietIntake(first.intakeLines());
    });
});
