import {act, screen, waitFor, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import {getTriageWalkFrom} from '../../store/triage_slice';
import {createHostStore} from '../../test_support/host_store';
import {renderInHost, testEnv} from '../../test_support/render_in_host';
import {reply, routedFetch} from '../../test_support/routed_fetch';
import {triageRequest} from '../../test_support/triage';
import {requestFromPost} from '../../triage_actions';

import {NewRequestModal} from './new_request_modal';

function openFromPost(answers: Parameters<typeof routedFetch>[0][string]) {
    const store = createHostStore();
    store.dispatch({type: 'RECEIVED_POST', data: {id: 'p1', channel_id: 'cloud-support', user_id: 'u3', message: 'Rotate the TLS certs. They expire Friday.', create_at: 1, update_at: 1, delete_at: 0, props: {}, type: ''}});
    const {fetchFn, calls} = routedFetch({'POST /triage': answers});
    let ids = 0;
    renderInHost(<NewRequestModal/>, store, testEnv({fetchFn, newId: () => `key-${++ids}`}));
    act(() => requestFromPost({dispatch: store.dispatch, getState: store.getState}, 'p1'));
    const sent = () => calls.filter((c) => c.path === '/triage').map((c) => c.body);
    return {store, sent};
}

const send = async (dialog: HTMLElement) => userEvent.click(within(dialog).getByRole('button', {name: 'Send to SRE triage'}));

test('opens filled from the message and sends it with its post id and one key', async () => {
    const {sent} = openFromPost([new TypeError('Failed to fetch'), reply(201, triageRequest({number: 12}))]);
    const dialog = await screen.findByRole('dialog', {name: 'New request'});
    expect(within(dialog).getByRole('textbox', {name: 'Title'})).toHaveValue('Rotate the TLS certs');
    expect(within(dialog).getByRole('textbox', {name: 'Title'})).toHaveFocus();
    expect(within(dialog).getByRole('textbox', {name: 'Description'})).toHaveValue('Rotate the TLS certs. They expire Friday.');

    await send(dialog);
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Failed to fetch');
    await send(dialog);
    expect(await within(dialog).findByRole('status')).toHaveTextContent('On the board as #12');
    expect(sent()).toEqual([1, 2].map(() => ({
        idempotencyKey: 'key-1', title: 'Rotate the TLS certs', description: 'Rotate the TLS certs. They expire Friday.', sourcePostId: 'p1',
    })));
});

test('shows the field errors beside their fields', async () => {
    openFromPost([reply(400, {code: 'invalid_request', message: 'Check the fields', fields: {title: 'Say what you need in the title'}})]);
    const dialog = await screen.findByRole('dialog', {name: 'New request'});
    await userEvent.clear(within(dialog).getByRole('textbox', {name: 'Title'}));
    await send(dialog);
    const title = within(dialog).getByRole('textbox', {name: 'Title'});
    await waitFor(() => expect(title).toHaveAttribute('aria-invalid', 'true'));
    expect(title).toHaveAccessibleDescription('Say what you need in the title');
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
});

test('a message already on the board says so and opens that request in triage', async () => {
    const {store} = openFromPost([reply(200, triageRequest({id: 'r9', number: 9}))]);
    const dialog = await screen.findByRole('dialog', {name: 'New request'});
    await send(dialog);
    expect(await within(dialog).findByRole('status')).toHaveTextContent('Already on the board as #9');
    await userEvent.click(within(dialog).getByRole('button', {name: 'Open #9'}));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(getTriageWalkFrom(store.getState())).toBe('r9');
});
