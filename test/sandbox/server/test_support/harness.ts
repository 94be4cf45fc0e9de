import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {Client4, WebSocketClient} from '@mattermost/client';
import {WebSocket} from 'ws';
import {startSandbox, type Sandbox} from '../index';
import {contractProblems} from './contract';

export type Recorder = {problems: string[]; checked: number; restore: () => void};

// Wraps global fetch (which Client4 uses) so every /api/v4 answer a test receives is held to the contract.
export function recordContract(baseUrl: () => string): Recorder {
    const original = globalThis.fetch;
    const recorder: Recorder = {problems: [], checked: 0, restore: () => {
        globalThis.fetch = original;
    }};
    globalThis.fetch = async (input, init) => {
        const res = await original(input, init);
        const url = new URL(typeof input === 'string' || input instanceof URL ? input.toString() : input.url);
        if (url.origin === baseUrl() && url.pathname.startsWith('/api/v4/') &&
            (res.headers.get('content-type') ?? '').startsWith('application/json')) {
            const body: unknown = await res.clone().json();
            recorder.checked += 1;
            recorder.problems.push(...contractProblems(init?.method ?? 'GET', url.pathname, res.status, body));
        }
        return res;
    };
    return recorder;
}

export async function startTestSandbox(): Promise<Sandbox> {
    const empty = mkdtempSync(join(tmpdir(), 'sandbox-test-'));
    return startSandbox({port: 0, hostDir: empty, pluginBundlePath: join(empty, 'main.js')});
}

export function client(sandbox: Sandbox, token: string): Client4 {
    const c = new Client4();
    c.setUrl(sandbox.url);
    c.setToken(token);
    return c;
}

export async function clientAs(sandbox: Sandbox, username: string): Promise<Client4> {
    return client(sandbox, (await sandbox.login(username)).token);
}

export type WsMessage = {event?: string; seq?: number; seq_reply?: number; status?: string; data?: Record<string, unknown>;
    broadcast?: Record<string, unknown>};

// Node 20 has no global WebSocket; the client reads WebSocket.OPEN from it.
if (!('WebSocket' in globalThis)) {
    Object.assign(globalThis, {WebSocket});
}

// The real WebSocketClient of @mattermost/client; `events` collects every event it accepted in order.
export function openSocket(sandbox: Sandbox, token: string, headers: Record<string, string> = {}) {
    const events: WsMessage[] = [];
    const ws = new WebSocketClient({newWebSocketFn: (url: string) => new WebSocket(url, {headers}) as unknown as globalThis.WebSocket});
    ws.addMessageListener((msg) => events.push(msg as WsMessage));
    ws.initialize(`${sandbox.url.replace('http', 'ws')}/api/v4/websocket`, token);
    return {ws, events, close: () => ws.close()};
}

export function parsedPost(msg: WsMessage): Record<string, unknown> {
    return JSON.parse(String(msg.data?.post)) as Record<string, unknown>;
}
