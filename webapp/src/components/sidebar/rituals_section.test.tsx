import {screen, waitFor, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import {createHostStore} from '../../test_support/host_store';
import {renderInHost, testEnv} from '../../test_support/render_in_host';
import {reply, routedFetch, type Call} from '../../test_support/routed_fetch';
import {ritualList, ritualView} from '../../test_support/rituals';
import {busySummary} from '../../test_support/summaries';

import {RitualsSection} from './rituals_section';

type Routes = Parameters<typeof routedFetch>[0];
const ME = {userId: 'u1', username: 'alice', isSre: true, isSystemAdmin: false};
const UPCOMING = busySummary().rituals;

async function openRituals(routes: Routes, me = ME) {
    const {fetchFn, calls} = routedFetch({'GET /me': [reply(200, me)], 'GET /rituals': [reply(200, ritualList())], ...routes});
    renderInHost(<RitualsSection rituals={UPCOMING}/>, createHostStore(), testEnv({fetchFn}));
    const section = screen.getByRole('region', {name: 'Rituals'});
    await userEvent.click(within(section).getByRole('button', {name: 'Show'}));
    const review = await within(section).findByRole('listitem', {name: 'Incident Review'});
    const sent = (method: string, path: string) => calls.filter((c: Call) => c.method === method && c.path === path).map((c) => c.body);
    return {section, review, calls, sent};
}

test('shows the summary\'s next rituals, and fetches nothing until shown', async () => {
    const {fetchFn, calls} = routedFetch({});
    renderInHost(<RitualsSection rituals={UPCOMING}/>, createHostStore(), testEnv({fetchFn}));
    const section = screen.getByRole('region', {name: 'Rituals'});
    expect(within(section).getByRole('listitem')).toHaveTextContent(/^Weekly ops review9:00\sAM · ~ops$/);
    await waitFor(() => expect(calls).toEqual([]));
});

test('shown: cadence, next occurrences in the viewer\'s time with the ritual\'s own zone in the tooltip, last agenda', async () => {
    const {section, review} = await openRituals({}, {...ME, isSre: false});
    expect(review).toHaveTextContent('Every Monday at 10:00 (Europe/Berlin) · ~cloud-sre-team');
    const next = within(review).getByText('9:00 AM');
    expect(next).toHaveAttribute('datetime', '2025-01-06T09:00:00.000Z');
    expect(next).toHaveAttribute('title', 'Mon, Jan 6, 2025, 10:00 AM in Europe/Berlin');
    expect(review).toHaveTextContent(/Next: 9:00\sAM · Mon, Jan 13, 9:00\sAM · Mon, Jan 20, 9:00\sAM/);
    expect(review).toHaveTextContent('Last agenda posted 6 days ago · late');
    const gameday = within(section).getByRole('listitem', {name: 'Chaos Gameday'});
    expect(gameday).toHaveTextContent('First Thursday of the month at 14:00 (Europe/Berlin)');
    expect(within(gameday).getByText(/Apr 3/)).toHaveAttribute('title', 'Thu, Apr 3, 2025, 2:00 PM in Europe/Berlin');
    expect(within(section).queryByRole('button', {name: /^Edit/})).not.toBeInTheDocument();
    expect(within(section).queryByRole('button', {name: 'New ritual'})).not.toBeInTheDocument();
});

test('copies the iCal subscription link', async () => {
    const user = userEvent.setup();
    const {section} = await openRituals({});
    expect(within(section).getByRole('textbox', {name: 'Subscribe (iCal)'})).toHaveValue('https://chat.example.com/sre-toolkit/calendar/rituals/tok123.ics');
    await user.click(within(section).getByRole('button', {name: 'Copy link'}));
    expect(await within(section).findByText('Copied')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe('https://chat.example.com/sre-toolkit/calendar/rituals/tok123.ics');
});

test('previews the next agenda as its Markdown', async () => {
    const {review} = await openRituals({'GET /rituals/r1/agenda': [reply(200, {occurrenceAt: '2025-01-06T09:00:00.000Z', markdown: '### Incident Review\n- #42 Checkout is down'})]});
    await userEvent.click(within(review).getByRole('button', {name: 'Preview agenda'}));
    const agenda = await within(review).findByRole('region', {name: 'Agenda of Incident Review'});
    expect(agenda.querySelector('pre')?.textContent).toBe('### Incident Review\n- #42 Checkout is down');
    expect(agenda).toHaveTextContent('For 9:00 AM');
});

test('an SRE edits a ritual to the last Friday of the month: the PUT carries every field, and the list reloads', async () => {
    const saved = ritualView({name: 'Incident Review (monthly)', cadence: {kind: 'monthly', nth: -1, weekday: 5, time: '15:30'}});
    const {section, review, sent, calls} = await openRituals({'PUT /rituals/r1': [reply(200, saved)]});
    await userEvent.click(within(review).getByRole('button', {name: 'Edit Incident Review'}));
    const dialog = screen.getByRole('dialog', {name: 'Edit Incident Review'});
    expect(within(dialog).getByRole('textbox', {name: 'Attendees'})).toHaveValue('SRE, Release');

    await userEvent.type(within(dialog).getByRole('textbox', {name: 'Name'}), ' (monthly)');
    await userEvent.selectOptions(within(dialog).getByRole('combobox', {name: 'Repeats'}), 'Every month');
    await userEvent.selectOptions(within(dialog).getByRole('combobox', {name: 'Which'}), 'Last');
    await userEvent.selectOptions(within(dialog).getByRole('combobox', {name: 'Weekday'}), 'Friday');
    await userEvent.clear(within(dialog).getByLabelText('Time'));
    await userEvent.type(within(dialog).getByLabelText('Time'), '15:30');
    await userEvent.clear(within(dialog).getByRole('textbox', {name: 'Channel'}));
    await userEvent.type(within(dialog).getByRole('textbox', {name: 'Channel'}), '~sre-reviews');
    await userEvent.click(within(dialog).getByRole('checkbox', {name: /Active/}));
    await userEvent.click(within(dialog).getByRole('button', {name: 'Save ritual'}));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(sent('PUT', '/rituals/r1')).toEqual([{
        name: 'Incident Review (monthly)', timeZone: 'Europe/Berlin', cadence: {kind: 'monthly', nth: -1, weekday: 5, time: '15:30'},
        channelName: 'sre-reviews', leadMinutes: 15, attendees: ['SRE', 'Release'], agenda: 'incident-review', notes: '', isActive: false,
    }]);
    await waitFor(() => expect(calls.filter((c) => c.path === '/rituals')).toHaveLength(2));
    expect(within(section).getByRole('button', {name: 'Edit Incident Review'})).toHaveFocus();
});

test('the companion\'s 400 shows on each field it names; others and the message go to the alert', async () => {
    const problem = {code: 'invalid_ritual', message: 'timeZone: …; cadence: …; slug: …', fields: {
        timeZone: '"Mars/Olympus" is not an IANA time zone', cadence: 'unknown ritual cadence: cadence time must be HH:mm', slug: 'slug is taken',
    }};
    const {review, sent} = await openRituals({'PUT /rituals/r1': [reply(400, problem)]});
    await userEvent.click(within(review).getByRole('button', {name: 'Edit Incident Review'}));
    const dialog = screen.getByRole('dialog', {name: 'Edit Incident Review'});
    const zone = within(dialog).getByRole('textbox', {name: 'Time zone'});
    await userEvent.clear(zone);
    await userEvent.type(zone, 'Mars/Olympus');
    await userEvent.click(within(dialog).getByRole('button', {name: 'Save ritual'}));

    expect(await within(dialog).findByText('"Mars/Olympus" is not an IANA time zone')).toBeInTheDocument();
    expect(zone).toHaveAttribute('aria-invalid', 'true');
    expect(zone).toHaveAccessibleDescription('"Mars/Olympus" is not an IANA time zone An IANA name, e.g. Europe/Berlin');
    expect(within(dialog).getByLabelText('Time')).toHaveAccessibleDescription('Unknown ritual cadence: cadence time must be HH:mm');
    expect(within(dialog).getByRole('textbox', {name: 'Name'})).not.toHaveAttribute('aria-invalid');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('slug is taken');
    expect(sent('PUT', '/rituals/r1')).toHaveLength(1);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
});

test('an SRE adds a ritual; a refusal without fields says why', async () => {
    const {section, sent} = await openRituals({'POST /rituals': [reply(403, {code: 'forbidden', message: 'forbidden: only SREs edit rituals'})]});
    await userEvent.click(within(section).getByRole('button', {name: 'New ritual'}));
    const dialog = screen.getByRole('dialog', {name: 'New ritual'});
    await userEvent.type(within(dialog).getByRole('textbox', {name: 'Name'}), 'Chaos retro');
    await userEvent.type(within(dialog).getByRole('textbox', {name: 'Channel'}), 'cloud-sre-team');
    await userEvent.type(within(dialog).getByRole('textbox', {name: 'Attendees'}), 'SRE, , Platform ');
    await userEvent.selectOptions(within(dialog).getByRole('combobox', {name: 'Agenda'}), 'Gameday: the planned scenario');
    await userEvent.click(within(dialog).getByRole('button', {name: 'Save ritual'}));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('forbidden: only SREs edit rituals');
    expect(sent('POST', '/rituals')).toEqual([{
        name: 'Chaos retro', timeZone: 'UTC', cadence: {kind: 'weekly', weekday: 1, time: '10:00'}, channelName: 'cloud-sre-team',
        leadMinutes: 15, attendees: ['SRE', 'Platform'], agenda: 'gameday', notes: '', isActive: true,
    }]);
});

test('says what failed when the rituals cannot be loaded', async () => {
    const {fetchFn} = routedFetch({'GET /rituals': [reply(503, {code: 'unavailable', message: 'Companion down'})]});
    renderInHost(<RitualsSection rituals={[]}/>, createHostStore(), testEnv({fetchFn}));
    const section = screen.getByRole('region', {name: 'Rituals'});
    expect(section).toHaveTextContent('No upcoming rituals');
    await userEvent.click(within(section).getByRole('button', {name: 'Show'}));
    expect(await within(section).findByRole('alert')).toHaveTextContent('Companion down');
});
