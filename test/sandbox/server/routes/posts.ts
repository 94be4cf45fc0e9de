import type {FastifyInstance} from 'fastify';
import {me, type Auth} from '../auth';
import {objectBody, optionalObject, optionalString, requiredString, slicePage, type Query} from '../body';
import type {Ctx} from '../context';
import {AppError, forbidden, notFound} from '../errors';
import {memberChannel, readableChannel, requireSelf} from '../permissions';
import {postForClient} from '../post_actions';
import {createPost, publishEdited, sendEphemeral} from '../post_ops';
import type {Post} from '../types';
import {postThread, requirePostId, threadOptions} from './post_thread';

type P = {post_id: string};
const MAX_MESSAGE = 16383;

export function postRoutes(app: FastifyInstance, ctx: Ctx): void {
    const out = (post: Post) => postForClient(post, ctx.cookieKey);
    app.post('/posts', async (req, reply) => reply.code(201).send(out(createFromBody(ctx, me(req), req.body))));
    app.get<{Params: P}>('/posts/:post_id', (req) => out(readablePost(ctx, me(req).user.id, req.params.post_id)));
    app.get<{Params: P; Querystring: Query}>('/posts/:post_id/thread', (req) => {
        const thread = threadOf(ctx, me(req).user.id, req.params.post_id, req.query);
        return {
            order: thread.order, posts: Object.fromEntries(thread.posts.map((p) => [p.id, out(p)])),
            next_post_id: '', prev_post_id: '', has_next: thread.hasNext, first_inaccessible_post_time: 0,
        };
    });
    app.put<{Params: P}>('/posts/:post_id/patch', (req) => out(patchPost(ctx, me(req).user.id, req.params.post_id, req.body)));
    for (const [action, pinned] of [['pin', true], ['unpin', false]] as const) {
        app.post<{Params: P}>(`/posts/:post_id/${action}`, (req) => setPinned(ctx, me(req).user.id, req.params.post_id, pinned));
    }
    app.post('/posts/ephemeral', async (req, reply) => reply.code(201).send(ephemeralFromBody(ctx, me(req), req.body)));
    app.get<{Params: {channel_id: string}; Querystring: Query}>('/channels/:channel_id/posts', (req) => {
        const channel = readableChannel(ctx.state, me(req).user.id, req.params.channel_id);
        const posts = selectPosts(ctx.state.postsOfChannel(channel.id), req.query);
        return {
            order: posts.map((p) => p.id), posts: Object.fromEntries(posts.map((p) => [p.id, out(p)])),
            next_post_id: '', prev_post_id: '', has_next: false, first_inaccessible_post_time: 0,
        };
    });
}

function readablePost(ctx: Ctx, userId: string, postId: string): Post {
    const post = ctx.state.posts.get(postId);
    if (!post || post.delete_at !== 0) {
        throw notFound('app.post.get.app_error', 'Unable to get the post.');
    }
    readableChannel(ctx.state, userId, post.channel_id);
    return post;
}

// api4 getPostThread's order: a malformed id or parameter is 400 before the post is looked up (404) or read (403).
function threadOf(ctx: Ctx, userId: string, postId: string, query: Query) {
    const id = requirePostId(postId);
    const options = threadOptions(query);
    return postThread(ctx.state, readablePost(ctx, userId, id), options);
}

function createFromBody(ctx: Ctx, {user}: Auth, raw: unknown): Post {
    const body = objectBody(raw, 'post');
    const channel = memberChannel(ctx.state, user.id, requiredString(body, 'channel_id'));
    const message = optionalString(body, 'message') ?? '';
    if (message.length > MAX_MESSAGE) {
        throw new AppError(400, 'model.post.is_valid.message_length.app_error', `Message property length is greater than ${MAX_MESSAGE} characters.`);
    }
    const props = {...optionalObject(body, 'props') ?? {}, ...(user.is_bot ? {from_bot: 'true'} : {})};
    return createPost(ctx, {
        channel_id: channel.id, user_id: user.id, message, props, root_id: optionalString(body, 'root_id') ?? '',
        pending_post_id: optionalString(body, 'pending_post_id') ?? '',
    });
}

function patchPost(ctx: Ctx, userId: string, postId: string, raw: unknown): Post {
    const post = readablePost(ctx, userId, postId);
    requireSelf(ctx.state, userId, post.user_id);
    applyPatch(post, objectBody(raw, 'post'), ctx.now());
    publishEdited(ctx, post);
    return post;
}

function setPinned(ctx: Ctx, userId: string, postId: string, pinned: boolean) {
    const post = readablePost(ctx, userId, postId);
    memberChannel(ctx.state, userId, post.channel_id);
    post.is_pinned = pinned;
    post.update_at = ctx.now();
    publishEdited(ctx, post);
    return {status: 'OK'};
}

function ephemeralFromBody(ctx: Ctx, {user}: Auth, raw: unknown): Post {
    // create_post_ephemeral: system admins have it; the sandbox also grants it to bots.
    if (!user.is_bot && !ctx.state.isSystemAdmin(user.id)) {
        throw forbidden();
    }
    const body = objectBody(raw, 'ephemeral_post');
    const post = objectBody(body.post, 'post');
    const channel = memberChannel(ctx.state, user.id, requiredString(post, 'channel_id'));
    return sendEphemeral(ctx, requiredString(body, 'user_id'), {
        channel_id: channel.id, user_id: user.id, message: optionalString(post, 'message') ?? '',
        root_id: optionalString(post, 'root_id') ?? '', props: optionalObject(post, 'props') ?? {},
    });
}

function applyPatch(post: Post, patch: Record<string, unknown>, now: number): void {
    const message = optionalString(patch, 'message');
    if (message !== undefined && message !== post.message) {
        post.message = message;
        post.edit_at = now;
    }
    const props = optionalObject(patch, 'props');
    if (props) {
        post.props = props;
    }
    if (typeof patch.is_pinned === 'boolean') {
        post.is_pinned = patch.is_pinned;
    }
    post.update_at = now;
}

// Newest first, like Mattermost: `since` returns everything changed after it, otherwise a page.
function selectPosts(all: Post[], q: Query): Post[] {
    if (q.since) {
        return all.filter((p) => p.update_at > Number(q.since));
    }
    let rows = all;
    if (q.before) {
        const i = rows.findIndex((p) => p.id === q.before);
        rows = i < 0 ? [] : rows.slice(i + 1);
    } else if (q.after) {
        const i = rows.findIndex((p) => p.id === q.after);
        rows = i < 0 ? [] : rows.slice(0, i);
    }
    return slicePage(rows, q);
}
