import type {FastifyInstance} from 'fastify';
import {me} from '../auth';
import type {Ctx} from '../context';
import {notFound} from '../errors';

export function botRoutes(app: FastifyInstance, ctx: Ctx): void {
    app.get<{Params: {bot_user_id: string}}>('/bots/:bot_user_id', (req) => {
        me(req);
        const bot = ctx.state.bots.get(req.params.bot_user_id);
        if (!bot) {
            throw notFound('store.sql_bot.get.missing.app_error', 'Bot does not exist.');
        }
        return bot;
    });
}
