import type {Ctx} from './context';
import {AppError} from './errors';
import {newId} from './ids';
import {generateActionIds, postForClient} from './post_actions';
import {postRow, type NewPost} from './rows';
import type {Post} from './types';

export function createPost(ctx: Ctx, input: NewPost): Post {
    const {state} = ctx;
    const channel = state.channels.get(input.channel_id);
    if (!channel) {
        throw new AppError(400, 'api.post.create_post.channel_id.app_error', 'Invalid channel_id parameter.');
    }
    const root = input.root_id ? state.posts.get(input.root_id) : undefined;
    if (input.root_id && (root?.channel_id !== channel.id || root.root_id !== '')) {
        throw new AppError(400, 'api.post.create_post.root_id.app_error', 'Invalid RootId parameter.');
    }
    // Strictly increasing create_at keeps "newest last" unambiguous for clients that sort by it.
    const post = postRow(input, Math.max(ctx.now(), channel.last_post_at + 1));
    generateActionIds(post.props);
    state.posts.set(post.id, post);
    channel.last_post_at = post.create_at;
    channel.total_msg_count += 1;
    if (root) {
        root.reply_count += 1;
        root.last_reply_at = post.create_at;
    } else {
        channel.last_root_post_at = post.create_at;
        channel.total_msg_count_root += 1;
    }
    publishPosted(ctx, post);
    return post;
}

function publishPosted(ctx: Ctx, post: Post): void {
    const channel = ctx.state.channels.get(post.channel_id);
    const sender = ctx.state.users.get(post.user_id);
    const overrideName = post.props.override_username;
    ctx.hub.publish('posted', {
        post: JSON.stringify(postForClient(post, ctx.cookieKey)),
        channel_type: channel?.type ?? 'O', channel_display_name: channel?.display_name ?? '',
        channel_name: channel?.name ?? '', team_id: channel?.team_id ?? '', set_online: true,
        sender_name: typeof overrideName === 'string' ? overrideName : `@${sender?.username ?? ''}`,
    }, {channel_id: post.channel_id});
}

export function publishEdited(ctx: Ctx, post: Post): void {
    ctx.hub.publish('post_edited', {post: JSON.stringify(postForClient(post, ctx.cookieKey))}, {channel_id: post.channel_id});
}

// Ephemeral posts are never stored: they exist only as the websocket event to their one reader.
export function sendEphemeral(ctx: Ctx, userId: string, input: Omit<NewPost, 'user_id'> & {user_id?: string}): Post {
    const now = ctx.now();
    const post: Post = {
        ...postRow({...input, user_id: input.user_id ?? userId}, now),
        id: newId(), type: 'system_ephemeral',
    };
    generateActionIds(post.props);
    const forClient = postForClient(post, ctx.cookieKey);
    ctx.hub.publish('ephemeral_message', {post: JSON.stringify(forClient)}, {user_id: userId, channel_id: post.channel_id});
    return forClient;
}
