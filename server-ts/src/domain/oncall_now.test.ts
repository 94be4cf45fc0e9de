import {expect, it} from 'vitest';
import type {ScheduleBody} from '../contract/schedules.js';
import {compileSchedule, type CompiledSchedule} from './oncall_compile.js';
import {oncallAt, type OncallAt} from './oncall_now.js';
import {parseSchedule} from './oncall_schedule_parse.js';

type LayerBody = ScheduleBody['layers'][number];

function scheduleOf(layers: LayerBody[], overrides: ScheduleBody['overrides'] = [], timeZone = 'Europe/Berlin'): CompiledSchedule {
    const parsed = parseSchedule({name: 'test', timeZone, layers, overrides}, null);
    if (!parsed.ok) {
        throw new Error(parsed.error.message);
    }
    return compileSchedule(parsed.value);
}

type Answer = Omit<OncallAt, 'at' | 'since' | 'until'> & {since: string | null; until: string | null};
const ask = (schedule: CompiledSchedule, at: string): Answer => {
    const {users, source, layer, since, until} = oncallAt(schedule, new Date(at));
    return {users, source, layer, since: since?.toISOString() ?? null, until: until?.toISOString() ?? null};
};

const WEEKLY: LayerBody = {name: 'weekly', users: ['alice', 'bob', 'erin'], rotation: {every: 1, unit: 'week'}, start: '2026-03-16T09:00'};
const WORKDAYS = [{days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '17:00'}];
const DAVE = {user: 'dave', start: '2026-03-30T10:00:00Z', end: '2026-03-30T14:00:00Z'};

it.each<[string, CompiledSchedule, string, Answer]>([
    ['a layer: since/until are its hand-offs (Berlin, across spring-forward)', scheduleOf([WEEKLY]), '2026-03-25T12:00:00Z',
        {users: ['bob'], source: 'layer', layer: 'weekly', since: '2026-03-23T08:00:00.000Z', until: '2026-03-30T07:00:00.000Z'}],
    ['exactly at a hand-off: the new person', scheduleOf([WEEKLY]), '2026-03-23T08:00:00Z',
        {users: ['bob'], source: 'layer', layer: 'weekly', since: '2026-03-23T08:00:00.000Z', until: '2026-03-30T07:00:00.000Z'}],
    ['an override wins', scheduleOf([WEEKLY], [DAVE]), '2026-03-30T11:00:00Z',
        {users: ['dave'], source: 'override', layer: null, since: '2026-03-30T10:00:00.000Z', until: '2026-03-30T14:00:00.000Z'}],
    ['a coming override cuts the layer\'s segment', scheduleOf([WEEKLY], [DAVE]), '2026-03-30T08:00:00Z',
        {users: ['erin'], source: 'layer', layer: 'weekly', since: '2026-03-30T07:00:00.000Z', until: '2026-03-30T10:00:00.000Z'}],
    ['after the override, the layer again', scheduleOf([WEEKLY], [DAVE]), '2026-03-30T15:00:00Z',
        {users: ['erin'], source: 'layer', layer: 'weekly', since: '2026-03-30T14:00:00.000Z', until: '2026-04-06T07:00:00.000Z'}],
    ['before every start: a gap reaching back forever', scheduleOf([WEEKLY]), '2026-03-01T00:00:00Z',
        {users: [], source: null, layer: null, since: null, until: '2026-03-16T08:00:00.000Z'}],
    ['a gap between windows: Friday 17:00 to Monday 09:00', scheduleOf([{...WEEKLY, restrictions: WORKDAYS}]), '2026-03-21T12:00:00Z',
        {users: [], source: null, layer: null, since: '2026-03-20T16:00:00.000Z', until: '2026-03-23T08:00:00.000Z'}],
    ['inside a window: until it closes', scheduleOf([{...WEEKLY, restrictions: WORKDAYS}]), '2026-03-24T12:00:00Z',
        {users: ['bob'], source: 'layer', layer: 'weekly', since: '2026-03-24T08:00:00.000Z', until: '2026-03-24T16:00:00.000Z'}],
    ['one person alone on a layer never hands off', scheduleOf([{...WEEKLY, users: ['alice']}]), '2027-01-01T00:00:00Z',
        {users: ['alice'], source: 'layer', layer: 'weekly', since: '2026-03-16T08:00:00.000Z', until: null}],
    ['a higher layer\'s window opening ends the lower layer\'s segment',
        scheduleOf([{...WEEKLY, users: ['alice']}, {...WEEKLY, name: 'business', users: ['bob'], restrictions: WORKDAYS}]), '2026-03-21T12:00:00Z',
        {users: ['alice'], source: 'layer', layer: 'weekly', since: '2026-03-20T16:00:00.000Z', until: '2026-03-23T08:00:00.000Z'}],
    ['the higher layer, in its window', scheduleOf([{...WEEKLY, users: ['alice']}, {...WEEKLY, name: 'business', users: ['bob'], restrictions: WORKDAYS}]),
        '2026-03-23T12:00:00Z',
        {users: ['bob'], source: 'layer', layer: 'business', since: '2026-03-23T08:00:00.000Z', until: '2026-03-23T16:00:00.000Z'}],
    ['hand-offs to the same person are not the end of a segment',
        scheduleOf([{name: 'daily', users: ['alice', 'alice', 'bob'], rotation: {every: 1, unit: 'day'}, start: '2026-03-16T00:00'}], [], 'UTC'),
        '2026-03-17T12:00:00Z',
        {users: ['alice'], source: 'layer', layer: 'daily', since: '2026-03-16T00:00:00.000Z', until: '2026-03-18T00:00:00.000Z'}],
    ['touching overrides of one person are one segment', scheduleOf([WEEKLY], [
        {user: 'dave', start: '2026-03-30T10:00:00Z', end: '2026-03-30T12:00:00Z'},
        {user: 'dave', start: '2026-03-30T12:00:00Z', end: '2026-03-30T14:00:00Z'},
        {user: 'dave', start: '2026-03-30T14:00:00Z', end: '2026-03-30T15:00:00Z'},
    ]), '2026-03-30T12:30:00Z',
    {users: ['dave'], source: 'override', layer: null, since: '2026-03-30T10:00:00.000Z', until: '2026-03-30T15:00:00.000Z'}],
    ['Sydney: a 12-hour night across April\'s fall-back is 13 hours',
        scheduleOf([{name: 'half', users: ['alice', 'bob'], rotation: {every: 12, unit: 'hour'}, start: '2026-04-03T21:00'}], [], 'Australia/Sydney'),
        '2026-04-04T16:00:00Z',
        {users: ['alice'], source: 'layer', layer: 'half', since: '2026-04-04T10:00:00.000Z', until: '2026-04-04T23:00:00.000Z'}],
    ['Kolkata: +05:30 all year', scheduleOf([{...WEEKLY, start: '2026-03-16T09:00'}], [], 'Asia/Kolkata'), '2026-03-30T03:29:59Z',
        {users: ['bob'], source: 'layer', layer: 'weekly', since: '2026-03-23T03:30:00.000Z', until: '2026-03-30T03:30:00.000Z'}],
])('%s', (_, schedule, at, expected) => expect(ask(schedule, at)).toEqual(expected));

it('answers with the instant it was asked about', () => {
    const at = new Date('2026-03-25T12:00:00Z');
    expect(oncallAt(scheduleOf([WEEKLY]), at).at).toBe(at);
});
