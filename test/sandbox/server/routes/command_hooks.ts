import type {FastifyInstance} from 'fastify';
import {objectBody} from '../body';
import {handleCommandResponse} from '../command_response';
import type {Ctx} from '../context';
import {AppError} from '../errors';

// Mattermost accepts five delayed replies per command run, within 30 minutes.
const MAX_USES = 5;
const LIFETIME_MS = 30 * 60_000;

export function commandHookRoutes(app: FastifyInstance, ctx: Ctx): void {
    app.post<{Params: {hook_id: string}}>('/hooks/commands/:hook_id', (req, reply) => {
        const hook = ctx.state.commandHooks.get(req.params.hook_id);
        if (!hook || hook.uses >= MAX_USES || ctx.now() - hook.createAt > LIFETIME_MS) {
            throw new AppError(400, 'web.command_webhook.invalid.app_error', 'Invalid webhook.');
        }
        hook.uses += 1;
        handleCommandResponse(ctx, hook, objectBody(req.body, 'payload'));
        return reply.type('text/plain').send('ok');
    });
}
