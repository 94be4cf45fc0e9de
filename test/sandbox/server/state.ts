import {Faults} from './faults';
import type {
    Bot, Channel, ChannelMember, Command, CommandHook, Post, Preference, Session, Team, TeamMember, User,
} from './types';

export type SandboxConfig = {
    siteUrl: string;
    companionUrl: string;
    // Mattermost's default is false (a cookie request with X-Requested-With but no matching X-CSRF-Token
    // only logs). The sandbox defaults to true so the plugin is held to the stricter rule: code that passes
    // here also passes on servers that turned enforcement on, and a missing header fails in tests.
    strictCsrf: boolean;
    // ServiceSettings.OutgoingIntegrationRequestsTimeout (seconds → ms); also the trigger id lifetime.
    integrationTimeoutMs: number;
};

export type Clock = {now: () => number};

// The whole in-memory Mattermost. Tests read it directly; routes change it only through these maps.
export class SandboxState {
    readonly users = new Map<string, User>();
    readonly bots = new Map<string, Bot>();
    readonly teams = new Map<string, Team>();
    readonly teamMembers = new Map<string, TeamMember>();
    readonly channels = new Map<string, Channel>();
    readonly channelMembers = new Map<string, ChannelMember>();
    readonly posts = new Map<string, Post>();
    readonly commands = new Map<string, Command>();
    readonly commandHooks = new Map<string, CommandHook>();
    readonly sessions = new Map<string, Session>();
    readonly preferences = new Map<string, Preference[]>();
    clock: Clock = {now: () => Date.now()};
    readonly faults = new Faults();

    constructor(readonly config: SandboxConfig) {}

    userByUsername(username: string): User | undefined {
        const wanted = username.toLowerCase();
        return [...this.users.values()].find((u) => u.username === wanted);
    }

    teamByName(name: string): Team | undefined {
        return [...this.teams.values()].find((t) => t.name === name);
    }

    channelByName(teamId: string, name: string): Channel | undefined {
        return [...this.channels.values()].find((c) => c.team_id === teamId && c.name === name);
    }

    teamMember(teamId: string, userId: string): TeamMember | undefined {
        return this.teamMembers.get(`${teamId}:${userId}`);
    }

    channelMember(channelId: string, userId: string): ChannelMember | undefined {
        return this.channelMembers.get(`${channelId}:${userId}`);
    }

    membersOfChannel(channelId: string): ChannelMember[] {
        return [...this.channelMembers.values()].filter((m) => m.channel_id === channelId);
    }

    membersOfTeam(teamId: string): TeamMember[] {
        return [...this.teamMembers.values()].filter((m) => m.team_id === teamId && m.delete_at === 0);
    }

    teamsOfUser(userId: string): Team[] {
        return [...this.teams.values()].filter((t) => this.teamMember(t.id, userId)?.delete_at === 0);
    }

    // Direct and group channels have no team; Mattermost lists them with every team.
    channelsOfUser(userId: string, teamId: string): Channel[] {
        return [...this.channels.values()].filter((c) =>
            (c.team_id === teamId || c.team_id === '') && this.channelMember(c.id, userId) !== undefined);
    }

    postsOfChannel(channelId: string): Post[] {
        return [...this.posts.values()]
            .filter((p) => p.channel_id === channelId)
            .sort((a, b) => b.create_at - a.create_at);
    }

    isSystemAdmin(userId: string): boolean {
        return this.users.get(userId)?.roles.split(' ').includes('system_admin') ?? false;
    }

    isTeamAdmin(teamId: string, userId: string): boolean {
        return this.teamMember(teamId, userId)?.roles.split(' ').includes('team_admin') ?? false;
    }
}
