import {formatDuration, weekChange, weekLabel, type WeekChange} from './kpi_format';

it.each<[number, string]>([
    [0, '0 s'],
    [45, '45 s'],
    [59.6, '1 m'],
    [240, '4 m'],
    [250, '4 m 10 s'],
    [3600, '1 h'],
    [3900, '1 h 5 m'],
    [3959, '1 h 5 m'],
    [86400, '1 d'],
    [2 * 86400 + (3 * 3600) + 59, '2 d 3 h'],
    [-5, '0 s'],
])('%s seconds read "%s"', (seconds, text) => expect(formatDuration(seconds)).toBe(text));

it.each<[number | null, number | null, WeekChange | null]>([
    [4, 5, {direction: 'up', percent: 25}],
    [4, 2, {direction: 'down', percent: 50}],
    [3, 3, {direction: 'same', percent: 0}],
    [0, 2, {direction: 'up', percent: null}],
    [3, 4, {direction: 'up', percent: 33}],
    [null, 2, null],
    [2, null, null],
])('from %s to %s: %j', (before, after, change) => expect(weekChange(before, after)).toEqual(change));

it.each<[string, string, string, string]>([
    // Monday 00:00 in Berlin is still Sunday in UTC: the label is the Monday.
    ['2024-12-29T23:00:00.000Z', 'Europe/Berlin', 'en-US', 'Dec 30'],
    ['2024-12-29T23:00:00.000Z', 'Europe/Berlin', 'en-GB', '30 Dec'],
    ['2024-12-29T23:00:00.000Z', 'Europe/Berlin', 'de', '30. Dez.'],
    ['2025-01-06T05:00:00.000Z', 'America/New_York', 'en-US', 'Jan 6'],
    // An unknown zone falls back to the viewer's own (UTC in these tests) rather than "Invalid DateTime".
    ['2025-01-06T00:00:00.000Z', 'Not/AZone', 'en-US', 'Jan 6'],
])('%s in %s labelled for %s: %s', (from, zone, locale, label) => expect(weekLabel(from, zone, locale)).toBe(label));
