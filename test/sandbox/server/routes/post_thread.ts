import type {Query} from '../body';
import {AppError, invalidParam} from '../errors';
import {isId} from '../ids';
import type {SandboxState} from '../state';
import type {Post} from '../types';

// web.PerPageMaximum: a larger perPage is refused, as Mattermost does.
const PER_PAGE_MAXIMUM = 200;

type ThreadOptions = {perPage: number; direction: '' | 'up' | 'down'; fromCreateAt: number; fromPost: string; skipFetchThreads: boolean};

export const invalidUrlParam = (name: string) =>
    new AppError(400, 'api.context.invalid_url_param.app_error', `Invalid or missing ${name} parameter in request URL.`);

export function requirePostId(postId: string): string {
    if (!isId(postId)) {
        throw invalidUrlParam('post_id');
    }
    return postId;
}

function integerParam(q: Query, name: string): number {
    const raw = q[name];
    if (raw === undefined || raw === '') {
        return 0;
    }
    if (!/^-?\d+$/.test(raw)) {
        throw invalidParam(name);
    }
    return Number(raw);
}

// The checks of api4 getPostThread, in its order. fromUpdateAt/updatesOnly and collapsedThreads are not modelled.
export function threadOptions(q: Query): ThreadOptions {
    const perPage = integerParam(q, 'perPage');
    if (perPage > PER_PAGE_MAXIMUM) {
        throw invalidParam('perPage');
    }
    const fromCreateAt = integerParam(q, 'fromCreateAt');
    const fromPost = q.fromPost ?? '';
    if (fromPost !== '' && fromCreateAt === 0) {
        throw invalidParam('if fromPost is set, then fromCreateAt must also be set');
    }
    const direction = q.direction ?? '';
    if (direction !== '' && direction !== 'up' && direction !== 'down') {
        throw invalidParam('direction');
    }
    return {perPage, direction, fromCreateAt, fromPost, skipFetchThreads: q.skipFetchThreads === 'true'};
}

// Byte order, as the database compares ids.
const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byCreateAt = (a: Post, b: Post) => a.create_at - b.create_at || compareIds(a.id, b.id);

// Mattermost's cursor: strictly after (down) or before (up) the given create_at, the id breaking ties.
function isPastCursor(p: Post, o: ThreadOptions): boolean {
    const sign = o.direction === 'down' ? 1 : -1;
    const byTime = Math.sign(p.create_at - o.fromCreateAt) * sign;
    return byTime > 0 || (byTime === 0 && o.fromPost !== '' && compareIds(p.id, o.fromPost) === sign);
}

function threadPage(rows: Post[], o: ThreadOptions): {rows: Post[]; hasNext: boolean} {
    // Without a direction Mattermost's query has no ORDER BY; the sandbox answers newest first, as channel pages do.
    const sorted = [...rows].sort(byCreateAt);
    const ordered = o.direction === 'down' ? sorted : sorted.reverse();
    const after = o.fromCreateAt === 0 ? ordered : ordered.filter((p) => isPastCursor(p, o));
    if (o.perPage === 0 || after.length <= o.perPage) {
        return {rows: after, hasNext: false};
    }
    return {rows: after.slice(0, o.perPage), hasNext: true};
}

/**
 * The PostList of SqlPostStore.Get (collapsedThreads off): the requested post first, then the root and its replies
 * in the page's order without repeating the requested one. So `order` is not sorted when the requested post is a
 * reply or the direction is "down" — Mattermost's own comment says so; clients sort by create_at.
 */
export function postThread(state: SandboxState, requested: Post, o: ThreadOptions): {order: string[]; posts: Post[]; hasNext: boolean} {
    if (o.skipFetchThreads) {
        return {order: [requested.id], posts: [requested], hasNext: false};
    }
    const rootId = requested.root_id || requested.id;
    const thread = [...state.posts.values()].filter((p) => p.delete_at === 0 && (p.id === rootId || p.root_id === rootId));
    const page = threadPage(thread, o);
    const others = page.rows.filter((p) => p.id !== requested.id);
    return {order: [requested.id, ...others.map((p) => p.id)], posts: [requested, ...others], hasNext: page.hasNext};
}
