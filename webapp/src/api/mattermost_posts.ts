import {requestJson, type ClientOptions} from './http';
import {isObject} from './is_object';
import {err, ok, type ApiError, type Result} from './result';

type Reply<T> = Promise<Result<T, ApiError>>;

/** The part of a Mattermost Post the source thread shows. */
export type ThreadPost = {id: string; userId: string; message: string; createAt: number};

/** A thread in reading order: the root, then its replies oldest first. */
export type PostThread = {root: ThreadPost; replies: ThreadPost[]};

type RawPost = {id: string; user_id: string; root_id: string; message: string; create_at: number; type?: string};

const enc = encodeURIComponent;

const isRawPost = (v: unknown): v is RawPost => isObject(v) && typeof v.id === 'string' && typeof v.user_id === 'string' &&
    typeof v.root_id === 'string' && typeof v.message === 'string' && typeof v.create_at === 'number';

const isPostMap = (v: unknown): v is Record<string, RawPost> => isObject(v) && Object.values(v).every(isRawPost);

const toThreadPost = (p: RawPost): ThreadPost => ({id: p.id, userId: p.user_id, message: p.message, createAt: p.create_at});

// Join/leave and other system messages carry no one's words.
const isSystem = (p: RawPost) => (p.type ?? '').startsWith('system_');

/**
 * A post's whole thread from Mattermost (GET /api/v4/posts/{id}/thread, as Client4.getPostThread calls it, without
 * perPage so every reply comes), with options.baseUrl the Mattermost site and the user's own session, so a message
 * the user may not read stays unread (403). A reply's id gives its root's thread. Mattermost's `order` puts the
 * requested post first and is otherwise not sorted, so this sorts by create_at.
 */
export async function getPostThread(options: ClientOptions, postId: string): Reply<PostThread> {
    const reply = await requestJson(options, 'GET', `/api/v4/posts/${enc(postId)}/thread`);
    if (!reply.ok) {
        return reply;
    }
    const posts = isObject(reply.value) ? reply.value.posts : undefined;
    if (!isPostMap(posts)) {
        return err({kind: 'server', message: 'Mattermost sent a thread in an unknown shape.'});
    }
    const all = Object.values(posts).sort((a, b) => a.create_at - b.create_at || (a.id < b.id ? -1 : 1));
    const root = all.find((p) => p.root_id === '');
    if (root === undefined) {
        return err({kind: 'server', message: 'Mattermost sent a thread without its first message.'});
    }
    const replies = all.filter((p) => p.root_id === root.id && !isSystem(p));
    return ok({root: toThreadPost(root), replies: replies.map(toThreadPost)});
}

const isNamed = (v: unknown): v is {id: string; username: string} => isObject(v) && typeof v.id === 'string' && typeof v.username === 'string';

/** Usernames by user id, in one call (POST /api/v4/users/ids, as Client4.getProfilesByIds); unknown ids are left out. */
export async function getUsernames(options: ClientOptions, userIds: readonly string[]): Reply<Record<string, string>> {
    if (userIds.length === 0) {
        return ok({});
    }
    const reply = await requestJson(options, 'POST', '/api/v4/users/ids', userIds);
    if (!reply.ok) {
        return reply;
    }
    if (!Array.isArray(reply.value) || !reply.value.every(isNamed)) {
        return err({kind: 'server', message: 'Mattermost sent users in an unknown shape.'});
    }
    return ok(Object.fromEntries(reply.value.map((u) => [u.id, u.username])));
}
