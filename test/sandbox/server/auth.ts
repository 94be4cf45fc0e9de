import type {FastifyReply, FastifyRequest} from 'fastify';
import type {Ctx} from './context';
import {AppError, sessionExpired} from './errors';
import type {Session, User} from './types';

export type Auth = {session: Session; user: User; viaCookie: boolean};

declare module 'fastify' {
    interface FastifyRequest {
        auth: Auth | null;
    }
    interface FastifyContextConfig {
        // Routes Mattermost serves without a session (login, ping, client config, ...).
        isPublic?: boolean;
    }
}

// Mattermost's order: the MMAUTHTOKEN cookie wins, then `Authorization: Bearer|Token <t>` (any case).
export function tokenFrom(req: FastifyRequest): {token: string; viaCookie: boolean} | null {
    const cookie = req.cookies.MMAUTHTOKEN;
    if (cookie) {
        return {token: cookie, viaCookie: true};
    }
    const header = req.headers.authorization ?? '';
    const match = /^(bearer|token)\s+(\S+)$/i.exec(header.trim());
    if (match?.[2]) {
        return {token: match[2], viaCookie: false};
    }
    if (typeof (req.query as Record<string, unknown>).access_token === 'string') {
        throw new AppError(401, 'api.context.token_provided.app_error', 'Session is not OAuth but token was provided in the query string.');
    }
    return null;
}

export function sessionFor(ctx: Ctx, token: string): Auth | null {
    const session = ctx.state.sessions.get(token);
    const user = session ? ctx.state.users.get(session.userId) : undefined;
    return session && user && user.delete_at === 0 ? {session, user, viaCookie: false} : null;
}

function passesCsrf(ctx: Ctx, req: FastifyRequest, session: Session): boolean {
    if (req.headers['x-csrf-token'] === session.csrf && session.csrf !== '') {
        return true;
    }
    return req.headers['x-requested-with'] === 'XMLHttpRequest' && !ctx.state.config.strictCsrf;
}

export function authenticate(ctx: Ctx) {
    return async (req: FastifyRequest, reply: FastifyReply): Promise<void> => {
        const found = tokenFrom(req);
        const auth = found ? sessionFor(ctx, found.token) : null;
        req.auth = auth ? {...auth, viaCookie: found?.viaCookie ?? false} : null;
        if (req.routeOptions.config.isPublic) {
            return;
        }
        if (!req.auth) {
            if (found?.viaCookie) {
                void reply.clearCookie('MMAUTHTOKEN', {path: '/'});
            }
            throw sessionExpired();
        }
        if (req.auth.viaCookie && req.method !== 'GET' && !passesCsrf(ctx, req, req.auth.session)) {
            throw sessionExpired();
        }
    };
}

// Handlers of non-public routes call this; the hook above has already refused anonymous requests.
export function me(req: FastifyRequest): Auth {
    if (!req.auth) {
        throw sessionExpired();
    }
    return req.auth;
}
