import {act, screen, waitFor, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {UserTypes} from 'mattermost-redux/action_types';

import {declareFromPost} from '../../plugin_actions';
import {getLastDeclared} from '../../store/incident_ui_slice';
import {createHostStore, receiveSiteUrl, selectTeam} from '../../test_support/host_store';
import {incidentView, templateView} from '../../test_support/incidents';
import {renderInHost, testEnv} from '../../test_support/render_in_host';
import {reply, routedFetch} from '../../test_support/routed_fetch';

import {makeDeclareModal} from './declare_modal';

const TEMPLATES = [templateView(), templateView({id: 'tpl-internal', name: 'Internal platform', tier: 'internal', defaultSeverity: 'sev3'})];
const user = (id: string, username: string) => ({id, username, is_bot: false, delete_at: 0});

function hostWithPost() {
    const store = createHostStore();
    receiveSiteUrl(store, 'https://chat.example.com');
    selectTeam(store, {id: 'team1', name: 'sre'});
    store.dispatch({type: UserTypes.RECEIVED_ME, data: user('u1', 'alice')});
    store.dispatch({type: UserTypes.RECEIVED_PROFILES_LIST, data: [user('u1', 'alice'), user('u2', 'bob')]});
    store.dispatch({type: 'RECEIVED_POST', data: {id: 'p1', channel_id: 'cloud-support', user_id: 'u2', message: 'Checkout fails for everyone. Since 09:12.', create_at: 1, update_at: 1, delete_at: 0, props: {}, type: ''}});
    return store;
}

function openFromPost(declareReplies: Parameters<typeof routedFetch>[0][string]) {
    const store = hostWithPost();
    const {fetchFn, calls} = routedFetch({'GET /templates': [reply(200, TEMPLATES)], 'POST /incidents': declareReplies});
    let ids = 0;
    const onDeclared = jest.fn();
    const DeclareModal = makeDeclareModal(onDeclared);
    renderInHost(<DeclareModal/>, store, testEnv({fetchFn, newId: () => `key-${++ids}`}));
    act(() => declareFromPost({dispatch: store.dispatch, getState: store.getState}, 'p1'));
    const declares = () => calls.filter((c) => c.path === '/incidents');
    return {store, onDeclared, declares};
}

afterEach(() => {
    delete window.WebappUtils;
});

test('opens filled from the post: title, summary, template with its severity, me as commander', async () => {
    openFromPost([]);
    const dialog = await screen.findByRole('dialog', {name: 'Declare incident'});
    expect(within(dialog).getByRole('textbox', {name: 'Title'})).toHaveValue('Checkout fails for everyone');
    expect(within(dialog).getByRole('textbox', {name: 'Title'})).toHaveFocus();
    expect(within(dialog).getByRole('textbox', {name: 'Summary'})).toHaveValue('Checkout fails for everyone. Since 09:12.');
    expect(await within(dialog).findByRole('combobox', {name: 'Template'})).toHaveDisplayValue('Cloud outage');
    expect(within(dialog).getByRole('combobox', {name: 'Severity'})).toHaveDisplayValue('SEV1');
    expect(within(dialog).getByRole('combobox', {name: 'Commander'})).toHaveDisplayValue('@alice');

    await userEvent.selectOptions(within(dialog).getByRole('combobox', {name: 'Template'}), 'Internal platform');
    expect(within(dialog).getByRole('combobox', {name: 'Severity'})).toHaveDisplayValue('SEV3');
});

test('shows the server\'s field errors beside their fields', async () => {
    const {declares} = openFromPost([reply(400, {code: 'invalid_declaration', message: 'Check the fields', fields: {title: 'The title is longer than 200 characters: shorten it'}})]);
    const dialog = await screen.findByRole('dialog', {name: 'Declare incident'});
    await within(dialog).findByRole('option', {name: 'Cloud outage'});
    await userEvent.click(within(dialog).getByRole('button', {name: 'Declare incident'}));

    const title = await within(dialog).findByRole('textbox', {name: 'Title'});
    await screen.findByText('The title is longer than 200 characters: shorten it');
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription('The title is longer than 200 characters: shorten it');
    expect(within(dialog).getByRole('textbox', {name: 'Summary'})).not.toHaveAttribute('aria-invalid');
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    expect(declares()).toHaveLength(1);
});

test('on success lands in the new channel, opens the sidebar and closes', async () => {
    const push = jest.fn();
    window.WebappUtils = {browserHistory: {push}};
    const {store, onDeclared, declares} = openFromPost([reply(201, incidentView({severity: 'sev1'}))]);
    const dialog = await screen.findByRole('dialog', {name: 'Declare incident'});
    await within(dialog).findByRole('option', {name: 'Cloud outage'});
    await userEvent.click(within(dialog).getByRole('button', {name: 'Declare incident'}));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(push).toHaveBeenCalledWith('/sre/channels/inc-2025-01-06-checkout-is-down');
    expect(onDeclared).toHaveBeenCalledTimes(1);
    expect(getLastDeclared(store.getState())?.id).toBe('inc1');
    expect(declares().map((c) => c.body)).toEqual([{
        idempotencyKey: 'key-1', teamId: 'team1', templateId: 'tpl-cloud', title: 'Checkout fails for everyone',
        severity: 'sev1', summary: 'Checkout fails for everyone. Since 09:12.', commanderId: 'u1', sourcePostId: 'p1',
    }]);
    expect(declares()[0]?.headers).toMatchObject({'X-Requested-With': 'XMLHttpRequest', 'X-CSRF-Token': 'csrf-token'});
});

test('a retry after a network failure sends the same idempotency key', async () => {
    window.WebappUtils = {browserHistory: {push: jest.fn()}};
    const {declares, onDeclared} = openFromPost([new TypeError('Failed to fetch'), reply(200, incidentView())]);
    const dialog = await screen.findByRole('dialog', {name: 'Declare incident'});
    await within(dialog).findByRole('option', {name: 'Cloud outage'});
    await userEvent.click(within(dialog).getByRole('button', {name: 'Declare incident'}));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Failed to fetch');

    await userEvent.click(within(dialog).getByRole('button', {name: 'Declare incident'}));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(onDeclared).toHaveBeenCalledTimes(1);
    expect(declares().map((c) => (c.body as {idempotencyKey: string}).idempotencyKey)).toEqual(['key-1', 'key-1']);
});

test('Escape closes without declaring', async () => {
    const {declares} = openFromPost([]);
    await screen.findByRole('dialog', {name: 'Declare incident'});
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(declares()).toHaveLength(0);
});
