import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import fastifyWebsocket from '@fastify/websocket';
import Fastify, {type FastifyInstance} from 'fastify';
import {authenticate} from './auth';
import type {Ctx} from './context';
import {handleError} from './errors';
import {installFaults} from './faults';
import {newId} from './ids';
import {MATTERMOST_VERSION} from './paths';
import {proxyRoutes} from './proxy';
import {actionRoutes} from './routes/actions';
import {botRoutes} from './routes/bots';
import {channelRoutes} from './routes/channels';
import {commandExecuteRoutes} from './routes/command_execute';
import {commandHookRoutes} from './routes/command_hooks';
import {commandRoutes} from './routes/commands';
import {dialogRoutes} from './routes/dialogs';
import {loginRoutes} from './routes/login';
import {postRoutes} from './routes/posts';
import {systemRoutes} from './routes/system';
import {teamRoutes} from './routes/teams';
import {userTeamRoutes} from './routes/user_teams';
import {userRoutes} from './routes/users';
import {staticRoutes, type StaticOptions} from './static';
import {websocketRoutes} from './websocket';

const API_ROUTES = [
    loginRoutes, userRoutes, userTeamRoutes, teamRoutes, channelRoutes, postRoutes, commandRoutes,
    commandExecuteRoutes, dialogRoutes, actionRoutes, systemRoutes, botRoutes,
];

function addMattermostHeaders(app: FastifyInstance): void {
    const versionId = `${MATTERMOST_VERSION}.sandbox.${newId().slice(0, 8)}.false`;
    app.addHook('onRequest', (req, reply, done) => {
        void reply.header('X-Request-ID', req.id).header('X-Version-Id', versionId);
        done();
    });
    // Client4 parses a body as JSON only when Content-Type is exactly "application/json", as Mattermost sends it.
    app.addHook('onSend', async (_req, reply, payload) => {
        if (String(reply.getHeader('content-type') ?? '').startsWith('application/json')) {
            void reply.header('content-type', 'application/json');
        }
        return payload;
    });
}

export async function buildApp(ctx: Ctx, opts: StaticOptions & {logger: boolean}): Promise<FastifyInstance> {
    const app = Fastify({logger: opts.logger, genReqId: () => newId(), bodyLimit: 10 << 20});
    addMattermostHeaders(app);
    app.setErrorHandler(handleError);
    await app.register(fastifyCookie);
    await app.register(fastifyFormbody);
    await app.register(fastifyWebsocket);
    const auth = authenticate(ctx);
    await app.register((api, _opts, done) => {
        api.decorateRequest('auth', null);
        installFaults(api, ctx.state.faults);
        api.addHook('onRequest', auth);
        for (const routes of API_ROUTES) {
            routes(api, ctx);
        }
        done();
    }, {prefix: '/api/v4'});
    commandHookRoutes(app, ctx);
    websocketRoutes(app, ctx);
    await proxyRoutes(app, ctx.state);
    await staticRoutes(app, opts);
    return app;
}
