import '@fastify/cookie';
import fp from 'fastify-plugin';
import type {FastifyReply, FastifyRequest} from 'fastify';
import type {Problem} from '../contract/summary.js';
import type {SessionUser, WhoAmI} from './who_am_i.js';

declare module 'fastify' {
    interface FastifyRequest {
        user: SessionUser | null;
    }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

// fastify-plugin so the hook lands in the scope that registers it (api/v1), not in a child of it.
export const authPlugin = fp<{whoAmI: WhoAmI}>((app, {whoAmI}, done) => {
    // Fastify 5 refuses object defaults on requests: declare null, fill in per request.
    app.decorateRequest('user', null);
    app.addHook('onRequest', async (req, reply) => {
        const cookieToken = req.cookies.MMAUTHTOKEN;
        const token = cookieToken ?? bearerToken(req.headers.authorization);
        if (token === undefined || token === '') {
            return deny(reply, 401, {code: 'unauthenticated', message: 'Sign in to Mattermost: send the MMAUTHTOKEN cookie or an Authorization: Bearer <token> header'});
        }
        // Mattermost's rule: only cookie-authenticated calls can be forged cross-site, so only they need CSRF proof.
        if (cookieToken !== undefined && !SAFE_METHODS.has(req.method)) {
            const problem = csrfProblem(req);
            if (problem !== null) {
                return deny(reply, 403, {code: 'csrf_failed', message: problem});
            }
        }
        const who = await whoAmI(token);
        if (who.ok) {
            req.user = who.value;
            return;
        }
        return who.error === 'invalid' ?
            deny(reply, 401, {code: 'session_invalid', message: 'Mattermost rejected the session token; sign in again'}) :
            deny(reply, 503, {code: 'mattermost_unreachable', message: 'Mattermost cannot be reached to check the session; try again shortly'});
    });
    done();
});

function bearerToken(header: string | undefined): string | undefined {
    const match = /^(bearer|token)\s+(\S+)$/i.exec(header?.trim() ?? '');
    return match?.[2];
}

function csrfProblem(req: FastifyRequest): string | null {
    if (req.headers['x-requested-with'] !== 'XMLHttpRequest') {
        return 'missing header X-Requested-With: XMLHttpRequest';
    }
    const sent = req.headers['x-csrf-token'];
    const expected = req.cookies.MMCSRF;
    if (expected === undefined || expected === '') {
        return 'missing MMCSRF cookie to check X-CSRF-Token against';
    }
    if (typeof sent !== 'string' || sent === '') {
        return 'missing header X-CSRF-Token (the value of the MMCSRF cookie)';
    }
    return sent === expected ? null : 'header X-CSRF-Token does not match the MMCSRF cookie';
}

async function deny(reply: FastifyReply, status: number, problem: Problem): Promise<void> {
    await reply.code(status).send(problem);
}
