import {expect, it} from 'vitest';
import type {ScheduleBody} from '../contract/schedules.js';
import {compileSchedule, type CompiledSchedule} from './oncall_compile.js';
import {finalSchedule, type OncallShift} from './oncall_final_schedule.js';
import {parseSchedule} from './oncall_schedule_parse.js';

type LayerBody = ScheduleBody['layers'][number];

function scheduleOf(layers: LayerBody[], overrides: ScheduleBody['overrides'] = [], timeZone = 'Europe/Berlin'): CompiledSchedule {
    const parsed = parseSchedule({name: 'test', timeZone, layers, overrides}, null);
    if (!parsed.ok) {
        throw new Error(parsed.error.message);
    }
    return compileSchedule(parsed.value);
}

const hhmm = (d: Date) => d.toISOString().slice(5, 16).replace('T', ' ');
// "alice 03-22 23:00 → 03-23 08:00 everyone": UTC, readable in a table.
const line = (s: OncallShift) => `${s.user} ${hhmm(s.start)} → ${hhmm(s.end)} ${s.layer ?? s.source}`;
const shifts = (schedule: CompiledSchedule, from: string, to: string) => finalSchedule(schedule, new Date(from), new Date(to)).map(line);

const EVERYONE: LayerBody = {name: 'everyone', users: ['alice'], rotation: {every: 1, unit: 'week'}, start: '2026-03-16T00:00'};
const BUSINESS: LayerBody = {
    name: 'business', users: ['bob', 'erin'], rotation: {every: 1, unit: 'day'}, start: '2026-03-23T09:00',
    restrictions: [{days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '17:00'}],
};

it('paints layers lowest first, a later layer over an earlier one where it has someone, overrides over all', () => {
    const schedule = scheduleOf([EVERYONE, BUSINESS], [{user: 'dave', start: '2026-03-23T10:00', end: '2026-03-23T11:00'}]);
    // Monday and Tuesday, Berlin midnight to midnight (CET, +01:00).
    expect(shifts(schedule, '2026-03-22T23:00:00Z', '2026-03-24T23:00:00Z')).toEqual([
        'alice 03-22 23:00 → 03-23 08:00 everyone',
        'bob 03-23 08:00 → 03-23 09:00 business',
        'dave 03-23 09:00 → 03-23 10:00 override',
        'bob 03-23 10:00 → 03-23 16:00 business',
        // One person on one layer straight through midnight: one shift.
        'alice 03-23 16:00 → 03-24 08:00 everyone',
        'erin 03-24 08:00 → 03-24 16:00 business',
        'alice 03-24 16:00 → 03-24 23:00 everyone',
    ]);
});

it('an override wins over a higher layer too, and is cut to the range', () => {
    const schedule = scheduleOf([EVERYONE, BUSINESS], [{user: 'dave', start: '2026-03-23T06:00:00Z', end: '2026-03-23T12:00:00Z'}]);
    expect(shifts(schedule, '2026-03-23T07:00:00Z', '2026-03-23T13:00:00Z')).toEqual([
        'dave 03-23 07:00 → 03-23 12:00 override',
        'bob 03-23 12:00 → 03-23 13:00 business',
    ]);
});

it('a layer has nobody before its start: gaps are simply absent', () => {
    const schedule = scheduleOf([{...EVERYONE, start: '2026-03-16T09:00'}]);
    expect(shifts(schedule, '2026-03-16T00:00:00Z', '2026-03-16T12:00:00Z')).toEqual(['alice 03-16 08:00 → 03-16 12:00 everyone']);
    expect(shifts(schedule, '2026-03-01T00:00:00Z', '2026-03-16T08:00:00Z')).toEqual([]);
});

it('restrictions leave gaps; the rotation turns behind them', () => {
    const schedule = scheduleOf([BUSINESS]);
    // Friday bob? The 23rd (Mon) is bob, Tue erin, Wed bob, Thu erin, Fri bob; Monday the 30th erin (6 turns later).
    expect(shifts(schedule, '2026-03-27T00:00:00Z', '2026-03-31T00:00:00Z')).toEqual([
        'bob 03-27 08:00 → 03-27 16:00 business',
        // Berlin is on CEST from the 29th: 09:00 local is 07:00 UTC.
        'erin 03-30 07:00 → 03-30 15:00 business',
    ]);
});

