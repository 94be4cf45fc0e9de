import {expect, it} from 'vitest';
import type {ScheduleBody} from '../contract/schedules.js';
import {parseOncallAt, parseShiftRange} from './oncall_query.js';
import {parseSchedule} from './oncall_schedule_parse.js';

const KNOWN = new Set(['alice', 'bob', 'erin', 'dave']);

// The example of issue 7, verbatim.
const ISSUE_EXAMPLE: ScheduleBody = {
    name: 'SRE primary', timeZone: 'Europe/Berlin',
    layers: [{
        name: 'weekly', users: ['alice', 'bob', 'erin'], rotation: {every: 1, unit: 'week'}, start: '2026-03-16T09:00',
        restrictions: [{days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '17:00'}],
    }],
    overrides: [{user: 'dave', start: '2026-03-30T10:00:00Z', end: '2026-03-30T14:00:00Z'}],
};

it('accepts the example of the issue as it is', () => {
    expect(parseSchedule(ISSUE_EXAMPLE, KNOWN)).toEqual({ok: true, value: ISSUE_EXAMPLE});
});

it('tidies what people type: spaces, @names, capitals, missing restrictions and overrides', () => {
    const body: ScheduleBody = {
        name: ' SRE primary ', timeZone: 'Europe/Berlin',
        layers: [{name: ' weekly ', users: ['@Alice', ' bob'], rotation: {every: 2, unit: 'day'}, start: ' 2026-03-16T09:00 '}],
    };
    expect(parseSchedule(body, KNOWN)).toEqual({ok: true, value: {
        name: 'SRE primary', timeZone: 'Europe/Berlin', overrides: [],
        layers: [{name: 'weekly', users: ['alice', 'bob'], rotation: {every: 2, unit: 'day'}, start: '2026-03-16T09:00', restrictions: []}],
    }});
});

it('stores overrides sorted by start', () => {
    const body = {...ISSUE_EXAMPLE, overrides: [
        {user: 'bob', start: '2026-04-02T10:00', end: '2026-04-02T12:00'},
        {user: 'dave', start: '2026-03-30T10:00:00Z', end: '2026-03-30T14:00:00Z'},
    ]};
    const parsed = parseSchedule(body, KNOWN);
    expect(parsed.ok && parsed.value.overrides.map((o) => o.user)).toEqual(['dave', 'bob']);
});

type Layer = ScheduleBody['layers'][number];
const layer = (change: Partial<Layer>): ScheduleBody => ({...ISSUE_EXAMPLE, layers: [{...ISSUE_EXAMPLE.layers[0] as Layer, ...change}]});
const restricted = (r: {days?: string[]; from?: string; to?: string}) => layer({restrictions: [{days: ['mon'], from: '09:00', to: '17:00', ...r}]});

it.each<[string, ScheduleBody, string, RegExp]>([
    ['unknown zone', {...ISSUE_EXAMPLE, timeZone: 'Europe/Atlantis'}, 'timeZone', /unknown time zone "Europe\/Atlantis"/],
    ['empty name', {...ISSUE_EXAMPLE, name: '  '}, 'name', /name of 1 to 100/],
    ['no layers', {...ISSUE_EXAMPLE, layers: []}, 'layers', /1 to 10 layers/],
    ['unknown user', layer({users: ['alice', 'zed']}), 'layers[0].users[1]', /unknown user "zed"/],
    ['no users', layer({users: []}), 'layers[0].users', /list 1 to 100 users/],
    ['every 0', layer({rotation: {every: 0, unit: 'week'}}), 'layers[0].rotation.every', /whole number from 1 to 1000 \(got 0\)/],
    ['every -1', layer({rotation: {every: -1, unit: 'week'}}), 'layers[0].rotation.every', /whole number/],
    ['every 1.5', layer({rotation: {every: 1.5, unit: 'day'}}), 'layers[0].rotation.every', /whole number/],
    ['bad unit', layer({rotation: {every: 1, unit: 'month'}}), 'layers[0].rotation.unit', /hour, day or week \(got "month"\)/],
    ['bad start', layer({start: '16/03/2026 09:00'}), 'layers[0].start', /YYYY-MM-DDTHH:mm/],
    ['impossible start', layer({start: '2026-02-30T09:00'}), 'layers[0].start', /not a real date/],
    ['empty layer name', layer({name: ''}), 'layers[0].name', /name of 1 to 100/],
    ['no days', restricted({days: []}), 'layers[0].restrictions[0].days', /at least one day/],
    ['bad day', restricted({days: ['mon', 'funday']}), 'layers[0].restrictions[0].days[1]', /"funday" is not a day/],
    ['bad from', restricted({from: '9am'}), 'layers[0].restrictions[0].from', /HH:mm from 00:00 to 23:59/],
    ['from 24:00', restricted({from: '24:00'}), 'layers[0].restrictions[0].from', /HH:mm/],
    ['bad to', restricted({to: '25:00'}), 'layers[0].restrictions[0].to', /HH:mm from 00:00 to 24:00/],
    ['override by a stranger', {...ISSUE_EXAMPLE, overrides: [{user: 'mallory', start: '2026-03-30T10:00', end: '2026-03-30T11:00'}]},
        'overrides[0].user', /unknown user "mallory"/],
    ['override ending at its start', {...ISSUE_EXAMPLE, overrides: [{user: 'dave', start: '2026-03-30T10:00', end: '2026-03-30T10:00'}]},
        'overrides[0].end', /end after it starts/],
    ['override ending before its start (local end, instant start)',
        {...ISSUE_EXAMPLE, overrides: [{user: 'dave', start: '2026-03-30T10:00:00Z', end: '2026-03-30T11:30'}]},
        'overrides[0].end', /end after it starts/],
    ['override with a bad end', {...ISSUE_EXAMPLE, overrides: [{user: 'dave', start: '2026-03-30T10:00', end: 'tomorrow'}]},
        'overrides[0].end', /is not a time/],
    ['overlapping overrides', {...ISSUE_EXAMPLE, overrides: [
        {user: 'dave', start: '2026-03-30T10:00', end: '2026-03-30T18:00'},
        {user: 'bob', start: '2026-03-30T17:00', end: '2026-03-30T19:00'},
    ]}, 'overrides[1].start', /overlaps overrides\[0\] \(dave\)/],
    ['an override inside a long one, after a short one', {...ISSUE_EXAMPLE, overrides: [
        {user: 'dave', start: '2026-03-30T00:00', end: '2026-04-05T00:00'},
        {user: 'bob', start: '2026-03-31T00:00', end: '2026-03-31T01:00'},
        {user: 'erin', start: '2026-04-02T00:00', end: '2026-04-02T01:00'},
    ]}, 'overrides[2].start', /overlaps overrides\[0\] \(dave\)/],
])('refuses %s, naming %s', (_, body, path, message) => {
    const parsed = parseSchedule(body, KNOWN);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
        expect(parsed.error.code).toBe('invalid_schedule');
        expect(parsed.error.fields[path]).toMatch(message);
        expect(parsed.error.message).toContain(`${path}: `);
    }
});

