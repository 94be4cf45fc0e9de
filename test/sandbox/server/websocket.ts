import type {FastifyInstance, FastifyRequest} from 'fastify';
import type {WebSocket} from 'ws';
import {sessionFor, tokenFrom} from './auth';
import {parseRecord} from './body';
import type {Ctx} from './context';
import {MATTERMOST_VERSION} from './paths';
import {isRecord} from './post_actions';

type Query = {connection_id?: string; sequence_number?: string};

function initialUser(ctx: Ctx, req: FastifyRequest): string | null {
    try {
        const found = tokenFrom(req);
        return found ? sessionFor(ctx, found.token)?.user.id ?? null : null;
    } catch {
        return null;
    }
}

// One socket's state: who it is (null until authenticated) and the hub connection it resumes or got.
type Client = {socket: WebSocket; userId: string | null; connectionId: string; resumeId: string; resumeSeq: number};

// GET /api/v4/websocket: cookie/header auth at upgrade or an authentication_challenge message; events
// are numbered per connection from 0 (hello), replies carry seq_reply, as @mattermost/client expects.
export function websocketRoutes(app: FastifyInstance, ctx: Ctx): void {
    app.get<{Querystring: Query}>('/api/v4/websocket', {websocket: true}, (socket: WebSocket, req) => {
        const client: Client = {
            socket, userId: null, connectionId: '',
            resumeId: req.query.connection_id ?? '', resumeSeq: Number(req.query.sequence_number ?? 0) || 0,
        };
        const userId = initialUser(ctx, req);
        if (userId) {
            attachClient(ctx, client, userId);
        }
        socket.on('message', (raw: Buffer) => onFrame(ctx, client, parseRecord(raw.toString('utf8'))));
        socket.on('close', () => {
            if (client.connectionId) {
                ctx.hub.detach(client.connectionId);
            }
        });
    });
}

function attachClient(ctx: Ctx, client: Client, userId: string): void {
    client.userId = userId;
    client.connectionId = ctx.hub.attach(client.socket, userId, client.resumeId, client.resumeSeq);
}

function reply(client: Client, seq: unknown, body: Record<string, unknown>): void {
    client.socket.send(JSON.stringify({...body, seq_reply: seq}));
}

function fail(client: Client, seq: unknown, id: string, message: string): void {
    reply(client, seq, {status: 'FAIL', error: {id, message}});
}

function onFrame(ctx: Ctx, client: Client, msg: Record<string, unknown> | null): void {
    if (!msg) {
        return;
    }
    if (msg.action === 'authentication_challenge') {
        authenticateClient(ctx, client, msg);
        return;
    }
    if (!client.userId) {
        fail(client, msg.seq, 'api.web_socket_router.not_authenticated.app_error', 'Not authenticated.');
        return;
    }
    const data = msg.action === 'ping' ? {text: 'pong', version: MATTERMOST_VERSION, server_time: ctx.now(), node_id: ''} : undefined;
    reply(client, msg.seq, {status: 'OK', ...(data ? {data} : {})});
}

function authenticateClient(ctx: Ctx, client: Client, msg: Record<string, unknown>): void {
    const token = isRecord(msg.data) && typeof msg.data.token === 'string' ? msg.data.token : '';
    const userId = sessionFor(ctx, token)?.user.id;
    if (!userId) {
        fail(client, msg.seq, 'api.web_socket_router.bad_token.app_error', 'Invalid token.');
        return;
    }
    reply(client, msg.seq, {status: 'OK'});
    if (!client.userId) {
        attachClient(ctx, client, userId);
    }
}
