import type {Channel} from '@mattermost/types/channels';
import type {Post} from '@mattermost/types/posts';
import {err, ok, type Result} from '../domain/result.js';
import {attempt, botClient4, type MattermostFailure} from './bot_client.js';

export type BotChannel = {id: string; name: string; teamId: string; creatorId: string};
export type BotPerson = {id: string; username: string};
export type BotPost = {id: string; channelId: string; userId: string; rootId: string; message: string; props: Record<string, unknown>};
export type NewChannel = {teamId: string; name: string; displayName: string; header: string; purpose: string; isPrivate: boolean};
export type NewPost = {channelId: string; message: string; rootId?: string; props: Record<string, unknown>};
type Answer<T> = Promise<Result<T, MattermostFailure>>;

// What incidents need from Mattermost, one REST call per method (so calls can be counted); tests hand in a fake.
export interface IncidentBot {
    getMe: () => Answer<BotPerson>;
    createChannel: (channel: NewChannel) => Answer<BotChannel>;
    // null when no such channel exists (404).
    getChannelByName: (teamId: string, name: string) => Answer<BotChannel | null>;
    getUsersByUsernames: (usernames: string[]) => Answer<BotPerson[]>;
    getUsersByIds: (ids: string[]) => Answer<BotPerson[]>;
    addChannelMembers: (channelId: string, userIds: string[]) => Answer<true>;
    createPost: (post: NewPost) => Answer<BotPost>;
    pinPost: (postId: string) => Answer<true>;
    getPost: (postId: string) => Answer<BotPost | null>;
    // The channel's newest posts, newest first: enough to find a post a failed attempt may already have made.
    recentPosts: (channelId: string) => Answer<BotPost[]>;
    getTeamName: (teamId: string) => Answer<string>;
    isChannelMember: (channelId: string, userId: string) => Answer<boolean>;
    // False for a user who never joined the team and for one who left it (Mattermost keeps the row with delete_at).
    isTeamMember: (teamId: string, userId: string) => Answer<boolean>;
    // Replaces the post's message and props (Mattermost's patch replaces props as a whole).
    patchPost: (postId: string, patch: {message: string; props: Record<string, unknown>}) => Answer<true>;
}

const RECENT_POSTS = 60;

export function createIncidentBot(mmUrl: string, botToken: string): IncidentBot {
    const client = botClient4(mmUrl, botToken);
    return {
        getMe: () => attempt(async () => person(await client.getMe())),
        createChannel: (c) => attempt(async () => channelOf(await client.createChannel({team_id: c.teamId, name: c.name,
            display_name: c.displayName, header: c.header, purpose: c.purpose, type: c.isPrivate ? 'P' : 'O'}))),
        getChannelByName: (teamId, name) => orNull(() => client.getChannelByName(teamId, name).then(channelOf)),
        getUsersByUsernames: (usernames) => attempt(async () => (await client.getProfilesByUsernames(usernames)).map(person)),
        getUsersByIds: (ids) => attempt(async () => (await client.getProfilesByIds(ids)).map(person)),
        addChannelMembers: (channelId, userIds) => attempt(async () => {
            await client.addToChannels(userIds, channelId);
            return true as const;
        }),
        createPost: (p) => attempt(async () => postOf(await client.createPost({channel_id: p.channelId, message: p.message,
            root_id: p.rootId ?? '', props: p.props}))),
        pinPost: (postId) => attempt(async () => {
            await client.pinPost(postId);
            return true as const;
        }),
        getPost: (postId) => orNull(() => client.getPost(postId).then(postOf)),
        recentPosts: (channelId) => attempt(async () => {
            const list = await client.getPosts(channelId, 0, RECENT_POSTS);
            return list.order.map((id) => list.posts[id]).filter((p): p is Post => p !== undefined).map(postOf);
        }),
        getTeamName: (teamId) => attempt(async () => (await client.getTeam(teamId)).name),
        isChannelMember: (channelId, userId) => isMember(() => client.getChannelMember(channelId, userId)),
        isTeamMember: (teamId, userId) => isMember(() => client.getTeamMember(teamId, userId)),
        patchPost: (postId, patch) => attempt(async () => {
            await client.patchPost({id: postId, message: patch.message, props: patch.props});
            return true as const;
        }),
    };
}

// Mattermost answers 404 for "no such thing" and also for "not visible to the bot": both mean absent here.
async function orNull<T>(call: () => Promise<T>): Answer<T | null> {
    const result = await attempt(call);
    if (!result.ok && result.error.status === 404) {
        return ok(null);
    }
    return result.ok ? result : err(result.error);
}

// Not a member is a 404; a team member who left keeps a row with delete_at set (channel members have none).
async function isMember(call: () => Promise<object>): Answer<boolean> {
    const member = await orNull(call);
    if (!member.ok) {
        return member;
    }
    const hasLeft = member.value !== null && 'delete_at' in member.value && member.value.delete_at !== 0;
    return ok(member.value !== null && !hasLeft);
}

const person = (u: {id: string; username: string}): BotPerson => ({id: u.id, username: u.username});
const channelOf = (c: Channel): BotChannel => ({id: c.id, name: c.name, teamId: c.team_id, creatorId: c.creator_id});
const postOf = (p: Post): BotPost => ({id: p.id, channelId: p.channel_id, userId: p.user_id, rootId: p.root_id, message: p.message, props: p.props});
