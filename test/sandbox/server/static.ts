import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import fastifyStatic from '@fastify/static';
import type {FastifyInstance, FastifyReply, FastifyRequest} from 'fastify';
import {errorBody, notFound} from './errors';
import {PLUGIN_BUNDLE_ROUTE} from './paths';

export type StaticOptions = {hostDir: string; pluginBundlePath: string};

const NOT_BUILT = 'The sandbox host page is not built yet. Run the host build (test/sandbox/host), then reload.\n';

async function readOrNull(path: string): Promise<Buffer | null> {
    try {
        return await readFile(path);
    } catch {
        return null;
    }
}

// Files are read per request so a rebuilt bundle or host page shows up on reload without a restart.
export async function staticRoutes(app: FastifyInstance, opts: StaticOptions): Promise<void> {
    await app.register(fastifyStatic, {root: opts.hostDir, prefix: '/static/host/', cacheControl: false, etag: false});

    app.get(PLUGIN_BUNDLE_ROUTE, async (req, reply) => {
        const bundle = await readOrNull(opts.pluginBundlePath);
        if (!bundle) {
            const err = notFound('app.plugin.bundle_not_built.app_error', `Plugin bundle not found at ${opts.pluginBundlePath}; build the webapp first.`);
            return reply.code(404).send(errorBody(err, req.id));
        }
        return reply.type('application/javascript').header('Cache-Control', 'no-cache').send(bundle);
    });

    app.setNotFoundHandler(async (req: FastifyRequest, reply: FastifyReply) => {
        const path = req.url.split('?')[0] ?? '';
        const isAppPage = req.method === 'GET' && !/^\/(api|static|sre-toolkit|hooks)(\/|$)/.test(path);
        if (!isAppPage) {
            return reply.code(404).send(errorBody(notFound('api.context.404.app_error', 'Sorry, we could not find the page.'), req.id));
        }
        const page = await readOrNull(join(opts.hostDir, 'index.html'));
        return page ? reply.type('text/html').send(page) : reply.type('text/plain').send(NOT_BUILT);
    });
}
