import {act, screen, waitFor, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {UserTypes} from 'mattermost-redux/action_types';

import {triageOpened} from '../../store/triage_slice';
import {createHostStore} from '../../test_support/host_store';
import {renderInHost, testEnv} from '../../test_support/render_in_host';
import {reply, routedFetch, type Call} from '../../test_support/routed_fetch';
import {triageRequest, triageWithTimeline} from '../../test_support/triage';

import {TriageModal} from './triage_modal';

const user = (id: string, username: string) => ({id, username, is_bot: false, delete_at: 0});
const QUEUE = [
    triageRequest({id: 'r1', number: 1, title: 'Old question', createdAt: '2025-01-01T08:00:00.000Z'}),
    triageRequest({id: 'r2', number: 2, title: 'Checkout P1', createdAt: '2025-01-06T02:00:00.000Z', slaBreaches: ['untriaged_p1']}),
    triageRequest({id: 'r3', number: 3, title: 'Accepted already', status: 'accepted'}),
];
const accepted = (call: Call) => reply(200, {...QUEUE[1], status: 'accepted', ...(call.body as object)});

function openTriage(from = '', decisions: Record<string, Parameters<typeof routedFetch>[0][string]> = {}) {
    const store = createHostStore();
    store.dispatch({type: UserTypes.RECEIVED_ME, data: user('u1', 'alice')});
    store.dispatch({type: UserTypes.RECEIVED_PROFILES_LIST, data: [user('u1', 'alice'), user('u2', 'bob')]});
    const {fetchFn, calls} = routedFetch({
        'GET /triage': [reply(200, QUEUE)],
        'GET /triage/r2': [reply(200, triageWithTimeline(QUEUE[1]))],
        ...decisions,
    });
    renderInHost(<TriageModal/>, store, testEnv({fetchFn}));
    act(() => {
        store.dispatch(triageOpened(from));
    });
    const decided = () => calls.filter((c) => c.path.endsWith('/decision')).map((c) => [c.path, c.body]);
    return {decided};
}

const heading = (dialog: HTMLElement) => within(dialog).getByRole('article');

test('walks SLA breaches first, shows why it suggests, and accepts by keys', async () => {
    const {decided} = openTriage('', {'POST /triage/r2/decision': [accepted]});
    const dialog = await screen.findByRole('dialog', {name: 'Triage'});
    expect(await within(dialog).findByRole('heading', {name: /#2 Checkout P1/})).toHaveTextContent('SLA');
    expect(await within(dialog).findByText(/Suggested: P2 \(because "expire"\) · Security \(because "certs"\) · Cloud user-facing services \(because no keywords matched\)/)).toBeInTheDocument();
    expect(heading(dialog)).toHaveTextContent('Asked by @carol');
    expect(heading(dialog)).toHaveFocus();
    expect(within(dialog).getByRole('link', {name: 'Source message'})).toHaveAttribute('href', 'https://chat.example.com/sre/pl/p1');

    await userEvent.keyboard('2');
    expect(within(dialog).getByRole('button', {name: 'P2'})).toHaveAttribute('aria-pressed', 'true');
    await userEvent.selectOptions(within(dialog).getByRole('combobox', {name: 'Category'}), 'Automation');
    await userEvent.type(within(dialog).getByRole('combobox', {name: 'Owner'}), 'bo');
    expect(within(dialog).getByRole('option', {name: '@bob'})).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Enter}');
    expect(within(dialog).getByRole('combobox', {name: 'Owner'})).toHaveValue('@bob');
    act(() => within(dialog).getByRole('button', {name: 'Accept'}).focus());
    await userEvent.keyboard('a');

    expect(await within(dialog).findByRole('heading', {name: /#1 Old question/})).toBeInTheDocument();
    expect(decided()).toEqual([['/triage/r2/decision', {action: 'accept', priority: 'p2', category: 'automation', ownerId: 'u2'}]]);
});

test('declining needs a reason; without one nothing is sent and the reason field says so', async () => {
    const {decided} = openTriage('', {'POST /triage/r2/decision': [reply(200, {...QUEUE[1], status: 'declined'})]});
    const dialog = await screen.findByRole('dialog', {name: 'Triage'});
    await within(dialog).findByRole('heading', {name: /#2/});
    await userEvent.keyboard('d');
    const reason = within(dialog).getByRole('textbox', {name: 'Reason to decline'});
    expect(reason).toHaveFocus();
    expect(reason).toHaveAccessibleDescription('Say why: the requester sees it');
    expect(decided()).toEqual([]);

    await userEvent.type(reason, 'Not ours: ask the payments team');
    await userEvent.click(within(dialog).getByRole('button', {name: 'Decline'}));
    expect(await within(dialog).findByRole('heading', {name: /#1/})).toBeInTheDocument();
    expect(decided()).toEqual([['/triage/r2/decision', {action: 'decline', reason: 'Not ours: ask the payments team'}]]);
});

test('marks a duplicate found by number, and shows the server\'s field error inline', async () => {
    const {decided} = openTriage('', {'POST /triage/r2/decision': [reply(400, {code: 'invalid_request', message: 'Check', fields: {duplicateOf: '#1 is itself a duplicate'}})]});
    const dialog = await screen.findByRole('dialog', {name: 'Triage'});
    await within(dialog).findByRole('heading', {name: /#2/});
    await userEvent.type(within(dialog).getByRole('searchbox', {name: 'Duplicate of'}), '#1');
    await userEvent.click(within(dialog).getByRole('button', {name: '#1 Old question'}));
    await userEvent.click(within(dialog).getByRole('button', {name: 'Duplicate'}));

    await waitFor(() => expect(within(dialog).getByRole('searchbox', {name: 'Duplicate of'})).toHaveAccessibleDescription(/#1 is itself a duplicate/));
    expect(decided()).toEqual([['/triage/r2/decision', {action: 'duplicate', duplicateOf: 'r1'}]]);
});

test('opened from a row starts at that request; s skips, arrows go back, Esc closes', async () => {
    openTriage('r3');
    const dialog = await screen.findByRole('dialog', {name: 'Triage'});
    expect(await within(dialog).findByRole('heading', {name: /#3 Accepted already/})).toBeInTheDocument();
    expect(within(dialog).getByText('1 of 3')).toBeInTheDocument();
    await userEvent.keyboard('s');
    expect(within(dialog).getByRole('heading', {name: /#2/})).toBeInTheDocument();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(within(dialog).getByText('Nothing more to triage. Well done.')).toBeInTheDocument();
    await userEvent.keyboard('{ArrowLeft}');
    expect(within(dialog).getByRole('heading', {name: /#1/})).toBeInTheDocument();
    expect(within(dialog).getByRole('button', {name: 'Skip'})).toHaveAttribute('aria-keyshortcuts', 's');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
});
