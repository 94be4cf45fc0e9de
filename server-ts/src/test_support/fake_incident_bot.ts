import {err, ok} from '../domain/result.js';
import type {MattermostFailure} from '../mattermost/bot_client.js';
import type {BotChannel, BotPerson, BotPost, IncidentBot} from '../mattermost/bot_incident_actions.js';

type Method = keyof IncidentBot;

// An in-memory Mattermost for incidents: records channels, members and posts, and fails a method on demand.
export function fakeIncidentBot(users: BotPerson[] = [{id: 'u-alice', username: 'alice'}, {id: 'u-bob', username: 'bob'}]) {
    const channels: BotChannel[] = [{id: 'ch-incidents', name: 'incidents', teamId: 'team1', creatorId: 'u-admin'}];
    const members = new Map<string, Set<string>>();
    const posts: BotPost[] = [];
    const pinned: string[] = [];
    // Users who exist in Mattermost but are not in team1.
    const outsiders = new Set<string>();
    const failures = new Map<Method, number>();
    const lostReplies = new Map<Method, number>();
    const BOT = {id: 'bot1', username: 'sre-bot'};
    const down: MattermostFailure = {kind: 'unreachable', status: null, message: 'ECONNRESET'};
    // failNext('createPost', 1): the next call of that method fails, later ones work again.
    const gate = <T>(method: Method, answer: () => T) => {
        const left = failures.get(method) ?? 0;
        if (left > 0) {
            failures.set(method, left - 1);
            return Promise.resolve(err(down));
        }
        return Promise.resolve(ok(answer()));
    };
    const bot: IncidentBot = {
        getMe: () => gate('getMe', () => BOT),
        createChannel: (c) => {
            if (channels.some((x) => x.teamId === c.teamId && x.name === c.name)) {
                return Promise.resolve(err({kind: 'refused', status: 400, message: 'A channel with that name already exists on the same team.'}));
            }
            return gate('createChannel', () => {
                const channel = {id: `ch-${channels.length + 1}`, name: c.name, teamId: c.teamId, creatorId: BOT.id};
                channels.push(channel);
                members.set(channel.id, new Set([BOT.id]));
                return channel;
            });
        },
        getChannelByName: (teamId, name) => gate('getChannelByName', () => channels.find((c) => c.teamId === teamId && c.name === name) ?? null),
        getUsersByUsernames: (names) => gate('getUsersByUsernames', () => users.filter((u) => names.includes(u.username))),
        getUsersByIds: (ids) => gate('getUsersByIds', () => users.filter((u) => ids.includes(u.id))),
        addChannelMembers: (channelId, ids) => gate('addChannelMembers', () => {
            ids.forEach((id) => members.get(channelId)?.add(id));
            return true as const;
        }),
        createPost: (p) => {
            const post = {id: `post-${posts.length + 1}`, channelId: p.channelId, userId: BOT.id, rootId: p.rootId ?? '', message: p.message, props: p.props};
            // A lost reply: Mattermost made the post, but the answer never arrived.
            if ((lostReplies.get('createPost') ?? 0) > 0) {
                lostReplies.set('createPost', (lostReplies.get('createPost') ?? 1) - 1);
                posts.push(post);
                return Promise.resolve(err(down));
            }
            return gate('createPost', () => {
                posts.push(post);
                return post;
            });
        },
        pinPost: (id) => gate('pinPost', () => {
            pinned.push(id);
            return true as const;
        }),
        getPost: (id) => gate('getPost', () => posts.find((p) => p.id === id) ?? null),
        recentPosts: (channelId) => gate('recentPosts', () => posts.filter((p) => p.channelId === channelId).reverse()),
        getTeamName: () => gate('getTeamName', () => 'sre'),
        isChannelMember: (channelId, userId) => gate('isChannelMember', () => members.get(channelId)?.has(userId) ?? false),
        isTeamMember: (teamId, userId) => gate('isTeamMember', () => teamId === 'team1' && !outsiders.has(userId)),
        patchPost: (id, patch) => gate('patchPost', () => {
            const post = posts.find((p) => p.id === id);
            if (post) {
                Object.assign(post, patch);
            }
            return true as const;
        }),
    };
    return {bot, channels, members, posts, pinned, outsiders, failNext: (method: Method, times = 1) => failures.set(method, times),
        loseNextReply: (method: 'createPost') => lostReplies.set(method, 1)};
}
