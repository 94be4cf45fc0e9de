import {forbidden, notFound} from './errors';
import type {SandboxState} from './state';
import type {Channel} from './types';

export function channelOr404(state: SandboxState, channelId: string): Channel {
    const channel = state.channels.get(channelId);
    if (!channel || channel.delete_at !== 0) {
        throw notFound('app.channel.get.existing.app_error', 'Unable to find the existing channel.');
    }
    return channel;
}

// Public channels are readable by the team's members; private and direct ones only by their members.
export function canReadChannel(state: SandboxState, userId: string, channel: Channel): boolean {
    if (state.isSystemAdmin(userId) || state.channelMember(channel.id, userId)) {
        return true;
    }
    return channel.type === 'O' && state.teamMember(channel.team_id, userId)?.delete_at === 0;
}

export function readableChannel(state: SandboxState, userId: string, channelId: string): Channel {
    const channel = channelOr404(state, channelId);
    if (!canReadChannel(state, userId, channel)) {
        throw forbidden();
    }
    return channel;
}

// Posting, pinning and running commands need membership (system admins may act anywhere).
export function memberChannel(state: SandboxState, userId: string, channelId: string): Channel {
    const channel = channelOr404(state, channelId);
    if (!state.isSystemAdmin(userId) && !state.channelMember(channel.id, userId)) {
        throw forbidden();
    }
    return channel;
}

export function requireTeamMember(state: SandboxState, userId: string, teamId: string): void {
    if (!state.teams.has(teamId)) {
        throw notFound('app.team.get.find.app_error', 'Unable to find the existing team.');
    }
    if (!state.isSystemAdmin(userId) && state.teamMember(teamId, userId)?.delete_at !== 0) {
        throw forbidden();
    }
}

export function requireSelf(state: SandboxState, sessionUserId: string, userId: string): void {
    if (sessionUserId !== userId && !state.isSystemAdmin(sessionUserId)) {
        throw forbidden();
    }
}
