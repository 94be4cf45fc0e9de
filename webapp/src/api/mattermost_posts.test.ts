import {reply, routedFetch} from '../test_support/routed_fetch';

import {getPostThread, getUsernames} from './mattermost_posts';

const SITE = 'https://chat.example.com';
const raw = (id: string, rootId: string, createAt: number, over: Record<string, unknown> = {}) =>
    ({id, user_id: `u-${id}`, channel_id: 'c1', root_id: rootId, message: `text ${id}`, create_at: createAt, type: '', ...over});

function mattermost(routes: Parameters<typeof routedFetch>[0]) {
    const {fetchFn, calls} = routedFetch(routes);
    return {options: {baseUrl: SITE, fetchFn, cookies: () => 'MMCSRF=tok'}, calls};
}

// Mattermost puts the requested post first and leaves the rest unsorted.
const LIST = {
    order: ['r2', 'root', 'r3', 'r1', 'join'],
    posts: {
        r2: raw('r2', 'root', 20), root: raw('root', '', 10), r3: raw('r3', 'root', 30), r1: raw('r1', 'root', 15),
        join: raw('join', 'root', 25, {type: 'system_join_channel'}),
    },
    next_post_id: '', prev_post_id: '', has_next: false, first_inaccessible_post_time: 0,
};

it('reads a thread as its root and replies in time order, without system messages', async () => {
    const {options, calls} = mattermost({[`GET ${SITE}/api/v4/posts/r2/thread`]: [reply(200, LIST)]});
    const thread = await getPostThread(options, 'r2');
    expect(thread).toEqual({ok: true, value: {
        root: {id: 'root', userId: 'u-root', message: 'text root', createAt: 10},
        replies: [['r1', 15], ['r2', 20], ['r3', 30]].map(([id, createAt]) => ({id, userId: `u-${id}`, message: `text ${id}`, createAt})),
    }});
    expect(calls[0]?.headers).toMatchObject({'X-Requested-With': 'XMLHttpRequest', 'X-CSRF-Token': 'tok'});
});

it.each<[string, number, unknown, object]>([
    ['a 403 is unauthorized', 403, {id: 'api.context.permissions.app_error', message: 'No permission', status_code: 403}, {kind: 'unauthorized'}],
    ['a 404 is not found', 404, {id: 'app.post.get.app_error', message: 'Unable to get the post.', status_code: 404}, {kind: 'not_found'}],
    ['a list without posts', 200, {order: []}, {kind: 'server', message: 'Mattermost sent a thread in an unknown shape.'}],
    ['a post without a message', 200, {order: ['root'], posts: {root: {id: 'root'}}}, {kind: 'server'}],
    ['a thread without its root', 200, {order: ['r1'], posts: {r1: raw('r1', 'root', 15)}}, {kind: 'server'}],
])('getPostThread: %s', async (_name, status, body, error) => {
    const {options} = mattermost({[`GET ${SITE}/api/v4/posts/p1/thread`]: [reply(status, body)]});
    expect(await getPostThread(options, 'p1')).toMatchObject({ok: false, error});
});

it('getUsernames asks for all ids in one call, and not at all for none', async () => {
    const {options, calls} = mattermost({[`POST ${SITE}/api/v4/users/ids`]: [reply(200, [{id: 'u1', username: 'carol'}, {id: 'u2', username: 'dave'}])]});
    expect(await getUsernames(options, [])).toEqual({ok: true, value: {}});
    expect(calls).toEqual([]);
    expect(await getUsernames(options, ['u1', 'u2'])).toEqual({ok: true, value: {u1: 'carol', u2: 'dave'}});
    expect(calls.map((c) => [c.method, c.body])).toEqual([['POST', ['u1', 'u2']]]);
});

it('getUsernames refuses users in another shape', async () => {
    const {options} = mattermost({[`POST ${SITE}/api/v4/users/ids`]: [reply(200, {users: []})]});
    expect(await getUsernames(options, ['u1'])).toMatchObject({ok: false, error: {kind: 'server'}});
});
