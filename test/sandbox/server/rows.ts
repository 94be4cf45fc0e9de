import {newId} from './ids';
import type {Channel, ChannelMember, ChannelType, Post, Props, TeamMember, User} from './types';

export type NewUser = {
    username: string; first_name: string; last_name: string; position: string; timezone: string;
    roles?: string; is_bot?: boolean; bot_description?: string;
};

export function userRow(u: NewUser, now: number): User {
    return {
        id: newId(), create_at: now, update_at: now, delete_at: 0, username: u.username, auth_data: '',
        auth_service: '', email: `${u.username}@sre.example.com`, email_verified: true, nickname: '',
        first_name: u.first_name, last_name: u.last_name, position: u.position, roles: u.roles ?? 'system_user',
        locale: 'en', props: {}, last_password_update: now, last_picture_update: 0, failed_attempts: 0, mfa_active: false,
        notify_props: {
            email: 'true', push: 'mention', desktop: 'mention', desktop_sound: 'true', channel: 'true',
            first_name: 'false', mention_keys: '', comments: 'never', push_status: 'away',
        },
        timezone: {useAutomaticTimezone: false, manualTimezone: u.timezone, automaticTimezone: ''},
        ...(u.is_bot ? {is_bot: true, bot_description: u.bot_description ?? ''} : {}),
    };
}

export function teamMemberRow(teamId: string, userId: string, isAdmin: boolean): TeamMember {
    return {
        team_id: teamId, user_id: userId, roles: isAdmin ? 'team_user team_admin' : 'team_user', delete_at: 0,
        scheme_guest: false, scheme_user: true, scheme_admin: isAdmin, explicit_roles: '',
    };
}

export type NewChannel = {
    team_id: string; name: string; display_name: string; type: ChannelType; purpose?: string; header?: string;
    creator_id: string;
};

export function channelRow(c: NewChannel, now: number): Channel {
    return {
        id: newId(), create_at: now, update_at: now, delete_at: 0, team_id: c.team_id, type: c.type,
        display_name: c.display_name, name: c.name, header: c.header ?? '', purpose: c.purpose ?? '',
        last_post_at: now, last_root_post_at: now, total_msg_count: 0, total_msg_count_root: 0, extra_update_at: 0,
        creator_id: c.creator_id, shared: false, group_constrained: false,
    };
}

export function channelMemberRow(channel: Channel, userId: string, isAdmin: boolean, now: number): ChannelMember {
    return {
        channel_id: channel.id, user_id: userId, roles: isAdmin ? 'channel_user channel_admin' : 'channel_user',
        last_viewed_at: now, msg_count: channel.total_msg_count, mention_count: 0, mention_count_root: 0,
        urgent_mention_count: 0, msg_count_root: channel.total_msg_count_root,
        notify_props: {desktop: 'default', email: 'default', mark_unread: 'all', push: 'default', ignore_channel_mentions: 'default'},
        last_update_at: now, scheme_guest: false, scheme_user: true, scheme_admin: isAdmin, explicit_roles: '',
    };
}

export type NewPost = {
    channel_id: string; user_id: string; message: string; root_id?: string; type?: string; props?: Props;
    pending_post_id?: string;
};

export function postRow(p: NewPost, now: number): Post {
    return {
        id: newId(), create_at: now, update_at: now, edit_at: 0, delete_at: 0, is_pinned: false,
        user_id: p.user_id, channel_id: p.channel_id, root_id: p.root_id ?? '', original_id: '', message: p.message,
        type: p.type ?? '', props: p.props ?? {}, hashtag: '', pending_post_id: p.pending_post_id ?? '',
        reply_count: 0, last_reply_at: 0, metadata: {},
    };
}
