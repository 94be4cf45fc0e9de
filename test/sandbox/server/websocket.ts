import type {FastifyInstance, FastifyRequest} from 'fastify';
import type {WebSocket} from 'ws';
import {sessionFor, tokenFrom} from './auth';
import type {Ctx} from './context';
import {MATTERMOST_VERSION} from './paths';
import {isRecord} from './post_actions';

type Query = {connection_id?: string; sequence_number?: string};

function parseFrame(raw: Buffer): Record<string, unknown> | null {
    try {
        const value: unknown = JSON.parse(raw.toString('utf8'));
        return isRecord(value) ? value : null;
    } catch {
        return null;
    }
}

function initialUser(ctx: Ctx, req: FastifyRequest): string | null {
    try {
        const found = tokenFrom(req);
        return found ? sessionFor(ctx, found.token)?.user.id ?? null : null;
    } catch {
        return null;
    }
}

// GET /api/v4/websocket: cookie/header auth at upgrade or an authentication_challenge message; events
// are numbered per connection from 0 (hello), replies carry seq_reply, as @mattermost/client expects.
export function websocketRoutes(app: FastifyInstance, ctx: Ctx): void {
    app.get<{Querystring: Query}>('/api/v4/websocket', {websocket: true}, (socket: WebSocket, req) => {
        const wanted = {id: req.query.connection_id ?? '', seq: Number(req.query.sequence_number ?? 0) || 0};
        let connectionId = '';
        let userId = initialUser(ctx, req);
        const start = (uid: string) => {
            connectionId = ctx.hub.attach(socket, uid, wanted.id, wanted.seq);
        };
        if (userId) {
            start(userId);
        }
        const reply = (seq: unknown, body: Record<string, unknown>) => socket.send(JSON.stringify({...body, seq_reply: seq}));
        socket.on('message', (raw: Buffer) => {
            const msg = parseFrame(raw);
            if (!msg) {
                return;
            }
            if (msg.action === 'authentication_challenge') {
                const token = isRecord(msg.data) && typeof msg.data.token === 'string' ? msg.data.token : '';
                const uid = sessionFor(ctx, token)?.user.id;
                if (!uid) {
                    reply(msg.seq, {status: 'FAIL', error: {id: 'api.web_socket_router.bad_token.app_error', message: 'Invalid token.'}});
                    return;
                }
                reply(msg.seq, {status: 'OK'});
                if (!userId) {
                    userId = uid;
                    start(uid);
                }
                return;
            }
            if (!userId) {
                reply(msg.seq, {status: 'FAIL', error: {id: 'api.web_socket_router.not_authenticated.app_error', message: 'Not authenticated.'}});
                return;
            }
            const data = msg.action === 'ping' ? {text: 'pong', version: MATTERMOST_VERSION, server_time: ctx.now(), node_id: ''} : undefined;
            reply(msg.seq, {status: 'OK', ...(data ? {data} : {})});
        });
        socket.on('close', () => {
            if (connectionId) {
                ctx.hub.detach(connectionId);
            }
        });
    });
}
