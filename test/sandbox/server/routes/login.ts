import type {FastifyInstance, FastifyReply, FastifyRequest} from 'fastify';
import {me} from '../auth';
import {objectBody} from '../body';
import type {Ctx} from '../context';
import {AppError} from '../errors';
import {SANDBOX_PASSWORD} from '../seed';
import {createSession} from '../sessions';
import type {Session, User} from '../types';

// SessionLengthWebInHours default (720 h).
const COOKIE_MAX_AGE_S = 720 * 3600;

const invalidCredentials = () => new AppError(401, 'api.user.login.invalid_credentials_email_username',
    'Enter a valid email or username and/or password.');

function findLoginUser(ctx: Ctx, body: Record<string, unknown>): User | undefined {
    const {login_id: loginId, id} = body;
    if (typeof id === 'string' && id !== '') {
        return ctx.state.users.get(id);
    }
    if (typeof loginId !== 'string') {
        return undefined;
    }
    const wanted = loginId.toLowerCase();
    return [...ctx.state.users.values()].find((u) => u.username === wanted || u.email === wanted);
}

function attachCookies(req: FastifyRequest, reply: FastifyReply, session: Session): void {
    const secure = req.protocol === 'https' || req.headers['x-forwarded-proto'] === 'https';
    const base = {path: '/', maxAge: COOKIE_MAX_AGE_S, secure, sameSite: 'lax' as const};
    void reply.setCookie('MMAUTHTOKEN', session.token, {...base, httpOnly: true});
    void reply.setCookie('MMUSERID', session.userId, base);
    void reply.setCookie('MMCSRF', session.csrf, base);
}

export function loginRoutes(app: FastifyInstance, ctx: Ctx): void {
    app.post('/users/login', {config: {isPublic: true}}, (req, reply) => {
        const body = objectBody(req.body, 'login');
        const user = findLoginUser(ctx, body);
        if (user?.is_bot) {
            throw new AppError(401, 'api.user.login.bot_login_forbidden.app_error', 'Bot login is forbidden.');
        }
        if (!user || user.delete_at !== 0 || body.password !== SANDBOX_PASSWORD) {
            throw invalidCredentials();
        }
        const session = createSession(ctx.state, user.id, false);
        void reply.header('Token', session.token);
        // Mattermost sets cookies only for the web app (which always sends X-Requested-With).
        if (req.headers['x-requested-with'] === 'XMLHttpRequest') {
            attachCookies(req, reply, session);
        }
        return user;
    });

    app.post('/users/logout', {config: {isPublic: true}}, (req, reply) => {
        if (req.auth) {
            ctx.state.sessions.delete(me(req).session.token);
        }
        for (const name of ['MMAUTHTOKEN', 'MMUSERID', 'MMCSRF']) {
            void reply.clearCookie(name, {path: '/'});
        }
        return {status: 'OK'};
    });
}
