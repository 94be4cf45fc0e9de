import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest';
import {WebSocket} from 'ws';
import type {Sandbox} from './index';
import {schemaProblems} from './test_support/contract';
import {client, clientAs, openSocket, parsedPost, startTestSandbox, type WsMessage} from './test_support/harness';

let sandbox: Sandbox;
let teamId: string;

beforeAll(async () => {
    sandbox = await startTestSandbox();
    teamId = sandbox.state.teamByName('sre')?.id ?? '';
});
afterAll(() => sandbox.close());

const channelId = (name: string) => sandbox.state.channelByName(teamId, name)?.id ?? '';

// A raw socket, to see the frames (replies included) exactly as the server sends them.
function rawSocket(headers: Record<string, string> = {}, query = '') {
    const frames: WsMessage[] = [];
    const ws = new WebSocket(`${sandbox.url.replace('http', 'ws')}/api/v4/websocket${query}`, {headers});
    ws.on('message', (data: Buffer) => frames.push(JSON.parse(data.toString()) as WsMessage));
    return {ws, frames, opened: new Promise((resolve) => ws.once('open', resolve))};
}

describe('websocket', () => {
    it('authenticates by challenge, says hello as seq 0 and answers pings with seq_reply', async () => {
        const {token, userId} = await sandbox.login('bob');
        const {ws, frames, opened} = rawSocket({}, '?connection_id=&sequence_number=0');
        await opened;
        ws.send(JSON.stringify({seq: 1, action: 'authentication_challenge', data: {token}}));
        ws.send(JSON.stringify({seq: 2, action: 'ping'}));
        await vi.waitFor(() => expect(frames).toHaveLength(3));
        expect(frames[0]).toEqual({status: 'OK', seq_reply: 1});
        expect(frames[1]).toMatchObject({event: 'hello', seq: 0, broadcast: {user_id: userId}});
        expect(frames[1]?.data?.connection_id).toMatch(/^[a-z0-9]{26}$/);
        expect(frames[2]).toMatchObject({status: 'OK', seq_reply: 2, data: {text: 'pong'}});
        ws.close();
    });

    it('refuses actions before authentication', async () => {
        const {ws, frames, opened} = rawSocket();
        await opened;
        ws.send(JSON.stringify({seq: 1, action: 'ping'}));
        await vi.waitFor(() => expect(frames[0]).toMatchObject({status: 'FAIL', seq_reply: 1}));
        ws.close();
    });

    it('delivers posted events in order, numbered per connection, to channel members only', async () => {
        const erinLogin = await sandbox.login('erin');
        const carolLogin = await sandbox.login('carol');
        const erin = openSocket(sandbox, erinLogin.token);
        // Cookie authentication at upgrade, as the browser does.
        const carol = openSocket(sandbox, '', {Cookie: `MMAUTHTOKEN=${carolLogin.token}`});
        await vi.waitFor(() => expect([erin.events[0]?.event, carol.events[0]?.event]).toEqual(['hello', 'hello']));
        const bob = await clientAs(sandbox, 'bob');
        for (const [name, message] of [['sre-private', 'private 1'], ['incidents', 'public 1'], ['sre-private', 'private 2']] as const) {
            await bob.createPost({channel_id: channelId(name), message});
        }
        await vi.waitFor(() => expect(erin.events.filter((e) => e.event === 'posted')).toHaveLength(3));
        const posted = erin.events.filter((e) => e.event === 'posted');
        expect(posted.map((e) => parsedPost(e).message)).toEqual(['private 1', 'public 1', 'private 2']);
        expect(erin.events.map((e) => e.seq)).toEqual(erin.events.map((_e, i) => i));
        expect(posted[0]).toMatchObject({data: {channel_name: 'sre-private', channel_type: 'P', sender_name: '@bob', team_id: teamId},
            broadcast: {channel_id: channelId('sre-private')}});
        expect(schemaProblems('Post', parsedPost(posted[0] ?? {}))).toEqual([]);
        await vi.waitFor(() => expect(carol.events.some((e) => e.event === 'posted')).toBe(true));
        expect(carol.events.filter((e) => e.event === 'posted').map((e) => parsedPost(e).message)).toEqual(['public 1']);
        erin.close();
        carol.close();
    });

    it('sends channel_created to the creator and user_added to the channel', async () => {
        const {token} = await sandbox.login('alice');
        const alice = openSocket(sandbox, token);
        await vi.waitFor(() => expect(alice.events[0]?.event).toBe('hello'));
        const client = await clientAs(sandbox, 'alice');
        const channel = await client.createChannel({team_id: teamId, name: 'inc-77', display_name: 'INC-77', type: 'O'} as never);
        const dave = sandbox.state.userByUsername('dave')?.id ?? '';
        await client.addToChannel(dave, channel.id);
        await vi.waitFor(() => expect(alice.events.map((e) => e.event)).toEqual(expect.arrayContaining(['channel_created', 'user_added'])));
        expect(alice.events.find((e) => e.event === 'channel_created')?.data).toEqual({channel_id: channel.id, team_id: teamId});
        expect(alice.events.filter((e) => e.event === 'user_added').at(-1)?.data).toMatchObject({user_id: dave, team_id: teamId});
        alice.close();
    });

    it('sends direct_added to both members when a direct channel is created, and only then', async () => {
        const [erinLogin, carolLogin] = await Promise.all([sandbox.login('erin'), sandbox.login('carol')]);
        const erin = openSocket(sandbox, erinLogin.token);
        const carol = openSocket(sandbox, carolLogin.token);
        const bot = openSocket(sandbox, sandbox.botToken);
        await vi.waitFor(() => expect([erin, carol, bot].map((s) => s.events[0]?.event)).toEqual(['hello', 'hello', 'hello']));
        const botClient = client(sandbox, sandbox.botToken);
        const dm = await botClient.createDirectChannel([sandbox.botUserId, erinLogin.userId]);
        await botClient.createDirectChannel([erinLogin.userId, sandbox.botUserId]);
        // A post after the second open: once it arrives, a second direct_added would have arrived too.
        await botClient.createPost({channel_id: dm.id, message: 'paged'});
        await vi.waitFor(() => expect(erin.events.some((e) => e.event === 'posted')).toBe(true));
        for (const socket of [erin, bot]) {
            expect(socket.events.filter((e) => e.event === 'direct_added')).toEqual([{
                event: 'direct_added', seq: expect.any(Number) as number,
                data: {creator_id: sandbox.botUserId, teammate_id: erinLogin.userId},
                broadcast: {omit_users: null, user_id: '', channel_id: dm.id, team_id: '', connection_id: '', omit_connection_id: ''},
            }]);
        }
        expect(carol.events.map((e) => e.event)).toEqual(['hello']);
        [erin, carol, bot].forEach((s) => s.close());
    });

    it('replays missed events to a client that reconnects with its connection id', async () => {
        const {token} = await sandbox.login('bob');
        const first = rawSocket({Authorization: `Bearer ${token}`});
        await vi.waitFor(() => expect(first.frames[0]?.event).toBe('hello'));
        const connectionId = String(first.frames[0]?.data?.connection_id);
        first.ws.close();
        await new Promise((resolve) => first.ws.once('close', resolve));
        const bob = await clientAs(sandbox, 'bob');
        await bob.createPost({channel_id: channelId('incidents'), message: 'while you were away'});
        const second = rawSocket({Authorization: `Bearer ${token}`}, `?connection_id=${connectionId}&sequence_number=1`);
        await vi.waitFor(() => expect(second.frames.map((f) => f.event)).toEqual(['posted', 'hello']));
        expect(second.frames.map((f) => f.seq)).toEqual([1, 2]);
        expect(second.frames[1]?.data?.connection_id).toBe(connectionId);
        second.ws.close();
    });
});
