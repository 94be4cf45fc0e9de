import {act, screen, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {UserTypes} from 'mattermost-redux/action_types';

import {triageOpened} from '../../store/triage_slice';
import {createHostStore, receiveSiteUrl} from '../../test_support/host_store';
import {renderInHost, testEnv} from '../../test_support/render_in_host';
import {reply, routedFetch} from '../../test_support/routed_fetch';
import {triageRequest, triageWithTimeline} from '../../test_support/triage';

import {SourceThread} from './source_thread';
import {TriageModal} from './triage_modal';

const SITE = 'https://chat.example.com';
const THREAD = `GET ${SITE}/api/v4/posts/p1/thread`;
const USERS = `POST ${SITE}/api/v4/users/ids`;
const person = (id: string, username: string) => ({id, username, is_bot: false, delete_at: 0});
// 2025-01-06 07:00 UTC plus n minutes: the same day as the tests' "now" (08:00 UTC).
const at = (minutes: number) => Date.parse('2025-01-06T07:00:00.000Z') + minutes * 60_000;
const post = (id: string, userId: string, message: string, minutes: number, rootId = 'p1') =>
    ({id, user_id: userId, channel_id: 'c1', root_id: rootId, message, create_at: at(minutes), type: ''});

function threadOf(replyCount: number, rootMessage = 'Checkout returns 502\nsince 06:50 <b>everywhere</b>') {
    const replies = Array.from({length: replyCount}, (_v, i) => post(`r${i + 1}`, i % 2 === 0 ? 'u4' : 'u3', `reply ${i + 1}`, i + 1));
    const root = post('p1', 'u3', rootMessage, 0, '');
    const all = [root, ...replies];
    return {order: all.map((p) => p.id).reverse(), posts: Object.fromEntries(all.map((p) => [p.id, p])), next_post_id: '', prev_post_id: ''};
}

function hostStore() {
    const store = createHostStore();
    receiveSiteUrl(store, `${SITE}/`);
    // carol's profile is loaded by the host; dave's is not.
    store.dispatch({type: UserTypes.RECEIVED_PROFILES_LIST, data: [person('u1', 'alice'), person('u3', 'carol')]});
    return store;
}

function renderThread(routes: Parameters<typeof routedFetch>[0], permalink: string | null = `${SITE}/sre/pl/p1`) {
    const {fetchFn, calls} = routedFetch(routes);
    renderInHost(<SourceThread postId='p1' permalink={permalink}/>, hostStore(), testEnv({fetchFn}));
    return {calls};
}

const items = (region: HTMLElement) => within(region).getAllByRole('listitem').map((li) => li.textContent);

test('the triage card shows the source message and its latest replies, naming authors in one call', async () => {
    const request = triageRequest({id: 'r1', number: 1});
    const {fetchFn, calls} = routedFetch({
        'GET /triage': [reply(200, [request])], 'GET /triage/r1': [reply(200, triageWithTimeline(request))],
        [THREAD]: [reply(200, threadOf(8))], [USERS]: [reply(200, [person('u4', 'dave')])],
    });
    const store = hostStore();
    renderInHost(<TriageModal/>, store, testEnv({fetchFn}));
    act(() => {
        store.dispatch(triageOpened());
    });
    const card = await screen.findByRole('article', {name: /#1 Rotate TLS certs/});
    const region = within(card).getByRole('region', {name: 'Source thread'});
    expect(await within(region).findByText(/Checkout returns 502/)).toBeInTheDocument();
    expect(items(region)).toEqual([
        '@carol7:00 AMCheckout returns 502\nsince 06:50 <b>everywhere</b>',
        '3 more replies',
        '@carol7:04 AMreply 4', '@dave7:05 AMreply 5', '@carol7:06 AMreply 6', '@dave7:07 AMreply 7', '@carol7:08 AMreply 8',
    ]);
    expect(within(region).getByRole('link', {name: '3 more replies'})).toHaveAttribute('href', `${SITE}/sre/pl/p1`);
    // Markup in a message is text, never elements.
    expect(region.querySelector('b')).toBeNull();
    expect(calls.filter((c) => c.path.endsWith('/users/ids')).map((c) => c.body)).toEqual([['u4']]);
    expect(region).not.toHaveAttribute('aria-busy', 'true');
});

test('says it is loading while Mattermost has not answered', () => {
    renderThread({});
    const region = screen.getByRole('region', {name: 'Source thread'});
    expect(region).toHaveAttribute('aria-busy', 'true');
    expect(within(region).getByRole('status')).toHaveTextContent('Loading the thread…');
});

test('a short thread shows every reply and no "more" link; a long message is cut with an ellipsis', async () => {
    renderThread({[THREAD]: [reply(200, threadOf(1, 'x'.repeat(400)))], [USERS]: [reply(200, [person('u4', 'dave')])]});
    const region = screen.getByRole('region', {name: 'Source thread'});
    expect(await within(region).findByText('reply 1')).toBeInTheDocument();
    expect(within(region).queryByRole('link')).not.toBeInTheDocument();
    expect(within(region).getByText(/^x+…$/).textContent).toHaveLength(301);
});

test.each([
    ['the viewer cannot read the channel', 403, 'You cannot read the source message.'],
    ['the message was deleted', 404, 'The source message no longer exists.'],
    ['Mattermost fails', 500, 'The source thread could not be loaded.'],
])('says so quietly when %s', async (_name, status, text) => {
    renderThread({[THREAD]: [reply(status, {id: 'x', message: 'refused', status_code: status})]});
    const region = screen.getByRole('region', {name: 'Source thread'});
    expect(await within(region).findByText(text)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(within(region).queryByRole('listitem')).not.toBeInTheDocument();
});

test('without usernames from Mattermost the thread still shows, its unknown authors as such', async () => {
    renderThread({[THREAD]: [reply(200, threadOf(1))], [USERS]: [reply(500, {})]});
    const region = screen.getByRole('region', {name: 'Source thread'});
    expect(await within(region).findByText('reply 1')).toBeInTheDocument();
    expect(items(region)).toEqual([expect.stringMatching(/^@carol/), expect.stringMatching(/^Unknown user7:01 AM/)]);
});

test('a request without a source message has no thread, and a 403 thread never stops triage', async () => {
    const request = triageRequest({id: 'r1', number: 1, sourcePostId: null, permalink: null});
    const blocked = triageRequest({id: 'r2', number: 2, sourcePostId: 'p1', createdAt: '2024-12-01T00:00:00.000Z'});
    const {fetchFn} = routedFetch({
        'GET /triage': [reply(200, [blocked, request])],
        [THREAD]: [reply(403, {id: 'api.context.permissions.app_error', message: 'No', status_code: 403})],
    });
    const store = hostStore();
    renderInHost(<TriageModal/>, store, testEnv({fetchFn}));
    act(() => {
        store.dispatch(triageOpened());
    });
    const dialog = await screen.findByRole('dialog', {name: 'Triage'});
    expect(await within(dialog).findByText('You cannot read the source message.')).toBeInTheDocument();
    await userEvent.keyboard('s');
    expect(within(dialog).getByRole('article', {name: /#1/})).toBeInTheDocument();
    expect(within(dialog).queryByRole('region', {name: 'Source thread'})).not.toBeInTheDocument();
});
