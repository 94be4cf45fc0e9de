import {act, screen, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {UserTypes} from 'mattermost-redux/action_types';

import {triageOpened} from '../../store/triage_slice';
import {createHostStore, receiveSiteUrl, selectTeam} from '../../test_support/host_store';
import {renderInHost, testEnv} from '../../test_support/render_in_host';
import {reply, routedFetch} from '../../test_support/routed_fetch';
import {triageRequest, triageWithTimeline} from '../../test_support/triage';

import {TriageModal} from './triage_modal';

const person = (id: string, username: string, over = {}) => ({id, username, is_bot: false, delete_at: 0, ...over});
const REQUEST = triageRequest({id: 'r1', number: 1, area: 'cloud'});
const AUTOCOMPLETE = 'GET https://chat.example.com/api/v4/users/autocomplete?in_team=team1';

function openTriage(routes: Parameters<typeof routedFetch>[0]) {
    const store = createHostStore();
    store.dispatch({type: UserTypes.RECEIVED_ME, data: person('u1', 'alice')});
    store.dispatch({type: UserTypes.RECEIVED_PROFILES_LIST, data: [person('u1', 'alice'), person('u2', 'bob')]});
    selectTeam(store, {id: 'team1', name: 'sre'});
    receiveSiteUrl(store, 'https://chat.example.com/');
    const {fetchFn, calls} = routedFetch({'GET /triage': [reply(200, [REQUEST])], 'GET /triage/r1': [reply(200, triageWithTimeline(REQUEST))], ...routes});
    renderInHost(<TriageModal/>, store, testEnv({fetchFn}));
    act(() => {
        store.dispatch(triageOpened());
    });
    return {calls};
}

async function ownerField() {
    const dialog = await screen.findByRole('dialog', {name: 'Triage'});
    await within(dialog).findByRole('article', {name: /#1/});
    return {dialog, owner: within(dialog).getByRole('combobox', {name: 'Owner'})};
}

const optionNames = (dialog: HTMLElement) => within(within(dialog).getByRole('listbox', {name: 'Team members'})).getAllByRole('option').map((o) => o.textContent);

test('asks Mattermost for team members, picks one with the arrows and Enter, and sends that owner', async () => {
    const {calls} = openTriage({
        [`${AUTOCOMPLETE}&name=d&limit=10`]: [reply(200, {users: [person('u7', 'dave'), person('u8', 'dana'), person('b1', 'deploy-bot', {is_bot: true})]})],
        'POST /triage/r1/decision': [reply(200, {...REQUEST, status: 'accepted'})],
    });
    const {dialog, owner} = await ownerField();
    expect(owner).toHaveAttribute('aria-expanded', 'false');
    expect(owner).toHaveAccessibleDescription('Type a username; ↓ ↑ to choose, Enter to pick');

    await userEvent.type(owner, 'D');
    expect(await within(dialog).findByRole('option', {name: '@dana'})).toBeInTheDocument();
    expect(optionNames(dialog)).toEqual(['@dave', '@dana']);
    expect(owner).toHaveAttribute('aria-expanded', 'true');
    const active = () => document.getElementById(owner.getAttribute('aria-activedescendant') ?? '');
    expect(active()).toHaveTextContent('@dave');
    await userEvent.keyboard('{ArrowDown}');
    expect(active()).toHaveTextContent('@dana');
    expect(active()).toHaveAttribute('aria-selected', 'true');
    // Both ends wrap around.
    await userEvent.keyboard('{ArrowDown}{ArrowUp}');
    expect(active()).toHaveTextContent('@dana');
    await userEvent.keyboard('{Enter}');
    expect(owner).toHaveValue('@dana');
    expect(owner).toHaveAttribute('aria-expanded', 'false');
    expect(owner).not.toHaveAttribute('aria-activedescendant');

    await userEvent.click(within(dialog).getByRole('button', {name: 'Accept'}));
    await within(dialog).findByText('Nothing more to triage. Well done.');
    const search = calls.find((c) => c.path.includes('/api/v4/users/autocomplete'));
    expect(search?.headers).toMatchObject({'X-Requested-With': 'XMLHttpRequest', 'X-CSRF-Token': 'csrf-token'});
    expect(calls.filter((c) => c.path.endsWith('/decision')).map((c) => c.body)).toEqual([expect.objectContaining({action: 'accept', ownerId: 'u8'})]);
});

test('without an answer from Mattermost the loaded team members still match; Esc closes the list, then the modal', async () => {
    openTriage({[`${AUTOCOMPLETE}&name=b&limit=10`]: [reply(400, {id: 'api.context.invalid_url_param.app_error', message: 'Invalid user_id', status_code: 400})]});
    const {dialog, owner} = await ownerField();
    await userEvent.type(owner, '@b');
    expect(optionNames(dialog)).toEqual(['@bob']);
    await userEvent.type(owner, 'x');
    expect(within(dialog).getByText('No team member matches')).toBeInTheDocument();
    await userEvent.clear(owner);
    await userEvent.keyboard('{ArrowDown}');
    expect(optionNames(dialog)).toEqual(['@alice', '@bob']);

    await userEvent.keyboard('{Escape}');
    expect(within(dialog).queryByRole('listbox')).not.toBeInTheDocument();
    expect(screen.getByRole('dialog', {name: 'Triage'})).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
});

test('leaving the field without picking shows the owner again; emptying it clears the owner', async () => {
    openTriage({});
    const {dialog, owner} = await ownerField();
    await userEvent.type(owner, 'bo{Enter}');
    expect(owner).toHaveValue('@bob');
    await userEvent.type(owner, 'zz');
    await userEvent.click(within(dialog).getByRole('article'));
    expect(owner).toHaveValue('@bob');
    await userEvent.clear(owner);
    await userEvent.click(within(dialog).getByRole('article'));
    expect(owner).toHaveValue('');
});
