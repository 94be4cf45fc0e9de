import httpProxy from '@fastify/http-proxy';
import type {FastifyInstance} from 'fastify';
import {AppError, errorBody} from './errors';
import type {SandboxState} from './state';

// /sre-toolkit/* goes to the companion with its path, cookies and headers, as nginx does in production.
// The upstream is read per request so the companion can start (or move) after the sandbox.
export async function proxyRoutes(app: FastifyInstance, state: SandboxState): Promise<void> {
    await app.register(async (scope) => {
        scope.addHook('onRequest', async (req, reply) => {
            if (state.config.companionUrl === '') {
                const err = new AppError(502, 'sandbox.proxy.no_companion', 'No companion is configured for /sre-toolkit (set COMPANION_URL).');
                return reply.code(502).send(errorBody(err, req.id));
            }
            return undefined;
        });
        await scope.register(httpProxy, {
            upstream: '',
            prefix: '/sre-toolkit',
            rewritePrefix: '/sre-toolkit',
            replyOptions: {
                getUpstream: () => state.config.companionUrl,
                onError: (reply) => {
                    const err = new AppError(502, 'sandbox.proxy.companion_unreachable', 'The companion did not answer.');
                    void reply.code(502).send(errorBody(err, reply.request.id));
                },
            },
        });
    });
}
