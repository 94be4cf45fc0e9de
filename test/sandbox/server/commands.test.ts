import {afterAll, afterEach, beforeAll, describe, expect, it, vi} from 'vitest';
import type {Client4} from '@mattermost/client';
import type {Sandbox} from './index';
import {startStub} from './test_support/integration_stub';
import {client, clientAs, openSocket, parsedPost, recordContract, startTestSandbox, type Recorder} from './test_support/harness';
import {schemaProblems} from './test_support/contract';

let sandbox: Sandbox;
let recorder: Recorder;
let stub: Awaited<ReturnType<typeof startStub>>;
let bot: Client4;
let alice: Client4;
let teamId: string;
let channelId: string;

beforeAll(async () => {
    sandbox = await startTestSandbox();
    stub = await startStub();
    recorder = recordContract(() => sandbox.url);
    bot = client(sandbox, sandbox.botToken);
    alice = await clientAs(sandbox, 'alice');
    teamId = (await alice.getTeamByName('sre')).id;
    channelId = (await alice.getChannelByName(teamId, 'cloud-sre-team')).id;
});
afterAll(async () => {
    recorder.restore();
    await stub.close();
    await sandbox.close();
});
afterEach(() => expect(recorder.problems).toEqual([]));

const addCommand = (trigger: string, method = 'P') =>
    bot.addCommand({team_id: teamId, trigger, method, url: `${stub.url}/cmd/${trigger}`, auto_complete: true} as never);

