import type {IncomingMessage} from 'node:http';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {WebSocketServer, type WebSocket} from 'ws';
import {openBotSocket, type BotSocket, type SocketEvent} from './bot_websocket.js';

type Connection = {socket: WebSocket; url: string; authorization: string | undefined; send: (event: string, data?: object) => void};

// A Mattermost WebSocket endpoint: hello (seq 0) on every connection, events numbered per connection, pongs.
async function fakeMattermost(options: {holdUpgrade?: boolean} = {}) {
    const connections: Connection[] = [];
    const waiters: (() => void)[] = [];
    let held: (() => void) | null = null;
    const server = new WebSocketServer({
        port: 0, host: '127.0.0.1',
        verifyClient: (_info: {req: IncomingMessage}, done: (ok: boolean) => void) => {
            if (options.holdUpgrade) {
                held = () => done(false);
                waiters.splice(0).forEach((w) => w());
                return;
            }
            done(true);
        },
    });
    server.on('connection', (socket, req) => {
        let seq = 0;
        const send = (event: string, data: object = {}) =>
            socket.send(JSON.stringify({event, data, broadcast: {omit_users: null, user_id: '', channel_id: '', team_id: ''}, seq: seq++}));
        socket.on('message', (raw: Buffer) => {
            const msg = JSON.parse(raw.toString('utf8')) as {action?: string; seq?: number};
            if (msg.action === 'ping') {
                socket.send(JSON.stringify({status: 'OK', seq_reply: msg.seq, data: {text: 'pong'}}));
            }
        });
        connections.push({socket, url: req.url ?? '', authorization: req.headers.authorization, send});
        send('hello', {connection_id: `conn-${connections.length}`, server_hostname: 'fake'});
        waiters.splice(0).forEach((w) => w());
    });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    const until = async (isDone: () => boolean) => {
        while (!isDone()) {
            await new Promise<void>((resolve) => waiters.push(resolve));
        }
    };
    return {
        url: `http://127.0.0.1:${port}`, connections,
        connected: (n: number) => until(() => connections.length >= n),
        upgradeHeld: () => until(() => held !== null),
        notify: () => waiters.splice(0).forEach((w) => w()),
        close: () => new Promise<void>((resolve) => {
            held?.();
            server.clients.forEach((c) => c.terminate());
            server.close(() => resolve());
        }),
    };
}

const FAST = {minMs: 10, maxMs: 50, jitterMs: 0};

describe('the bot WebSocket', () => {
    let mm: Awaited<ReturnType<typeof fakeMattermost>>;
    let socket: BotSocket | null;
    let events: SocketEvent[];
    let warnings: string[];
    const log = {info: () => undefined, warn: (_obj: object, message: string) => warnings.push(message)};
    const open = () => openBotSocket({mmUrl: mm.url, botToken: 'bot-token', log, retry: FAST, onEvent: (e) => {
        events.push(e);
        mm.notify();
    }});
    const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
    const received = async (n: number) => {
        while (events.length < n) {
            await tick();
        }
    };
    beforeEach(() => {
        events = [];
        warnings = [];
        socket = null;
        vi.spyOn(console, 'log').mockImplementation(() => undefined);
    });
    afterEach(async () => {
        await socket?.close();
        await mm.close();
        vi.useRealTimers();
        vi.restoreAllMocks();
    });

    it('connects with the bot token on the upgrade and hands over every event', async () => {
        mm = await fakeMattermost();
        socket = open();
        await mm.connected(1);
        await received(1);
        mm.connections[0]?.send('posted', {post: '{"id":"p1"}'});
        await received(2);
        expect(events).toEqual([{event: 'hello', data: {connection_id: 'conn-1', server_hostname: 'fake'}}, {event: 'posted', data: {post: '{"id":"p1"}'}}]);
        expect(mm.connections[0]).toMatchObject({authorization: 'Bearer bot-token', url: '/api/v4/websocket?connection_id=&sequence_number=0'});
    });

    it('reconnects after the connection drops, resuming its sequence, and takes the new connection\'s events', async () => {
        mm = await fakeMattermost();
        socket = open();
        await mm.connected(1);
        await received(1);
        mm.connections[0]?.socket.terminate();
        await mm.connected(2);
        await received(2);
        mm.connections[1]?.send('posted', {post: '{"id":"p2"}'});
        await received(3);
        expect(events.map((e) => e.event)).toEqual(['hello', 'hello', 'posted']);
        expect(mm.connections[1]?.url).toBe('/api/v4/websocket?connection_id=conn-1&sequence_number=1&disconnect_err_code=1006');
    });

    it('leaves no timer behind when closed while a reconnect is pending', async () => {
        vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval']});
        mm = await fakeMattermost();
        socket = open();
        await mm.connected(1);
        await received(1);
        mm.connections[0]?.socket.terminate();
        while (warnings.length === 0) {
            await tick();
        }
        // The reconnect is due (the ping interval stopped with the connection).
        expect(vi.getTimerCount()).toBe(1);
        await socket.close();
        expect(vi.getTimerCount()).toBe(0);
        expect(mm.connections).toHaveLength(1);
    });

    it('stops for good when closed while still connecting', async () => {
        vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval']});
        mm = await fakeMattermost({holdUpgrade: true});
        socket = open();
        await mm.upgradeHeld();
        await socket.close();
        expect(vi.getTimerCount()).toBe(0);
        expect(events).toEqual([]);
    });
});
