import type {RitualView} from '../../../../server-ts/src/contract/rituals';
import {gamedayRitual, ritualView} from '../../test_support/rituals';

import {blankRitual, bodyOf, draftOf} from './ritual_draft';

it.each<[string, RitualView]>([
    ['a weekly ritual', ritualView()],
    ['a monthly ritual on the n-th weekday', gamedayRitual()],
    ['one on the last weekday, paused', ritualView({cadence: {kind: 'monthly', nth: -1, weekday: 5, time: '15:30'}, isActive: false})],
])('edits %s back into the same body', (_what, view) => {
    const {name, timeZone, cadence, channelName, leadMinutes, attendees, agenda, notes, isActive} = view;
    expect(bodyOf(draftOf(view))).toEqual({name, timeZone, cadence, channelName, leadMinutes, attendees, agenda, notes, isActive});
});

it.each([
    ['a monthly ritual switched to weekly drops its nth', {kind: 'weekly' as const, nth: 2 as const}, {cadence: {kind: 'weekly', weekday: 1, time: '10:00'}}],
    ['a channel typed with its ~ loses it', {channelName: ' ~cloud-sre-team '}, {channelName: 'cloud-sre-team'}],
    ['attendees are split on commas, blanks dropped', {attendees: ' SRE,, Release , '}, {attendees: ['SRE', 'Release']}],
    ['an emptied lead time is sent for the companion to name', {leadMinutes: Number.NaN}, {leadMinutes: Number.NaN}],
])('%s', (_what, patch, expected) => {
    const body: Record<string, unknown> = bodyOf({...blankRitual('Europe/Berlin'), ...patch});
    expect(Object.fromEntries(Object.keys(expected).map((k) => [k, body[k]]))).toEqual(expected);
});
