import type {Ctx} from './context';
import {AppError} from './errors';
import {channelMemberRow, channelRow, type NewChannel} from './rows';
import type {Channel, ChannelMember} from './types';

const NAME = /^[a-z0-9]([a-z0-9_-]*[a-z0-9])?$/;

export function createChannel(ctx: Ctx, input: NewChannel): Channel {
    const {state} = ctx;
    if (input.name.length < 1 || input.name.length > 64 || !NAME.test(input.name)) {
        throw new AppError(400, 'model.channel.is_valid.name.app_error',
            'Invalid channel name. User ids are not permitted in channel name for non-direct message channels.');
    }
    if (input.display_name.trim() === '' || input.display_name.length > 64) {
        throw new AppError(400, 'model.channel.is_valid.display_name.app_error', 'Invalid display name.');
    }
    if (state.channelByName(input.team_id, input.name)) {
        throw new AppError(400, 'store.sql_channel.save_channel.exists.app_error', 'A channel with that name already exists on the same team.');
    }
    const channel = channelRow(input, ctx.now());
    state.channels.set(channel.id, channel);
    addMember(ctx, channel, input.creator_id, true);
    ctx.hub.publish('channel_created', {channel_id: channel.id, team_id: channel.team_id}, {user_id: input.creator_id});
    return channel;
}

export function addMember(ctx: Ctx, channel: Channel, userId: string, isAdmin = false): ChannelMember {
    const existing = ctx.state.channelMember(channel.id, userId);
    if (existing) {
        return existing;
    }
    const member = storeMember(ctx, channel, userId, isAdmin);
    // Older servers sent user_id, newer ones the user object; clients read either, so send both.
    const user = ctx.state.users.get(userId);
    ctx.hub.publish('user_added', {user_id: userId, team_id: channel.team_id, ...(user ? {user} : {})}, {channel_id: channel.id});
    return member;
}

export function directChannel(ctx: Ctx, userA: string, userB: string): Channel {
    const name = [userA, userB].sort().join('__');
    const existing = ctx.state.channelByName('', name);
    if (existing) {
        return existing;
    }
    const channel = channelRow({team_id: '', name, display_name: '', type: 'D', creator_id: userA}, ctx.now());
    ctx.state.channels.set(channel.id, channel);
    for (const userId of new Set([userA, userB])) {
        storeMember(ctx, channel, userId, false);
    }
    // Mattermost announces only a new DM, to its members, so their clients add it to the sidebar without a reload.
    ctx.hub.publish('direct_added', {creator_id: userA, teammate_id: userB}, {channel_id: channel.id});
    return channel;
}

// The key must match SandboxState.channelMember's lookup.
function storeMember(ctx: Ctx, channel: Channel, userId: string, isAdmin: boolean): ChannelMember {
    const member = channelMemberRow(channel, userId, isAdmin, ctx.now());
    ctx.state.channelMembers.set(`${channel.id}:${userId}`, member);
    return member;
}
