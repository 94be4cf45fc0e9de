import type {Post} from '@mattermost/types/posts';
import type {PreferenceType} from '@mattermost/types/preferences';
import type {IntakeCursor, IntakePost} from '../domain/triage_intake.js';
import {formatCursor, parseCursor} from '../domain/triage_intake.js';
import {err, ok, type Result} from '../domain/result.js';
import {attempt, botClient4, type MattermostFailure} from './bot_client.js';

type Answer<T> = Promise<Result<T, MattermostFailure>>;
export type IntakeChannel = {id: string; name: string; teamName: string};

// What automatic triage intake needs from Mattermost, besides the triage service's own calls; tests hand in a fake.
export interface IntakeBot {
    getMe: () => Answer<{id: string; username: string}>;
    getMyTeams: () => Answer<{id: string; name: string}[]>;
    // null when no such channel exists or the bot cannot see it (a private channel it was not added to).
    getChannelByName: (teamId: string, name: string) => Answer<{id: string; name: string; isPrivate: boolean} | null>;
    // Joins a public channel (a no-op when already in it), so the bot's WebSocket receives its posts.
    joinChannel: (channelId: string, botUserId: string) => Answer<true>;
    // Every post changed after `since` (ms), threads not expanded. Mattermost answers at most 1,000.
    postsSince: (channelId: string, since: number) => Answer<IntakePost[]>;
    // The catch-up cursors by channel id, kept as the bot's own preferences.
    loadCursors: (botUserId: string) => Answer<Map<string, IntakeCursor>>;
    saveCursor: (botUserId: string, channelId: string, cursor: IntakeCursor) => Answer<true>;
}

// Mattermost limits a preference's category and name to 32 characters; a channel id is 26.
const CURSOR_CATEGORY = 'sre_toolkit_intake';

export function createIntakeBot(mmUrl: string, botToken: string): IntakeBot {
    const client = botClient4(mmUrl, botToken);
    return {
        getMe: () => attempt(async () => {
            const me = await client.getMe();
            return {id: me.id, username: me.username};
        }),
        getMyTeams: () => attempt(async () => (await client.getMyTeams()).map((t) => ({id: t.id, name: t.name}))),
        getChannelByName: async (teamId, name) => {
            const found = await attempt(() => client.getChannelByName(teamId, name));
            if (!found.ok) {
                return found.error.status === 404 || found.error.status === 403 ? ok(null) : found;
            }
            return ok({id: found.value.id, name: found.value.name, isPrivate: found.value.type === 'P'});
        },
        joinChannel: (channelId, botUserId) => attempt(async () => {
            await client.addToChannel(botUserId, channelId);
            return true as const;
        }),
        postsSince: (channelId, since) => attempt(async () => {
            const list = await client.getPostsSince(channelId, since, false);
            return Object.values(list.posts).map(intakePostOf);
        }),
        loadCursors: (botUserId) => attempt(async () => cursorsIn(await client.getUserPreferences(botUserId))),
        saveCursor: (botUserId, channelId, cursor) => attempt(async () => {
            await client.savePreferences(botUserId, [{user_id: botUserId, category: CURSOR_CATEGORY, name: channelId, value: formatCursor(cursor)}]);
            return true as const;
        }),
    };
}

function cursorsIn(preferences: PreferenceType[]): Map<string, IntakeCursor> {
    const cursors = new Map<string, IntakeCursor>();
    for (const p of preferences) {
        const cursor = p.category === CURSOR_CATEGORY ? parseCursor(p.value) : null;
        if (cursor) {
            cursors.set(p.name, cursor);
        }
    }
    return cursors;
}

// Mattermost sets these props itself on posts by bot accounts and incoming webhooks (as the string "true").
export const intakePostOf = (p: Post): IntakePost => ({
    id: p.id, channelId: p.channel_id, userId: p.user_id, rootId: p.root_id, type: p.type, message: p.message,
    createAt: p.create_at, deleteAt: p.delete_at,
    isFromBot: p.props.from_bot === 'true', isFromWebhook: p.props.from_webhook === 'true',
});

// The `posted` event carries the post as a JSON string; anything else in that place is not a post we can read.
export function postedPost(data: unknown): Result<IntakePost, string> {
    const raw = typeof data === 'object' && data !== null && 'post' in data && typeof data.post === 'string' ? data.post : null;
    if (raw === null) {
        return err('the posted event has no post');
    }
    try {
        const post = JSON.parse(raw) as Partial<Post> | null;
        if (typeof post?.id !== 'string' || typeof post.channel_id !== 'string' || typeof post.create_at !== 'number') {
            return err('the posted event\'s post has no id, channel or time');
        }
        return ok(intakePostOf({root_id: '', type: '', message: '', delete_at: 0, user_id: '', ...post, props: post.props ?? {}} as Post));
    } catch {
        return err('the posted event\'s post is not JSON');
    }
}