it('merges one person\'s touching shifts of one layer, not across sources', () => {
    const schedule = scheduleOf([{name: 'daily', users: ['alice', 'alice', 'bob'], rotation: {every: 1, unit: 'day'}, start: '2026-03-16T00:00'}],
        [{user: 'alice', start: '2026-03-18T00:00', end: '2026-03-18T06:00'}], 'UTC');
    expect(shifts(schedule, '2026-03-16T00:00:00Z', '2026-03-20T00:00:00Z')).toEqual([
        'alice 03-16 00:00 → 03-18 00:00 daily',
        'alice 03-18 00:00 → 03-18 06:00 override',
        'bob 03-18 06:00 → 03-19 00:00 daily',
        'alice 03-19 00:00 → 03-20 00:00 daily',
    ]);
});

it('touching overrides of one person merge', () => {
    const schedule = scheduleOf([EVERYONE], [
        {user: 'dave', start: '2026-03-23T10:00:00Z', end: '2026-03-23T12:00:00Z'},
        {user: 'dave', start: '2026-03-23T12:00:00Z', end: '2026-03-23T14:00:00Z'},
        {user: 'bob', start: '2026-03-23T14:00:00Z', end: '2026-03-23T15:00:00Z'},
    ]);
    expect(shifts(schedule, '2026-03-23T09:00:00Z', '2026-03-23T16:00:00Z')).toEqual([
        'alice 03-23 09:00 → 03-23 10:00 everyone',
        'dave 03-23 10:00 → 03-23 14:00 override',
        'bob 03-23 14:00 → 03-23 15:00 override',
        'alice 03-23 15:00 → 03-23 16:00 everyone',
    ]);
});

it.each<[string, string, string, string[]]>([
    ['Berlin 12 h over spring-forward: the night is 11 h', 'Europe/Berlin', '2026-03-28T09:00', [
        'bob 03-28 20:00 → 03-29 07:00 half', 'alice 03-29 07:00 → 03-29 19:00 half']],
    ['Sydney 12 h over April fall-back: the night is 13 h', 'Australia/Sydney', '2026-04-03T21:00', [
        'alice 04-04 10:00 → 04-04 23:00 half', 'bob 04-04 23:00 → 04-05 11:00 half']],
    ['New York 12 h over November fall-back', 'America/New_York', '2026-10-31T21:00', [
        'alice 11-01 01:00 → 11-01 14:00 half', 'bob 11-01 14:00 → 11-02 02:00 half']],
])('%s', (_, zone, start, expected) => {
    const schedule = scheduleOf([{name: 'half', users: ['alice', 'bob'], rotation: {every: 12, unit: 'hour'}, start}], [], zone);
    const day = finalSchedule(schedule, new Date('2026-01-01T00:00:00Z'), new Date('2026-12-31T00:00:00Z')).map(line);
    const first = day.indexOf(expected[0] ?? '');
    expect(day.slice(first, first + expected.length)).toEqual(expected);
});

it('an empty or reversed range has no shifts', () => {
    const schedule = scheduleOf([EVERYONE]);
    expect(finalSchedule(schedule, new Date('2026-03-20T00:00:00Z'), new Date('2026-03-20T00:00:00Z'))).toEqual([]);
    expect(finalSchedule(schedule, new Date('2026-03-21T00:00:00Z'), new Date('2026-03-20T00:00:00Z'))).toEqual([]);
});

it('a window closing in the spring gap runs on to the next one opening just after it, not past it', () => {
    // Berlin 2026-03-29: 02:30 does not exist (→ 03:30 CEST), and the next window opens at 03:00 CEST.
    const schedule = scheduleOf([{...EVERYONE, restrictions: [
        {days: ['sun'], from: '01:00', to: '02:30'}, {days: ['sun'], from: '03:00', to: '09:00'}]}]);
    expect(shifts(schedule, '2026-03-28T12:00:00Z', '2026-03-29T12:00:00Z')).toEqual(['alice 03-29 00:00 → 03-29 07:00 everyone']);
});
