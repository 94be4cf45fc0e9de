import {fireEvent, screen, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {UserTypes} from 'mattermost-redux/action_types';

import type {ScheduleView, Shift} from '../../../../server-ts/src/contract/schedules';
import {createHostStore} from '../../test_support/host_store';
import {renderInHost, testEnv} from '../../test_support/render_in_host';
import {reply, routedFetch} from '../../test_support/routed_fetch';

import {ScheduleModal} from './schedule_modal';

const VIEW: ScheduleView = {
    id: 's1', name: 'Primary', timeZone: 'Europe/Berlin',
    layers: [{name: 'weekly', users: ['alice', 'zed', 'bob'], rotation: {every: 1, unit: 'week'}, start: '2025-01-06T09:00', restrictions: []}],
    overrides: [{user: 'dave', start: '2025-01-06T09:00:00.000Z', end: '2025-01-06T13:00:00.000Z'}],
};
const SHIFTS: Shift[] = [
    {user: 'alice', start: '2025-01-06T00:00:00.000Z', end: '2025-01-06T09:00:00.000Z', source: 'layer', layer: 'weekly'},
    {user: 'dave', start: '2025-01-06T09:00:00.000Z', end: '2025-01-06T13:00:00.000Z', source: 'override', layer: null},
];
// The week the modal opens on (NOW_ISO is Monday 2025-01-06 08:00 UTC), and the next one.
const q = (from: string, to: string) => `from=${encodeURIComponent(`${from}T00:00:00.000Z`)}&to=${encodeURIComponent(`${to}T00:00:00.000Z`)}`;
const THIS_WEEK = q('2025-01-06', '2025-01-13');
const NEXT_WEEK = q('2025-01-13', '2025-01-20');

function openModal(isSre: boolean, routes: Parameters<typeof routedFetch>[0] = {}) {
    const store = createHostStore();
    store.dispatch({type: UserTypes.RECEIVED_PROFILES_LIST, data: [{id: 'u-erin', username: 'erin', is_bot: false, delete_at: 0}]});
    const {fetchFn, calls} = routedFetch({'GET /schedules/s1': [reply(200, VIEW)], [`GET /schedules/s1/shifts?${THIS_WEEK}`]: [reply(200, SHIFTS)], ...routes});
    renderInHost(<ScheduleModal target={{kind: 'schedule', scheduleId: 's1', name: 'Primary'}} isSre={isSre} onClose={jest.fn()}/>, store, testEnv({fetchFn}));
    return {dialog: screen.getByRole('dialog', {name: 'Primary'}), calls};
}

const dayText = (list: HTMLElement, day: string) =>
    within(within(list).getByRole('list', {name: day})).getAllByRole('listitem').map((b) => b.textContent.replace(/\s/g, ' '));

test('shows the week of the final schedule in my zone, and moves to the next week', async () => {
    const {dialog, calls} = openModal(false, {[`GET /schedules/s1/shifts?${NEXT_WEEK}`]: [reply(200, [])]});

    const shifts = await within(dialog).findByRole('list', {name: 'Shifts'});
    expect(dayText(shifts, 'Mon, Jan 6')).toEqual(['@alice 12:00 AM – 9:00 AM', '@dave (override) 9:00 AM – 1:00 PM', 'Nobody on call 1:00 PM – 12:00 AM']);
    expect(dialog).toHaveTextContent('Jan 6 – Jan 12, 2025');
    expect(dialog).toHaveTextContent('Times in your zone (UTC); the schedule runs in Europe/Berlin.');
    expect(within(dialog).queryByRole('button', {name: 'Edit schedule'})).not.toBeInTheDocument();

    await userEvent.click(within(dialog).getByRole('button', {name: 'Next week'}));
    expect(await within(dialog).findByRole('list', {name: 'Mon, Jan 13'})).toHaveTextContent('Nobody on call');
    expect(calls.filter((c) => c.path.includes('/shifts')).map((c) => c.path)).toEqual([`/schedules/s1/shifts?${THIS_WEEK}`, `/schedules/s1/shifts?${NEXT_WEEK}`]);

    await userEvent.click(within(dialog).getByRole('button', {name: 'Month'}));
    expect(within(dialog).getByRole('button', {name: 'Month'})).toHaveAttribute('aria-pressed', 'true');
    expect(calls.at(-1)?.path).toBe(`/schedules/s1/shifts?${q('2025-01-01', '2025-02-01')}`);
});

const PROBLEMS = {
    'layers[0].rotation.every': 'Hand off at least every 1',
    'layers[0].users[1]': 'No Mattermost user @zed',
    'overrides[0].end': 'An override ends after it starts',
    'layers[0].restrictions[0].from': 'Not a time',
};

async function startEditing(routes: Parameters<typeof routedFetch>[0]) {
    const {dialog, calls} = openModal(true, routes);
    await userEvent.click(await within(dialog).findByRole('button', {name: 'Edit schedule'}));
    const form = within(dialog).getByRole('form', {name: 'Edit schedule'});
    return {form, calls, every: within(form).getByRole('spinbutton', {name: 'Hand off every'})};
}

test('previews an edit and shows each field the companion refuses beside that field', async () => {
    const {form, every, calls} = await startEditing({[`POST /schedules/preview?${THIS_WEEK}`]: [reply(400, {code: 'invalid_schedule', message: 'Check the schedule', fields: PROBLEMS}), reply(200, SHIFTS)]});
    await userEvent.clear(every);
    await userEvent.type(every, '0');
    await userEvent.click(within(form).getByRole('button', {name: 'Preview'}));

    await within(form).findByText('No Mattermost user @zed');
    expect(every).toHaveAccessibleDescription('Hand off at least every 1');
    expect(every).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByText('No Mattermost user @zed').closest('li')).toHaveTextContent('@zed');
    expect(within(form).getByText('An override ends after it starts').closest('li')).toHaveTextContent('@dave');
    expect(within(form).getByRole('alert')).toHaveTextContent('Check the schedule layers[0].restrictions[0].from: Not a time');

    await userEvent.clear(every);
    await userEvent.type(every, '2');
    await userEvent.click(within(form).getByRole('button', {name: 'Remove @zed'}));
    await userEvent.click(within(form).getByRole('button', {name: 'Move @bob earlier'}));
    // Bob is now first: the keyboard stays with him, on the arrow that still moves him.
    expect(within(form).getByRole('button', {name: 'Move @bob later'})).toHaveFocus();
    await userEvent.click(within(form).getByRole('button', {name: 'Preview'}));

    const preview = await within(form).findByRole('list', {name: 'Previewed shifts'});
    expect(dayText(preview, 'Mon, Jan 6')).toContain('@dave (override) 9:00 AM – 1:00 PM');
    expect(every).not.toHaveAttribute('aria-invalid');
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();
    const previews = calls.filter((c) => c.path.startsWith('/schedules/preview'));
    expect(previews.map((c) => c.method)).toEqual(['POST', 'POST']);
    expect(previews[1]?.body).toEqual({...VIEW, id: undefined, layers: [{...VIEW.layers[0], users: ['bob', 'alice'], rotation: {every: 2, unit: 'week'}}]});
});