it('refuses two layers of one name', () => {
    const body: ScheduleBody = {...ISSUE_EXAMPLE, layers: [ISSUE_EXAMPLE.layers[0] as Layer, ISSUE_EXAMPLE.layers[0] as Layer]};
    expect(parseSchedule(body, KNOWN)).toMatchObject({ok: false, error: {fields: {'layers[1].name': /layers\[0\] is already called "weekly"/}}});
});

it('names every problem at once', () => {
    const body: ScheduleBody = {name: '', timeZone: 'Nowhere', layers: [{name: 'x', users: ['zed'], rotation: {every: 0, unit: 'year'}, start: 'soon'}]};
    const parsed = parseSchedule(body, KNOWN);
    expect(!parsed.ok && Object.keys(parsed.error.fields).sort()).toEqual(
        ['layers[0].rotation.every', 'layers[0].rotation.unit', 'layers[0].start', 'layers[0].users[0]', 'name', 'timeZone']);
});

it('touching overrides are fine', () => {
    const body = {...ISSUE_EXAMPLE, overrides: [
        {user: 'dave', start: '2026-03-30T10:00', end: '2026-03-30T12:00'},
        {user: 'bob', start: '2026-03-30T12:00', end: '2026-03-30T14:00'},
    ]};
    expect(parseSchedule(body, KNOWN).ok).toBe(true);
});

it('skips the user check for rows read back (people may have left since)', () => {
    expect(parseSchedule(ISSUE_EXAMPLE, new Set()).ok).toBe(false);
    expect(parseSchedule(ISSUE_EXAMPLE, null).ok).toBe(true);
});

it.each<[string | undefined, string]>([
    [undefined, '2026-05-01T12:00:00.000Z'],
    ['', '2026-05-01T12:00:00.000Z'],
    ['2026-03-30T10:00:00Z', '2026-03-30T10:00:00.000Z'],
    ['2026-03-30T12:00:00+02:00', '2026-03-30T10:00:00.000Z'],
    // An unescaped "+" in a query string arrives as a space.
    ['2026-03-30T12:00:00 02:00', '2026-03-30T10:00:00.000Z'],
])('?at=%j means %s', (text, expected) => {
    const at = parseOncallAt(text, new Date('2026-05-01T12:00:00Z'));
    expect(at.ok && at.value.toISOString()).toBe(expected);
});

it.each(['2026-03-30T10:00', 'now', '2026-02-30T10:00:00Z'])('?at=%j is refused, naming at', (text) => {
    expect(parseOncallAt(text, new Date())).toMatchObject({ok: false, error: {code: 'invalid_schedule', fields: {at: expect.any(String) as string}}});
});

it.each<[string, string, string, RegExp]>([
    ['2026-03-30T10:00:00Z', '2026-03-30T10:00:00Z', 'to', /after from/],
    ['2026-03-31T10:00:00Z', '2026-03-30T10:00:00Z', 'to', /after from/],
    ['2026-01-01T00:00:00Z', '2029-06-01T00:00:00Z', 'to', /at most 1096 days/],
    ['yesterday', '2026-03-30T10:00:00Z', 'from', /not a time/],
    ['2026-03-30T10:00:00Z', '2026-04-30T10:00', 'to', /no offset/],
])('?from=%s&to=%s is refused, naming %s', (from, to, path, message) => {
    const range = parseShiftRange(from, to);
    expect(!range.ok && range.error.fields[path]).toMatch(message);
});

it('reads a good range', () => {
    expect(parseShiftRange('2026-03-01T00:00:00Z', '2026-04-01T00:00:00+02:00')).toEqual({ok: true, value: {
        from: new Date('2026-03-01T00:00:00Z'), to: new Date('2026-03-31T22:00:00Z'),
    }});
});
