import type {FastifyInstance} from 'fastify';
import {openCookie, type ActionCookie} from '../action_cookie';
import {me} from '../auth';
import {optionalString} from '../body';
import type {Ctx} from '../context';
import {notFound} from '../errors';
import {postToIntegration} from '../integration_http';
import {actionCookie, findAction, isRecord} from '../post_actions';
import {readableChannel} from '../permissions';
import {publishEdited, sendEphemeral} from '../post_ops';
import {createTriggerId} from '../trigger_id';
import type {Post, User} from '../types';

type Params = {post_id: string; action_id: string};
const missingAction = () => notFound('api.post.do_action.action_id.app_error', 'Invalid action id.');

// A stored post is the truth; the sealed cookie stands in only for posts that were never stored.
function resolveAction(ctx: Ctx, params: Params, cookie: string | undefined): ActionCookie {
    const post = ctx.state.posts.get(params.post_id);
    if (post) {
        const action = findAction(post, params.action_id);
        if (!action?.integration?.url) {
            throw missingAction();
        }
        return actionCookie(post, action);
    }
    const sealed = cookie ? openCookie(ctx.cookieKey, cookie) : null;
    if (sealed?.post_id !== params.post_id) {
        throw missingAction();
    }
    return sealed;
}

function applyUpdate(ctx: Ctx, post: Post, update: Record<string, unknown>): void {
    const message = typeof update.message === 'string' ? update.message : '';
    post.update_at = ctx.now();
    if (message !== post.message) {
        post.message = message;
        post.edit_at = post.update_at;
    }
    if (isRecord(update.props)) {
        post.props = update.props;
    }
    publishEdited(ctx, post);
}

export function actionRoutes(app: FastifyInstance, ctx: Ctx): void {
    app.post<{Params: Params}>('/posts/:post_id/actions/:action_id', async (req) =>
        runAction(ctx, me(req).user, req.params, isRecord(req.body) ? req.body : {}));
}

async function runAction(ctx: Ctx, user: User, params: Params, body: Record<string, unknown>) {
    const action = resolveAction(ctx, params, optionalString(body, 'cookie'));
    const channel = readableChannel(ctx.state, user.id, action.channel_id);
    const selected = optionalString(body, 'selected_option') ?? '';
    const {triggerId} = createTriggerId(ctx.triggerKey, user.id, ctx.now());
    const payload = {
        user_id: user.id, user_name: user.username, channel_id: channel.id, channel_name: channel.name,
        team_id: channel.team_id, team_domain: ctx.state.teams.get(channel.team_id)?.name ?? '', post_id: params.post_id,
        trigger_id: triggerId, type: action.type, data_source: action.data_source,
        context: selected ? {...action.integration.context, selected_option: selected} : action.integration.context,
    };
    const url = new URL(action.integration.url, ctx.state.config.siteUrl).toString();
    applyAnswer(ctx, user.id, action, await postToIntegration(url, payload, ctx.state.config.integrationTimeoutMs));
    return {status: 'OK', trigger_id: triggerId};
}

// The integration may rewrite the stored post and/or answer the clicker alone.
function applyAnswer(ctx: Ctx, userId: string, action: ActionCookie, answer: Record<string, unknown>): void {
    const post = ctx.state.posts.get(action.post_id);
    if (post && isRecord(answer.update)) {
        applyUpdate(ctx, post, answer.update);
    }
    if (typeof answer.ephemeral_text === 'string' && answer.ephemeral_text !== '') {
        sendEphemeral(ctx, userId, {channel_id: action.channel_id, message: answer.ephemeral_text, root_id: action.root_id,
            props: {from_webhook: 'true'}});
    }
}