test('adds an override and saves the schedule, then shows it as saved', async () => {
    const saved = {...VIEW, overrides: [...VIEW.overrides, {user: 'erin', start: '2025-01-08T09:00:00.000Z', end: '2025-01-08T13:00:00.000Z'}]};
    const {form, calls} = await startEditing({'PUT /schedules/s1': [reply(200, saved)]});
    await userEvent.type(within(form).getByRole('combobox', {name: 'Who covers'}), 'er{Enter}');
    fireEvent.change(within(form).getByLabelText('From (Europe/Berlin)'), {target: {value: '2025-01-08T10:00'}});
    fireEvent.change(within(form).getByLabelText('Until (Europe/Berlin)'), {target: {value: '2025-01-08T14:00'}});
    await userEvent.click(within(form).getByRole('button', {name: 'Add override'}));
    expect(within(form).getByRole('button', {name: 'Remove the override of @erin'}).closest('li')?.textContent.replace(/\s/g, ' '))
        .toBe('@erin Jan 8, 2025, 10:00 AM – Jan 8, 2025, 2:00 PM');

    await userEvent.click(within(form).getByRole('button', {name: 'Save schedule'}));

    expect(await screen.findByRole('button', {name: 'Edit schedule'})).toBeInTheDocument();
    const put = calls.find((c) => c.method === 'PUT');
    expect(put?.body).toMatchObject({overrides: [VIEW.overrides[0], {user: 'erin', start: '2025-01-08T10:00', end: '2025-01-08T14:00'}]});
    // The saved schedule is shown: its shifts are asked for again.
    expect(calls.filter((c) => c.path === `/schedules/s1/shifts?${THIS_WEEK}`)).toHaveLength(2);
});
