import {act, screen, waitFor, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {UserTypes} from 'mattermost-redux/action_types';

import type {TriageEventView, TriageRequestView} from '../../../../server-ts/src/contract/triage';
import {triageOpened} from '../../store/triage_slice';
import {createHostStore} from '../../test_support/host_store';
import {renderInHost, testEnv} from '../../test_support/render_in_host';
import {reply, routedFetch} from '../../test_support/routed_fetch';
import {triageRequest, triageWithTimeline} from '../../test_support/triage';

import {TriageModal} from './triage_modal';

// A request opened from its row in the queue, whatever its status: the moves that status allows, and its history.
const alice = {id: 'u1', username: 'alice'};
const ACCEPTED = triageRequest({id: 'r3', number: 3, title: 'Rotate TLS certs', status: 'accepted', priority: 'p2', category: 'automation', area: 'cloud'});
const DECLINED = triageRequest({id: 'r4', number: 4, title: 'Fix my laptop', status: 'declined', declineReason: 'Not ours: ask IT'});
const event = (id: string, at: string, actorId: string | null, text: string): TriageEventView => ({id, at, actorId, kind: 'x', text});
const CREATED = event('e1', '2025-01-06T06:00:00.000Z', 'u3', 'Created as P3 · Keep the lights on');
const ACCEPTED_EVENT = event('e2', '2025-01-06T07:30:00.000Z', 'u1', 'Accepted as P2 · Automation');
const withTimeline = (r: TriageRequestView, timeline: TriageEventView[]) => reply(200, {...triageWithTimeline(r), timeline});

function openAt(request: TriageRequestView, routes: Parameters<typeof routedFetch>[0]) {
    const store = createHostStore();
    store.dispatch({type: UserTypes.RECEIVED_ME, data: {...alice, is_bot: false, delete_at: 0}});
    const {fetchFn, calls} = routedFetch({'GET /triage': [reply(200, [request])], ...routes});
    renderInHost(<TriageModal/>, store, testEnv({fetchFn}));
    act(() => {
        store.dispatch(triageOpened(request.id));
    });
    const decided = () => calls.filter((c) => c.path.endsWith('/decision')).map((c) => c.body);
    return {decided};
}

const decisionNames = (dialog: HTMLElement) => within(dialog).getAllByRole('button')
    .filter((b) => b.hasAttribute('aria-busy')).map((b) => b.textContent);

test('an accepted request starts by key, stays in view with its new status and timeline, then is done', async () => {
    const started = {...ACCEPTED, status: 'in_progress' as const, owner: alice};
    const {decided} = openAt(ACCEPTED, {
        'GET /triage/r3': [withTimeline(ACCEPTED, [CREATED, ACCEPTED_EVENT]),
            withTimeline(started, [CREATED, ACCEPTED_EVENT, event('e3', '2025-01-06T07:55:00.000Z', 'u1', 'Started, owner @alice')])],
        'POST /triage/r3/decision': [reply(200, started), reply(200, {...started, status: 'done'})],
    });
    const dialog = await screen.findByRole('dialog', {name: 'Triage'});
    const card = await within(dialog).findByRole('article', {name: /#3 Rotate TLS certs/});
    expect(card).toHaveTextContent('Status: Accepted');
    expect(decisionNames(dialog)).toEqual(['DeclineD', 'DuplicateU', 'Save changesV', 'DoneO', 'StartT']);
    expect(within(dialog).getByRole('button', {name: 'Start'})).toHaveAttribute('aria-keyshortcuts', 't');
    const timeline = await within(dialog).findByRole('region', {name: 'Timeline'});
    expect(within(timeline).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
        '7:30 AM@aliceAccepted as P2 · Automation', '6:00 AM@carolCreated as P3 · Keep the lights on',
    ]);

    await userEvent.keyboard('a');
    expect(decided()).toEqual([]);
    await userEvent.keyboard('t');
    expect(await within(dialog).findByText('Status: In progress · owner @alice')).toBeInTheDocument();
    expect(within(dialog).getByRole('article', {name: /#3/})).toBeInTheDocument();
    expect(within(dialog).getByRole('combobox', {name: 'Owner'})).toHaveValue('@alice');
    expect(within(dialog).queryByRole('button', {name: 'Start'})).not.toBeInTheDocument();
    expect(await within(timeline).findByText('Started, owner @alice')).toBeInTheDocument();

    await userEvent.type(within(dialog).getByRole('textbox', {name: 'Note (optional)'}), 'Rotated on the edge');
    await userEvent.click(within(dialog).getByRole('button', {name: 'Done'}));
    expect(await within(dialog).findByRole('button', {name: 'Reopen'})).toBeInTheDocument();
    expect(decided()).toEqual([{action: 'start'}, {action: 'done', note: 'Rotated on the edge'}]);
});

test('Save changes sends only the changed quarter and labels; field errors show beside the field, others as an alert', async () => {
    const {decided} = openAt(ACCEPTED, {
        'GET /triage/r3': [withTimeline(ACCEPTED, [])],
        'POST /triage/r3/decision': [
            reply(400, {code: 'invalid_request', message: 'quarter: bad', fields: {quarter: '"next year" is not a quarter: write it like 2025-Q3'}}),
            reply(400, {code: 'invalid_request', message: 'status: done', fields: {status: 'the request is done: reopen it first'}}),
        ],
    });
    const dialog = await screen.findByRole('dialog', {name: 'Triage'});
    const card = await within(dialog).findByRole('article', {name: /#3/});
    const quarter = within(dialog).getByRole('textbox', {name: 'Quarter'});
    expect(quarter).toHaveAccessibleDescription('Like 2026-Q4; empty for none');
    await userEvent.type(quarter, 'next year');
    await userEvent.type(within(dialog).getByRole('textbox', {name: 'Labels'}), 'DB, tls,');
    await userEvent.click(within(dialog).getByRole('button', {name: 'Save changes'}));
    await waitFor(() => expect(quarter).toHaveAccessibleDescription(/"next year" is not a quarter/));
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();

    await userEvent.clear(quarter);
    await userEvent.type(quarter, '2026-Q4');
    await userEvent.click(card);
    await userEvent.keyboard('v');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('the request is done: reopen it first');
    expect(decided()).toEqual([
        {action: 'set', quarter: 'next year', labels: ['db', 'tls']},
        {action: 'set', quarter: '2026-Q4', labels: ['db', 'tls']},
    ]);
});

test('a declined request says why and only reopens, with an optional reason; reopened, it can be triaged again', async () => {
    const {decided} = openAt(DECLINED, {
        'GET /triage/r4': [withTimeline(DECLINED, [])],
        'POST /triage/r4/decision': [reply(200, {...DECLINED, status: 'new', declineReason: null})],
    });
    const dialog = await screen.findByRole('dialog', {name: 'Triage'});
    const card = await within(dialog).findByRole('article', {name: /#4 Fix my laptop/});
    expect(card).toHaveTextContent('Status: DeclinedDeclined: Not ours: ask IT');
    expect(decisionNames(dialog)).toEqual(['ReopenR']);
    expect(within(dialog).queryByRole('group', {name: 'Priority'})).not.toBeInTheDocument();
    expect(within(dialog).queryByRole('combobox', {name: 'Owner'})).not.toBeInTheDocument();

    await userEvent.keyboard('2a');
    expect(decided()).toEqual([]);
    await userEvent.type(within(dialog).getByRole('textbox', {name: 'Reason to reopen (optional)'}), 'IT sent it back');
    await userEvent.click(within(dialog).getByRole('button', {name: 'Reopen'}));
    expect(await within(dialog).findByRole('button', {name: 'Accept'})).toBeInTheDocument();
    expect(within(dialog).getByRole('group', {name: 'Priority'})).toBeInTheDocument();
    expect(decided()).toEqual([{action: 'reopen', reason: 'IT sent it back'}]);
});
