import {screen, waitFor, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {ChannelTypes, UserTypes} from 'mattermost-redux/action_types';

import type {IncidentView} from '../../../../server-ts/src/contract/incidents';
import {getChannelIncident} from '../../store/incident_ui_slice';
import {createHostStore, selectTeam} from '../../test_support/host_store';
import {incidentView, withTimeline} from '../../test_support/incidents';
import {renderInHost, testEnv} from '../../test_support/render_in_host';
import {reply, routedFetch, type Call} from '../../test_support/routed_fetch';

import {IncidentPanel} from './incident_panel';

type Routes = Parameters<typeof routedFetch>[0];
const user = (id: string, username: string) => ({id, username, is_bot: false, delete_at: 0});

async function panelFor(routes: Routes, incident: IncidentView = incidentView()) {
    const store = createHostStore();
    selectTeam(store, {id: 'team1', name: 'sre'});
    store.dispatch({type: UserTypes.RECEIVED_ME, data: user('u1', 'alice')});
    store.dispatch({type: UserTypes.RECEIVED_PROFILES_LIST, data: [user('u1', 'alice'), user('u2', 'bob')]});
    store.dispatch({type: ChannelTypes.SELECT_CHANNEL, data: 'chan-inc'});
    const {fetchFn, calls} = routedFetch({'GET /incidents/by-channel/chan-inc': [reply(200, withTimeline(incident))], ...routes});
    renderInHost(<IncidentPanel/>, store, testEnv({fetchFn}));
    const panel = await screen.findByRole('region', {name: /#7 Checkout is down/});
    const posted = (path: string) => calls.filter((c: Call) => c.method === 'POST' && c.path === path).map((c) => c.body);
    return {panel, posted};
}

test('shows the incident, its roles, checklist and timeline newest first', async () => {
    const {panel} = await panelFor({});
    expect(within(panel).getByRole('combobox', {name: 'Status'})).toHaveDisplayValue('Investigating');
    expect(within(panel).getByRole('combobox', {name: 'Severity'})).toHaveDisplayValue('SEV2');
    expect(within(panel).getByRole('combobox', {name: 'Commander'})).toHaveDisplayValue('@alice');
    expect(within(panel).getByRole('combobox', {name: 'Scribe'})).toHaveDisplayValue('Nobody');
    expect(within(panel).getByRole('checkbox', {name: 'Page the owning team'})).not.toBeChecked();
    const timeline = within(panel).getByRole('list', {name: 'Timeline'});
    expect(within(timeline).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
        'Rolling back@alice · 15 minutes ago', 'Declared SEV2@alice · 30 minutes ago']);
    expect(within(panel).queryByText('Finishing setup in Mattermost…')).not.toBeInTheDocument();
});

test('a status change goes through the API and shows the returned incident', async () => {
    const {panel, posted} = await panelFor({'POST /incidents/inc1/status': [reply(200, incidentView({status: 'monitoring'}))]});
    await userEvent.selectOptions(within(panel).getByRole('combobox', {name: 'Status'}), 'Monitoring');
    expect(posted('/incidents/inc1/status')).toEqual([{status: 'monitoring'}]);
    expect(within(panel).getByRole('combobox', {name: 'Status'})).toHaveDisplayValue('Monitoring');
});

test('ticks a checklist step', async () => {
    const done = incidentView().checklist.map((item, i) => (i === 0 ? {...item, doneAt: '2025-01-06T08:00:00.000Z', doneBy: 'u1'} : item));
    const {panel, posted} = await panelFor({'POST /incidents/inc1/checklist/0': [reply(200, incidentView({checklist: done}))]});
    await userEvent.click(within(panel).getByRole('checkbox', {name: 'Page the owning team'}));
    expect(posted('/incidents/inc1/checklist/0')).toEqual([{done: true}]);
    expect(await within(panel).findByRole('checkbox', {name: 'Page the owning team'})).toBeChecked();
});

test('posts a status update and clears the form; an empty one is refused in place', async () => {
    const {panel, posted} = await panelFor({'POST /incidents/inc1/updates': [reply(200, incidentView())]});
    const box = within(panel).getByRole('textbox', {name: 'Status update'});
    await userEvent.click(within(panel).getByRole('button', {name: 'Post update'}));
    expect(box).toHaveAccessibleDescription('Write the update first.');
    expect(posted('/incidents/inc1/updates')).toEqual([]);

    await userEvent.type(box, 'Rollback finished, error rate back to normal');
    await userEvent.click(within(panel).getByRole('button', {name: 'Post update'}));
    expect(posted('/incidents/inc1/updates')).toEqual([{text: 'Rollback finished, error rate back to normal'}]);
    expect(box).toHaveValue('');
});

test('resolve requires a summary, then offers Reopen', async () => {
    const resolved = incidentView({status: 'resolved', resolutionSummary: 'Bad deploy rolled back', nextUpdateDueAt: null});
    const {panel, posted} = await panelFor({'POST /incidents/inc1/resolve': [reply(200, resolved)]});
    await userEvent.click(within(panel).getByRole('button', {name: 'Resolve'}));
    await userEvent.click(within(panel).getByRole('button', {name: 'Resolve incident'}));
    const summary = within(panel).getByRole('textbox', {name: 'Resolution summary'});
    expect(summary).toHaveAttribute('aria-invalid', 'true');
    expect(summary).toHaveAccessibleDescription('Say how it was resolved.');
    expect(posted('/incidents/inc1/resolve')).toEqual([]);

    await userEvent.type(summary, 'Bad deploy rolled back');
    await userEvent.click(within(panel).getByRole('button', {name: 'Resolve incident'}));
    expect(posted('/incidents/inc1/resolve')).toEqual([{summary: 'Bad deploy rolled back'}]);
    expect(await within(panel).findByRole('button', {name: 'Reopen'})).toBeInTheDocument();
    expect(within(panel).queryByRole('textbox', {name: 'Status update'})).not.toBeInTheDocument();
});

test('says what the companion refused', async () => {
    const {panel} = await panelFor({'POST /incidents/inc1/severity': [reply(403, {code: 'forbidden', message: 'forbidden: join the incident channel first'})]});
    await userEvent.selectOptions(within(panel).getByRole('combobox', {name: 'Severity'}), 'SEV1');
    expect(await within(panel).findByRole('alert')).toHaveTextContent('forbidden: join the incident channel first');
});

test('says setup is still finishing while steps are pending', async () => {
    const {panel} = await panelFor({}, incidentView({pendingSteps: ['broadcast']}));
    expect(within(panel).getByRole('status')).toHaveTextContent('Finishing setup in Mattermost…');
});

test('renders nothing in a channel that is not an incident channel', async () => {
    const store = createHostStore();
    store.dispatch({type: ChannelTypes.SELECT_CHANNEL, data: 'town-square'});
    const {fetchFn} = routedFetch({'GET /incidents/by-channel/town-square': [reply(200, null)]});
    const view = renderInHost(<IncidentPanel/>, store, testEnv({fetchFn}));
    await waitFor(() => expect(getChannelIncident(store.getState(), 'town-square')).toBeNull());
    expect(view.container).toBeEmptyDOMElement();
});
