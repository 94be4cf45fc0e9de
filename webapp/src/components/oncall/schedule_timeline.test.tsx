import {screen, within} from '@testing-library/react';
import {DateTime} from 'luxon';

import type {Shift} from '../../../../server-ts/src/contract/schedules';
import {createHostStore} from '../../test_support/host_store';
import {renderInHost} from '../../test_support/render_in_host';

import {ScheduleTimeline} from './schedule_timeline';
import {timelineDays} from './timeline_model';
import {rangeAround} from './timeline_range';

const shift = (user: string, start: string, end: string, source: Shift['source'] = 'layer'): Shift =>
    ({user, start, end, source, layer: source === 'layer' ? 'weekly' : null});

// Monday 2025-01-06, UTC (jest's zone), as the modal opens on this week.
const WEEK = rangeAround(DateTime.fromISO('2025-01-06T08:00:00Z', {zone: 'UTC', locale: 'en'}), 'week');
const SHIFTS = [
    shift('alice', '2025-01-05T09:00:00Z', '2025-01-06T09:00:00Z'),
    shift('dave', '2025-01-06T09:00:00Z', '2025-01-06T13:00:00Z', 'override'),
    shift('bob', '2025-01-06T17:00:00Z', '2025-01-07T09:00:00Z'),
];

const bars = (day: string) => within(screen.getByRole('list', {name: day})).getAllByRole('listitem');
// ICU puts a narrow no-break space before AM/PM.
const texts = (day: string) => bars(day).map((b) => b.textContent.replace(/\s/g, ' '));

test('draws a row a day: shifts cut at midnight and labelled with the person, overrides marked, gaps in red', () => {
    renderInHost(<ScheduleTimeline shifts={SHIFTS} range={WEEK} scheduleZone='Europe/Berlin' label='Shifts'/>, createHostStore());

    expect(within(screen.getByRole('list', {name: 'Shifts'})).getAllByRole('list')).toHaveLength(7);
    expect(texts('Mon, Jan 6')).toEqual([
        '@alice 12:00 AM – 9:00 AM', '@dave (override) 9:00 AM – 1:00 PM', 'Nobody on call 1:00 PM – 5:00 PM', '@bob 5:00 PM – 12:00 AM',
    ]);
    expect(texts('Tue, Jan 7')).toEqual(['@bob 12:00 AM – 9:00 AM', 'Nobody on call 9:00 AM – 12:00 AM']);
    expect(texts('Sun, Jan 12')).toEqual(['Nobody on call 12:00 AM – 12:00 AM']);

    const [alice, dave, gap, bob] = bars('Mon, Jan 6');
    expect(dave).toHaveStyle({borderStyle: 'dashed'});
    expect(dave?.querySelector('.icon-swap-horizontal')).toBeInTheDocument();
    expect(alice).not.toHaveStyle({borderStyle: 'dashed'});
    expect(gap).toHaveStyle({color: 'var(--error-text)'});
    expect(bob).toHaveStyle({left: '70.83333333333334%', width: '29.166666666666668%'});
    // The tooltip gives the layer and the schedule's own hours.
    expect(alice?.getAttribute('title')?.replace(/\s/g, ' ')).toBe('weekly · 1:00 AM – 10:00 AM Europe/Berlin');
});

const BERLIN_DST = DateTime.fromISO('2025-03-30T00:00', {zone: 'Europe/Berlin'});

it.each<[string, Shift[], [string, number][]]>([
    ['a shift over the whole 23-hour day', [shift('erin', '2025-03-29T23:00:00Z', '2025-03-30T22:00:00Z')], [['erin', 100]]],
    // 00:00–12:00 local is 11 real hours of 23 on the spring-forward day.
    ['local midnight to noon', [shift('erin', '2025-03-29T23:00:00Z', '2025-03-30T10:00:00Z')], [['erin', (11 / 23) * 100], ['gap', (12 / 23) * 100]]],
    ['nothing', [], [['gap', 100]]],
])('a daylight-saving day in Berlin: %s', (_name, shifts, expected) => {
    const [day] = timelineDays(shifts, BERLIN_DST, BERLIN_DST.plus({days: 1}));
    expect(day?.segments.map((s) => [s.user ?? s.kind, s.width])).toEqual(expected);
});
