import type {FastifyInstance} from 'fastify';
import {me} from '../auth';
import {objectBody, optionalString, requiredString, slicePage, stringArrayBody, type Query} from '../body';
import {addMember, createChannel, directChannel} from '../channel_ops';
import type {Ctx} from '../context';
import {AppError, forbidden, invalidBody, notFound} from '../errors';
import {memberChannel, readableChannel, requireTeamMember} from '../permissions';
import type {Channel} from '../types';
import {resolveUserId, userOr404} from './users';

type C = {channel_id: string};

export function channelRoutes(app: FastifyInstance, ctx: Ctx): void {
    const {state} = ctx;

    app.post('/channels', async (req, reply) => {
        const userId = me(req).user.id;
        const body = objectBody(req.body, 'channel');
        const type = requiredString(body, 'type');
        if (type !== 'O' && type !== 'P') {
            throw new AppError(400, 'model.channel.is_valid.type.app_error', 'Invalid type.');
        }
        const teamId = requiredString(body, 'team_id');
        requireTeamMember(state, userId, teamId);
        const channel = createChannel(ctx, {
            team_id: teamId, type, name: requiredString(body, 'name'), display_name: requiredString(body, 'display_name'),
            purpose: optionalString(body, 'purpose') ?? '', header: optionalString(body, 'header') ?? '', creator_id: userId,
        });
        return reply.code(201).send(channel);
    });

    app.get<{Params: C}>('/channels/:channel_id', (req) => readableChannel(state, me(req).user.id, req.params.channel_id));

    app.put<{Params: C}>('/channels/:channel_id/patch', (req) => {
        const channel = memberChannel(state, me(req).user.id, req.params.channel_id);
        const body = objectBody(req.body, 'channel');
        for (const key of ['name', 'display_name', 'purpose', 'header'] as const) {
            const value = optionalString(body, key);
            if (value !== undefined) {
                channel[key] = value;
            }
        }
        channel.update_at = ctx.now();
        ctx.hub.publish('channel_updated', {channel: JSON.stringify(channel)}, {channel_id: channel.id});
        return channel;
    });

    app.get<{Params: C; Querystring: Query}>('/channels/:channel_id/members', (req) => {
        const channel = readableChannel(state, me(req).user.id, req.params.channel_id);
        return slicePage(state.membersOfChannel(channel.id), req.query);
    });

    app.get<{Params: C & {user_id: string}}>('/channels/:channel_id/members/:user_id', (req) => {
        const channel = readableChannel(state, me(req).user.id, req.params.channel_id);
        const member = state.channelMember(channel.id, resolveUserId(me(req).user.id, req.params.user_id));
        if (!member) {
            throw notFound('app.channel.get_member.missing.app_error', 'No channel member found for that user ID and channel ID.');
        }
        return member;
    });

    app.post<{Params: C}>('/channels/:channel_id/members', async (req, reply) => {
        const body = objectBody(req.body, 'user_id');
        const channel = channelForAdding(ctx, me(req).user.id, req.params.channel_id);
        const single = optionalString(body, 'user_id');
        const ids = single ? [single] : stringArrayBody(body.user_ids, 'user_ids');
        if (ids.length === 0) {
            throw invalidBody('user_ids');
        }
        const members = ids.map((id) => {
            userOr404(ctx, id);
            if (state.teamMember(channel.team_id, id)?.delete_at !== 0) {
                throw new AppError(403, 'api.channel.add_user.to.channel.failed.deleted.app_error',
                    'Failed to add user to channel because they have been removed from the team.');
            }
            return addMember(ctx, channel, id);
        });
        // Mattermost answers one member for user_id and an array for user_ids.
        return reply.code(201).send(single ? members[0] : members);
    });

    app.post('/channels/direct', async (req, reply) => {
        const userId = me(req).user.id;
        const ids = stringArrayBody(req.body, 'user_ids');
        const [a, b] = ids;
        if (ids.length !== 2 || a === undefined || b === undefined) {
            throw invalidBody('user_ids');
        }
        if (!ids.includes(userId) && !state.isSystemAdmin(userId)) {
            throw forbidden();
        }
        ids.forEach((id) => userOr404(ctx, id));
        return reply.code(201).send(directChannel(ctx, a, b));
    });

    app.post<{Params: {user_id: string}}>('/channels/members/:user_id/view', (req) => {
        const userId = resolveUserId(me(req).user.id, req.params.user_id);
        const channelId = optionalString(objectBody(req.body, 'channel_view'), 'channel_id') ?? '';
        const member = state.channelMember(channelId, userId);
        const now = ctx.now();
        if (member) {
            member.last_viewed_at = now;
            member.msg_count = state.channels.get(channelId)?.total_msg_count ?? member.msg_count;
        }
        return {status: 'OK', last_viewed_at_times: member ? {[channelId]: now} : {}};
    });
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