describe('slash commands', () => {
    it('registers a command as the bot; triggers are lower-cased and unique per team', async () => {
        const cmd = await addCommand('SRE');
        expect(cmd).toMatchObject({trigger: 'sre', creator_id: sandbox.botUserId, method: 'P'});
        expect(cmd.token).toMatch(/^[a-z0-9]{26}$/);
        await expect(addCommand('sre')).rejects.toMatchObject({status_code: 400, server_error_id: 'api.command.duplicate_trigger.app_error'});
        expect((await bot.getCommandsList(teamId)).map((c) => c.trigger)).toContain('sre');
        const bob = await clientAs(sandbox, 'bob');
        await expect(bob.editCommand({...cmd, description: 'hijack'})).rejects.toMatchObject({status_code: 403});
        expect((await bot.editCommand({...cmd, auto_complete_desc: 'SRE Toolkit'})).auto_complete_desc).toBe('SRE Toolkit');
        const suggestions = await bob.getAutocompleteCommandsList(teamId);
        expect(suggestions.find((c) => c.trigger === 'sre')).toMatchObject({token: '', url: ''});
    });

    it('POSTs the exact Mattermost form with the token header and shows an ephemeral reply only to the invoker', async () => {
        const cmd = (await bot.getCommandsList(teamId)).find((c) => c.trigger === 'sre');
        const socket = openSocket(sandbox, (await sandbox.login('alice')).token);
        await vi.waitFor(() => expect(socket.events[0]?.event).toBe('hello'));
        stub.answer(() => ({response_type: 'ephemeral', text: 'Usage: /sre declare | status | help'}));
        const before = sandbox.state.posts.size;
        const res = await alice.executeCommand('/sre  help  @bob ~incidents', {channel_id: channelId, team_id: teamId, root_id: ''});
        expect(res).toMatchObject({response_type: 'ephemeral', text: 'Usage: /sre declare | status | help'});
        const call = stub.received.at(-1);
        expect(call?.method).toBe('POST');
        expect(call?.headers.authorization).toBe(`Token ${cmd?.token ?? ''}`);
        expect(call?.headers['content-type']).toBe('application/x-www-form-urlencoded');
        const form = call?.body as Record<string, string | string[]>;
        const me = await alice.getMe();
        expect(Object.keys(form).sort()).toEqual(['channel_id', 'channel_mentions', 'channel_mentions_ids', 'channel_name', 'command',
            'response_url', 'root_id', 'team_domain', 'team_id', 'text', 'token', 'trigger_id', 'user_id', 'user_mentions',
            'user_mentions_ids', 'user_name']);
        expect(form).toMatchObject({channel_id: channelId, channel_name: 'cloud-sre-team', command: '/sre', text: ' help  @bob ~incidents',
            team_domain: 'sre', team_id: teamId, token: cmd?.token, user_id: me.id, user_name: 'alice', root_id: '',
            user_mentions: 'bob', channel_mentions: 'incidents'});
        expect(form.response_url).toMatch(new RegExp(`^${sandbox.url}/hooks/commands/[a-z0-9]{26}$`));
        expect(Buffer.from(String(form.trigger_id), 'base64').toString().split(':')).toHaveLength(4);
        await vi.waitFor(() => expect(socket.events.some((e) => e.event === 'ephemeral_message')).toBe(true));
        const eph = parsedPost(socket.events.find((e) => e.event === 'ephemeral_message') ?? {});
        expect(eph).toMatchObject({type: 'system_ephemeral', message: 'Usage: /sre declare | status | help', channel_id: channelId});
        expect(schemaProblems('Post', eph)).toEqual([]);
        expect(sandbox.state.posts.size).toBe(before);
        socket.close();
    });

    it('posts an in_channel reply as the invoker with from_webhook, plus extra responses, and returns goto_location', async () => {
        stub.answer((_req, reply) => reply.type('application/json').send({
            response_type: 'in_channel', text: 'Incident INC-7 declared', goto_location: '/sre/channels/inc-7',
            extra_responses: [{response_type: 'in_channel', text: 'Paging on-call'}],
        }));
        const res = await alice.executeCommand('/sre declare', {channel_id: channelId, team_id: teamId});
        expect(res.goto_location).toBe('/sre/channels/inc-7');
        const list = await alice.getPosts(channelId, 0, 2);
        const [newest, previous] = list.order.map((id) => list.posts[id]);
        expect(previous).toMatchObject({message: 'Incident INC-7 declared', props: {from_webhook: 'true'}, user_id: (await alice.getMe()).id});
        expect(newest?.message).toBe('Paging on-call');
    });

    it('uses GET with the same fields in the query string for method G, and plain text becomes the reply', async () => {
        await addCommand('oncall', 'G');
        stub.answer((_req, reply) => reply.type('text/plain').send('bob is on call'));
        const res = await alice.executeCommand('/oncall now', {channel_id: channelId, team_id: teamId});
        expect(res).toMatchObject({text: 'bob is on call', response_type: 'ephemeral'});
        const call = stub.received.at(-1);
        expect(call?.method).toBe('GET');
        expect(call?.query).toMatchObject({command: '/oncall', text: 'now', user_name: 'alice'});
    });

    it('fails on a non-200 from the integration and on unknown triggers', async () => {
        stub.answer((_req, reply) => reply.code(503).send('down'));
        await expect(alice.executeCommand('/sre status', {channel_id: channelId, team_id: teamId}))
            .rejects.toMatchObject({status_code: 500, server_error_id: 'api.command.execute_command.failed_resp.app_error'});
        await expect(alice.executeCommand('/nope', {channel_id: channelId, team_id: teamId}))
            .rejects.toMatchObject({status_code: 404, server_error_id: 'api.command.execute_command.not_found.app_error'});
    });

    it('accepts a delayed reply on response_url', async () => {
        stub.answer(() => ({}));
        await alice.executeCommand('/sre later', {channel_id: channelId, team_id: teamId});
        const form = stub.received.at(-1)?.body as Record<string, string>;
        const res = await fetch(form.response_url ?? '', {method: 'POST', headers: {'Content-Type': 'application/json'},
            body: JSON.stringify({response_type: 'in_channel', text: 'Status page updated'})});
        expect(res.status).toBe(200);
        const list = await alice.getPosts(channelId, 0, 1);
        expect(list.posts[list.order[0] ?? '']?.message).toBe('Status page updated');
    });
});
