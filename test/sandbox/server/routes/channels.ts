import type {FastifyInstance} from 'fastify';
import {me} from '../auth';
import {objectBody, optionalString, requiredString, slicePage, stringArrayBody, type Query} from '../body';
import {addMember, createChannel, directChannel} from '../channel_ops';
import type {Ctx} from '../context';
import {AppError, forbidden, invalidBody, notFound} from '../errors';
import {memberChannel, readableChannel, requireTeamMember} from '../permissions';
import type {Channel, ChannelMember} from '../types';
import {resolveUserId, userOr404} from './users';

type C = {channel_id: string};

export function channelRoutes(app: FastifyInstance, ctx: Ctx): void {
    app.post('/channels', async (req, reply) => reply.code(201).send(createFromBody(ctx, me(req).user.id, req.body)));
    app.get<{Params: C}>('/channels/:channel_id', (req) => readableChannel(ctx.state, me(req).user.id, req.params.channel_id));
    app.put<{Params: C}>('/channels/:channel_id/patch', (req) => patchChannel(ctx, me(req).user.id, req.params.channel_id, req.body));
    channelMemberRoutes(app, ctx);
    app.post('/channels/direct', async (req, reply) => reply.code(201).send(openDirect(ctx, me(req).user.id, req.body)));
    app.post<{Params: {user_id: string}}>('/channels/members/:user_id/view', (req) =>
        viewChannel(ctx, resolveUserId(me(req).user.id, req.params.user_id), req.body));
}

function channelMemberRoutes(app: FastifyInstance, ctx: Ctx): void {
    app.get<{Params: C; Querystring: Query}>('/channels/:channel_id/members', (req) => {
        const channel = readableChannel(ctx.state, me(req).user.id, req.params.channel_id);
        return slicePage(ctx.state.membersOfChannel(channel.id), req.query);
    });
    app.get<{Params: C & {user_id: string}}>('/channels/:channel_id/members/:user_id', (req) =>
        getMember(ctx, me(req).user.id, req.params.channel_id, req.params.user_id));
    app.post<{Params: C}>('/channels/:channel_id/members', async (req, reply) =>
        reply.code(201).send(addMembersFromBody(ctx, me(req).user.id, req.params.channel_id, req.body)));
}

function createFromBody(ctx: Ctx, userId: string, raw: unknown): Channel {
    const body = objectBody(raw, 'channel');
    const type = requiredString(body, 'type');
    if (type !== 'O' && type !== 'P') {
        throw new AppError(400, 'model.channel.is_valid.type.app_error', 'Invalid type.');
    }
    const teamId = requiredString(body, 'team_id');
    requireTeamMember(ctx.state, userId, teamId);
    return createChannel(ctx, {
        team_id: teamId, type, name: requiredString(body, 'name'), display_name: requiredString(body, 'display_name'),
        purpose: optionalString(body, 'purpose') ?? '', header: optionalString(body, 'header') ?? '', creator_id: userId,
    });
}

function patchChannel(ctx: Ctx, userId: string, channelId: string, raw: unknown): Channel {
    const channel = memberChannel(ctx.state, userId, channelId);
    const body = objectBody(raw, 'channel');
    for (const key of ['name', 'display_name', 'purpose', 'header'] as const) {
        const value = optionalString(body, key);
        if (value !== undefined) {
            channel[key] = value;
        }
    }
    channel.update_at = ctx.now();
    ctx.hub.publish('channel_updated', {channel: JSON.stringify(channel)}, {channel_id: channel.id});
    return channel;
}

function getMember(ctx: Ctx, sessionUserId: string, channelId: string, userId: string): ChannelMember {
    const channel = readableChannel(ctx.state, sessionUserId, channelId);
    const member = ctx.state.channelMember(channel.id, resolveUserId(sessionUserId, userId));
    if (!member) {
        throw notFound('app.channel.get_member.missing.app_error', 'No channel member found for that user ID and channel ID.');
    }
    return member;
}

// Mattermost answers one member for user_id and an array for user_ids.
function addMembersFromBody(ctx: Ctx, userId: string, channelId: string, raw: unknown): ChannelMember | ChannelMember[] | undefined {
    const body = objectBody(raw, 'user_id');
    const channel = channelForAdding(ctx, userId, channelId);
    const single = optionalString(body, 'user_id');
    const ids = single ? [single] : stringArrayBody(body.user_ids, 'user_ids');
    if (ids.length === 0) {
        throw invalidBody('user_ids');
    }
    const members = ids.map((id) => addTeamUser(ctx, channel, id));
    return single ? members[0] : members;
}

function addTeamUser(ctx: Ctx, channel: Channel, userId: string): ChannelMember {
    userOr404(ctx, userId);
    if (ctx.state.teamMember(channel.team_id, userId)?.delete_at !== 0) {
        throw new AppError(403, 'api.channel.add_user.to.channel.failed.deleted.app_error',
            'Failed to add user to channel because they have been removed from the team.');
    }
    return addMember(ctx, channel, userId);
}

// Anyone in the team may add to a public channel; only members (or admins) to a private one.
function channelForAdding(ctx: Ctx, userId: string, channelId: string): Channel {
    const channel = readableChannel(ctx.state, userId, channelId);
    if (channel.type !== 'O' && channel.type !== 'P') {
        throw new AppError(400, 'api.channel.add_user_to_channel.type.app_error', 'Can not add user to this channel type.');
    }
    if (channel.type === 'P') {
        memberChannel(ctx.state, userId, channelId);
    }
    return channel;
}

function openDirect(ctx: Ctx, userId: string, raw: unknown): Channel {
    const ids = stringArrayBody(raw, 'user_ids');
    const [a, b] = ids;
    if (ids.length !== 2 || a === undefined || b === undefined) {
        throw invalidBody('user_ids');
    }
    if (!ids.includes(userId) && !ctx.state.isSystemAdmin(userId)) {
        throw forbidden();
    }
    ids.forEach((id) => userOr404(ctx, id));
    return directChannel(ctx, a, b);
}

function viewChannel(ctx: Ctx, userId: string, raw: unknown) {
    const channelId = optionalString(objectBody(raw, 'channel_view'), 'channel_id') ?? '';
    const member = ctx.state.channelMember(channelId, userId);
    const now = ctx.now();
    if (member) {
        member.last_viewed_at = now;
        member.msg_count = ctx.state.channels.get(channelId)?.total_msg_count ?? member.msg_count;
    }
    return {status: 'OK', last_viewed_at_times: member ? {[channelId]: now} : {}};
}
