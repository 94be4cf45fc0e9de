import {screen, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {ChannelTypes} from 'mattermost-redux/action_types';

import type {IncidentView, TimelineEvent} from '../../../../server-ts/src/contract/incidents';
import {createHostStore, selectTeam} from '../../test_support/host_store';
import {incidentView, withTimeline} from '../../test_support/incidents';
import {renderInHost, testEnv} from '../../test_support/render_in_host';
import {reply, routedFetch} from '../../test_support/routed_fetch';

import {IncidentPanel} from './incident_panel';

const DRILL = incidentView({isDrill: true});
const DETECTED: TimelineEvent = {id: 'e9', at: '2025-01-06T07:50:00.000Z', actorId: 'u1', kind: 'drill_detected',
    text: '@alice recorded the injected fault as detected: the p99 alert fired', postId: null};

async function panelFor(incident: IncidentView, routes: Parameters<typeof routedFetch>[0] = {}, extra: TimelineEvent[] = []) {
    const store = createHostStore();
    selectTeam(store, {id: 'team1', name: 'sre'});
    store.dispatch({type: ChannelTypes.SELECT_CHANNEL, data: 'chan-inc'});
    const loaded = withTimeline(incident);
    const {fetchFn, calls} = routedFetch({'GET /incidents/by-channel/chan-inc': [reply(200, {...loaded, timeline: [...loaded.timeline, ...extra]})], ...routes});
    renderInHost(<IncidentPanel/>, store, testEnv({fetchFn}));
    const panel = await screen.findByRole('region', {name: /#7 Checkout is down/});
    const detections = () => calls.filter((c) => c.method === 'POST' && c.path === '/incidents/inc1/detected').map((c) => c.body);
    return {panel, detections};
}

test('a drill is marked DRILL in its header and records how the fault was detected', async () => {
    const {panel, detections} = await panelFor(DRILL, {'POST /incidents/inc1/detected': [reply(200, DRILL)]});
    expect(within(panel).getByRole('heading', {name: /#7 Checkout is down/})).toHaveTextContent('SEV2#7 Checkout is downDrill');

    await userEvent.click(within(panel).getByRole('button', {name: 'Detected'}));
    await userEvent.type(within(panel).getByRole('textbox', {name: 'How was the fault noticed?'}), 'the p99 alert fired ');
    await userEvent.click(within(panel).getByRole('button', {name: 'Record detection'}));

    expect(await within(panel).findByText(/Fault detected/)).toHaveTextContent('Fault detected just now');
    expect(detections()).toEqual([{how: 'the p99 alert fired'}]);
    expect(within(panel).queryByRole('button', {name: 'Detected'})).not.toBeInTheDocument();
});

test('a detection already on the timeline is shown instead of the control', async () => {
    const {panel} = await panelFor(DRILL, {}, [DETECTED]);
    expect(within(panel).getByText(/Fault detected/)).toHaveTextContent('Fault detected 10 minutes ago');
    expect(within(panel).queryByRole('button', {name: 'Detected'})).not.toBeInTheDocument();
});

test('says why the companion refused a detection', async () => {
    const {panel} = await panelFor(DRILL, {'POST /incidents/inc1/detected': [reply(409, {code: 'already_detected', message: 'Detection is already recorded'})]});
    await userEvent.click(within(panel).getByRole('button', {name: 'Detected'}));
    await userEvent.type(within(panel).getByRole('textbox', {name: 'How was the fault noticed?'}), 'dashboards');
    await userEvent.click(within(panel).getByRole('button', {name: 'Record detection'}));
    expect(await within(panel).findByRole('alert')).toHaveTextContent('Detection is already recorded');
});

test('a real incident has neither the DRILL mark nor Detected', async () => {
    const {panel} = await panelFor(incidentView());
    expect(within(panel).queryByText('Drill')).not.toBeInTheDocument();
    expect(within(panel).queryByRole('button', {name: 'Detected'})).not.toBeInTheDocument();
});

test('a checklist step with a library runbook links it by title, in a new tab', async () => {
    const runbook = {id: 'rb1', title: 'Postgres failover', url: 'https://chat.example.com/sre-toolkit/api/v1/runbooks/rb1/content'};
    const {panel} = await panelFor(incidentView({checklist: [
        {title: 'Fail over the database', runbookUrl: null, runbook, doneAt: null, doneBy: null},
        {title: 'Post a status page note', runbookUrl: null, runbook: null, doneAt: null, doneBy: null},
    ]}));
    const checklist = within(panel).getByRole('list', {name: 'Checklist'});
    const links = within(checklist).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel')]))
        .toEqual([['Postgres failover', runbook.url, '_blank', 'noopener noreferrer']]);
    expect(links[0]?.closest('li')).toHaveTextContent('Fail over the database');
});

test('steps of an incident declared before the library (no runbook field) keep their plain link', async () => {
    const {panel} = await panelFor(incidentView());
    const checklist = within(panel).getByRole('list', {name: 'Checklist'});
    expect(within(checklist).getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([['Runbook', 'https://runbooks.test/page']]);
});
