import mattermostClient from '@mattermost/client';
import {WebSocket} from 'ws';

// @mattermost/client is CommonJS without static named exports: take the class from the default export.
const {WebSocketClient} = mattermostClient;

export type SocketEvent = {event: string; data: unknown};
export type SocketLog = {info(obj: object, msg: string): void; warn(obj: object, msg: string): void};
// Mattermost's web app reconnects after 3 s (+ up to 2 s jitter), then backs off to 5 min after 7 failures.
export type SocketRetry = {minMs: number; maxMs: number; jitterMs: number; quickFailures: number};

export type BotSocketOptions = {
    mmUrl: string;
    botToken: string;
    onEvent: (event: SocketEvent) => void;
    log: SocketLog;
    retry?: Partial<SocketRetry>;
    // An unanswered ping closes and reopens the socket (a half-open TCP connection never reports itself).
    pingIntervalMs?: number;
};

export type BotSocket = {close(): Promise<void>};

const DEFAULT_RETRY: SocketRetry = {minMs: 3000, maxMs: 300_000, jitterMs: 2000, quickFailures: 7};

/**
 * The bot's Mattermost WebSocket, through the web app's own client: its reconnect with backoff, ping and
 * resume by connection id and sequence number. Every event (hello first on each new connection) goes to onEvent.
 */
export function openBotSocket(options: BotSocketOptions): BotSocket {
    installSocketGlobals();
    const retry = {...DEFAULT_RETRY, ...options.retry};
    let socket: WebSocket | null = null;
    const client = new WebSocketClient({
        // The token on the upgrade request authenticates before the server's hello, so no event falls between
        // "connected" and "subscribed" (an authentication_challenge is only answered after the socket opened).
        newWebSocketFn: (url: string) => {
            socket = new WebSocket(url, {headers: {Authorization: `Bearer ${options.botToken}`}});
            return socket as unknown as globalThis.WebSocket;
        },
        minWebSocketRetryTime: retry.minMs, maxWebSocketRetryTime: retry.maxMs, reconnectJitterRange: retry.jitterMs,
        maxWebSocketFails: retry.quickFailures, clientPingInterval: options.pingIntervalMs ?? 30_000,
    });
    client.addMessageListener((message) => options.onEvent({event: message.event, data: message.data}));
    // Not optional: only with a missed-message listener does the client accept a new connection's hello
    // (sequence 0) after a reconnect; without one it sees a sequence gap and reconnects forever.
    client.addMissedMessageListener(() => options.log.info({}, 'Mattermost WebSocket: new connection, missed events are caught up'));
    client.addCloseListener((failures) => {
        if (failures === 1) {
            options.log.warn({}, 'Mattermost WebSocket closed; reconnecting with backoff');
        }
    });
    client.addReconnectListener(() => options.log.info({}, 'Mattermost WebSocket reconnected'));
    client.initialize(`${options.mmUrl.replace(/^http/, 'ws')}/api/v4/websocket`);
    return {
        close: async () => {
            // Stops the ping timer and a pending reconnect; an open socket is closed without reconnecting.
            client.close();
            const current: WebSocket | null = socket;
            if (current !== null && current.readyState !== WebSocket.CLOSED) {
                await new Promise<void>((resolve) => {
                    current.once('close', () => resolve());
                    current.terminate();
                });
                // A socket still connecting closes through the client's own handler, which schedules a reconnect.
                client.close();
            }
        },
    };
}

// @mattermost/client reads WebSocket.OPEN and builds a CloseEvent from the globals: Node 20 has neither,
// Node 22 has no CloseEvent. Both are only installed where missing.
function installSocketGlobals(): void {
    if (!('WebSocket' in globalThis)) {
        Object.assign(globalThis, {WebSocket});
    }
    if (!('CloseEvent' in globalThis)) {
        Object.assign(globalThis, {CloseEvent: SocketCloseEvent});
    }
}

class SocketCloseEvent extends Event {
    readonly code: number;
    readonly reason: string;
    readonly wasClean: boolean;

    constructor(type: string, init: {code?: number; reason?: string; wasClean?: boolean} = {}) {
        super(type);
        this.code = init.code ?? 0;
        this.reason = init.reason ?? '';
        this.wasClean = init.wasClean ?? false;
    }
}
