import {screen, waitFor, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {ChannelTypes, UserTypes} from 'mattermost-redux/action_types';

import type {OnCallNow} from '../../../../server-ts/src/contract/summary';
import {channelIncidentLoaded} from '../../store/incident_ui_slice';
import {createHostStore, type HostTestStore} from '../../test_support/host_store';
import {incidentView, withTimeline} from '../../test_support/incidents';
import {renderInHost, testEnv} from '../../test_support/render_in_host';
import {reply, routedFetch} from '../../test_support/routed_fetch';

import {OncallWidget} from './oncall_widget';

// NOW_ISO is Monday 2025-01-06 08:00 UTC and jest runs in UTC: Berlin is an hour ahead, New York five behind.
const primary = (over: Partial<OnCallNow> = {}): OnCallNow => ({
    scheduleId: 's1', scheduleName: 'Primary', timeZone: 'Europe/Berlin', users: ['alice'],
    since: '2025-01-06T00:00:00.000Z', until: '2025-01-06T10:00:00.000Z', next: {users: ['erin'], at: '2025-01-06T10:00:00.000Z'}, ...over,
});
const community = primary({scheduleId: 's3', scheduleName: 'Community', timeZone: 'UTC', users: ['bob'], until: '2025-01-07T09:00:00.000Z', next: null});
const database = primary({scheduleId: 's2', scheduleName: 'Database', timeZone: 'UTC', users: [], since: '2025-01-06T06:00:00.000Z', next: {users: ['bob'], at: '2025-01-06T12:00:00.000Z'}});

const me = (username: string, isSre = false) => ({userId: `u-${username}`, username, isSre, isSystemAdmin: false});
const profile = (id: string, username: string, over = {}) => ({id, username, is_bot: false, delete_at: 0, last_picture_update: 0, ...over});

function renderWidget(oncall: OnCallNow[], routes: Parameters<typeof routedFetch>[0] = {}, setUp: (store: HostTestStore) => void = () => undefined) {
    const store = createHostStore();
    setUp(store);
    // Who I am matters only to Swap and New schedule; elsewhere the question stays unanswered.
    const {fetchFn, calls} = routedFetch(routes);
    renderInHost(<OncallWidget oncall={oncall}/>, store, testEnv({fetchFn}));
    const card = (name: string) => within(screen.getByRole('region', {name: 'On call'})).getByRole('listitem', {name});
    return {calls, card, posted: (path: string) => calls.filter((c) => c.method !== 'GET' && c.path === path).map((c) => c.body)};
}

test('shows who is on call now and next, until when in my zone and in the schedule zone when they differ', () => {
    const {card} = renderWidget([primary(), community]);

    expect(within(card('Primary')).getByText(/^until/)).toHaveTextContent('until 10:00 AM (11:00 AM Berlin)');
    expect(within(card('Primary')).getByText(/^Next:/)).toHaveTextContent(/^Next: E@erin from 10:00 AM \(11:00 AM Berlin\)$/);
    // Same wall clock here and there: said once.
    expect(within(card('Community')).getByText(/^until/)).toHaveTextContent(/^until Tue 9:00 AM$/);
    expect(within(card('Community')).queryByText(/^Next:/)).not.toBeInTheDocument();
    expect(within(card('Community')).getByText('@bob')).toBeInTheDocument();
});

test('shows times in the zone of my Mattermost profile', () => {
    const {card} = renderWidget([primary()], {}, (store) => {
        store.dispatch({type: UserTypes.RECEIVED_ME, data: {...profile('u-bob', 'bob'), timezone: {useAutomaticTimezone: 'false', automaticTimezone: '', manualTimezone: 'America/New_York'}}});
    });
    const until = within(card('Primary')).getByText(/^until/);
    expect(until).toHaveTextContent('until 5:00 AM (11:00 AM Berlin)');
    expect(within(until).getByText('5:00 AM')).toHaveAttribute('datetime', '2025-01-06T10:00:00.000Z');
});

test('flags a gap now as an alert in red, and a coming gap in red', () => {
    const {card} = renderWidget([database, primary({next: {users: [], at: '2025-01-06T10:00:00.000Z'}})]);

    const alert = within(card('Database')).getByRole('alert');
    expect(alert).toHaveTextContent('Nobody is on call for Database since 6:00 AM');
    expect(alert).toHaveStyle({color: 'var(--error-text)'});
    expect(alert.querySelector('.icon-alert-outline')).toHaveAttribute('aria-hidden', 'true');
    expect(within(card('Database')).getByText(/^Next:/)).toHaveTextContent('@bob from 12:00 PM');

    expect(within(card('Primary')).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(card('Primary')).getByText(/^Then nobody/)).toHaveTextContent('Then nobody, from 10:00 AM (11:00 AM Berlin)');
    expect(within(card('Primary')).getByText(/^Then nobody/)).toHaveStyle({color: 'var(--error-text)'});
});

test('takes over for 2 hours by default', async () => {
    const {card, posted} = renderWidget([primary()], {'POST /schedules/s1/take-over': [reply(200, {id: 's1', name: 'Primary', timeZone: 'Europe/Berlin', layers: [], overrides: []})]});
    const toggle = within(card('Primary')).getByRole('button', {name: 'Take over'});
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');

    const form = screen.getByRole('form', {name: 'Take over Primary'});
    expect(within(form).getByRole('spinbutton', {name: 'Hours from now'})).toHaveValue(2);
    await userEvent.click(within(form).getByRole('button', {name: 'Take over'}));

    expect(await screen.findByRole('status')).toHaveTextContent('You are on call for Primary for the next 2 hours.');
    expect(posted('/schedules/s1/take-over')).toEqual([{hours: 2}]);
    await userEvent.click(screen.getByRole('button', {name: 'Close'}));
    expect(toggle).toHaveFocus();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
});

test('checks the hours before asking, and shows what the companion refuses', async () => {
    const {card, posted} = renderWidget([primary()], {'POST /schedules/s1/take-over': [reply(403, {code: 'forbidden', message: 'Only members of the SRE team can take over'})]});
    await userEvent.click(within(card('Primary')).getByRole('button', {name: 'Take over'}));
    const form = screen.getByRole('form', {name: 'Take over Primary'});
    const hours = within(form).getByRole('spinbutton', {name: 'Hours from now'});

    await userEvent.clear(hours);
    await userEvent.type(hours, '100');
    await userEvent.click(within(form).getByRole('button', {name: 'Take over'}));
    expect(hours).toHaveAccessibleDescription('Between 0.5 and 72 hours');
    expect(posted('/schedules/s1/take-over')).toEqual([]);

    await userEvent.clear(hours);
    await userEvent.type(hours, '1.5');
    await userEvent.click(within(form).getByRole('button', {name: 'Take over'}));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Only members of the SRE team can take over');
    expect(posted('/schedules/s1/take-over')).toEqual([{hours: 1.5}]);
});

test('proposes a swap of my next shift to a teammate', async () => {
    const {card, posted} = renderWidget([primary()], {
        'GET /schedules/s1/shifts?from=2025-01-06T08%3A00%3A00.000Z&to=2025-02-17T08%3A00%3A00.000Z': [reply(200, [
            {user: 'alice', start: '2025-01-06T00:00:00.000Z', end: '2025-01-07T09:00:00.000Z', source: 'layer', layer: 'weekly'},
            {user: 'bob', start: '2025-01-07T09:00:00.000Z', end: '2025-01-08T09:00:00.000Z', source: 'layer', layer: 'weekly'},
        ])],
        'GET /me': [reply(200, me('bob'))],
        'POST /schedules/s1/swaps': [reply(202, {message: 'Asked @erin to take your shift; you will hear back in a DM.'})],
    }, (store) => store.dispatch({type: UserTypes.RECEIVED_PROFILES_LIST, data: [profile('u-bob', 'bob'), profile('u-erin', 'erin')]}));
    await userEvent.click(within(card('Primary')).getByRole('button', {name: 'Swap'}));
    const form = screen.getByRole('form', {name: 'Swap a shift of Primary'});

    expect(await within(form).findByDisplayValue('2025-01-07T09:00')).toHaveAccessibleName('From (UTC)');
    expect(within(form).getByLabelText('Until (UTC)')).toHaveValue('2025-01-08T09:00');
    await userEvent.type(within(form).getByRole('combobox', {name: 'Teammate'}), 'er{Enter}');
    await userEvent.click(within(form).getByRole('button', {name: 'Propose swap'}));

    expect(await screen.findByRole('status')).toHaveTextContent('Asked @erin to take your shift; you will hear back in a DM.');
    expect(posted('/schedules/s1/swaps')).toEqual([{username: 'erin', start: '2025-01-07T09:00:00.000Z', end: '2025-01-08T09:00:00.000Z'}]);
});

test('pages whoever is on call for the schedule', async () => {
    const page = {id: 'pg1', number: 3, message: 'Checkout is down', status: 'paging', notified: ['alice'], targetName: 'Primary'};
    const {card, posted} = renderWidget([primary()], {'POST /pages': [reply(201, page)]});
    await userEvent.click(within(card('Primary')).getByRole('button', {name: 'Page'}));
    const form = screen.getByRole('form', {name: 'Page Primary'});
    expect(form).toHaveTextContent('To @alice, on call now');

    await userEvent.click(within(form).getByRole('button', {name: 'Send page'}));
    expect(within(form).getByRole('textbox', {name: 'Message'})).toHaveAccessibleDescription('Say why you are paging');
    await userEvent.type(within(form).getByRole('textbox', {name: 'Message'}), 'Checkout is down');
    await userEvent.click(within(form).getByRole('button', {name: 'Send page'}));

    expect(await screen.findByRole('status')).toHaveTextContent('Page #3 sent to @alice.');
    expect(posted('/pages')).toEqual([{target: {kind: 'schedule', scheduleId: 's1'}, message: 'Checkout is down'}]);
});

test('shows avatars of loaded people at once and looks up the others by username', async () => {
    const {card, calls} = renderWidget([primary()], {
        'POST http://mm.test/api/v4/users/usernames': [reply(200, [profile('u-erin', 'erin', {last_picture_update: 7})])],
    }, (store) => store.dispatch({type: UserTypes.RECEIVED_PROFILES_LIST, data: [profile('u-alice', 'alice', {last_picture_update: 5})]}));
    const avatars = () => within(card('Primary')).getAllByRole('presentation').map((img) => img.getAttribute('src'));

    expect(avatars()).toEqual(['http://mm.test/api/v4/users/u-alice/image?_=5']);
    await waitFor(() => expect(avatars()).toEqual(['http://mm.test/api/v4/users/u-alice/image?_=5', 'http://mm.test/api/v4/users/u-erin/image?_=7']));
    expect(calls.filter((c) => c.path.includes('/api/v4/')).map((c) => c.body)).toEqual([['erin']]);
});

test('opens the schedule in a dialog and gives focus back when it closes', async () => {
    const {card} = renderWidget([primary()]);
    const open = within(card('Primary')).getByRole('button', {name: 'Open schedule'});
    await userEvent.click(open);
    expect(screen.getByRole('dialog', {name: 'Primary'})).toHaveTextContent('Loading schedule…');

    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(open).toHaveFocus();
});

test('offers SREs a new schedule when there is none', async () => {
    renderWidget([], {'GET /me': [reply(200, me('alice', true))]});
    const region = screen.getByRole('region', {name: 'On call'});
    expect(region).toHaveTextContent('No on-call schedules yet');

    await userEvent.click(await within(region).findByRole('button', {name: 'New schedule'}));
    const dialog = screen.getByRole('dialog', {name: 'New schedule'});
    expect(within(dialog).getByRole('textbox', {name: 'Time zone'})).toHaveValue('UTC');
    expect(within(dialog).getByLabelText('First hand-off (UTC)')).toHaveValue('2025-01-06T09:00');
});

test('pages for a drill only reach real people when asked, and says so', async () => {
    const page = {id: 'pg2', number: 4, message: 'Injected latency', status: 'paging', notified: ['alice'], targetName: 'Primary'};
    const drill = incidentView({id: 'inc-drill', number: 9, title: 'Gameday: kill a node', isDrill: true, channelId: 'chan-drill'});
    const {card, posted} = renderWidget([primary()], {'POST /pages': [reply(201, page), reply(201, page)]}, (store) => {
        store.dispatch({type: ChannelTypes.SELECT_CHANNEL, data: 'chan-drill'});
        store.dispatch(channelIncidentLoaded('chan-drill', withTimeline(drill)));
    });
    await userEvent.click(within(card('Primary')).getByRole('button', {name: 'Page'}));
    const form = screen.getByRole('form', {name: 'Page Primary'});
    const real = within(form).getByRole('checkbox', {name: 'Page real people: this incident is a drill'});
    expect(real).not.toBeChecked();
    await userEvent.type(within(form).getByRole('textbox', {name: 'Message'}), 'Injected latency');
    await userEvent.click(real);
    await userEvent.click(within(form).getByRole('button', {name: 'Send page'}));

    await screen.findByRole('status');
    expect(posted('/pages')).toEqual([{target: {kind: 'schedule', scheduleId: 's1'}, message: 'Injected latency', incidentId: 'inc-drill', real: true}]);
});
