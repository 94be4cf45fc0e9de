import {describe, expect, it} from 'vitest';
import type {Layer, Restriction, RotationUnit} from '../contract/schedules.js';
import {compileLayer, handoffAt, layerStateAt, type CompiledLayer} from './oncall_rotation.js';
import {zoneClock} from './oncall_wall_clock.js';

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
const at = (text: string) => Date.parse(text);

function layerOf(zone: string, every: number, unit: RotationUnit, start: string, restrictions: Restriction[] = [], users = ['alice', 'bob', 'erin']): CompiledLayer {
    const layer: Layer = {name: 'l', users, rotation: {every, unit}, start, restrictions};
    return compileLayer(layer, zoneClock(zone));
}

// Hand-offs 0..n as instants. Every row's times are worked out by hand from the zone's rules, not by the code.
describe('hand-offs fall on the local wall-clock time, across DST', () => {
    it.each<[string, string, number, RotationUnit, string, string[]]>([
        // Europe/Berlin: CET +01 → CEST +02 on 2026-03-29 02:00; back on 2026-10-25 03:00.
        ['Berlin 12 h, spring: the night shift is 11 h', 'Europe/Berlin', 12, 'hour', '2026-03-28T09:00',
            ['2026-03-28T08:00:00Z', '2026-03-28T20:00:00Z', '2026-03-29T07:00:00Z', '2026-03-29T19:00:00Z']],
        ['Berlin 12 h, fall: the night shift is 13 h', 'Europe/Berlin', 12, 'hour', '2026-10-24T09:00',
            ['2026-10-24T07:00:00Z', '2026-10-24T19:00:00Z', '2026-10-25T08:00:00Z', '2026-10-25T20:00:00Z']],
        ['Berlin daily 09:00, spring', 'Europe/Berlin', 1, 'day', '2026-03-27T09:00',
            ['2026-03-27T08:00:00Z', '2026-03-28T08:00:00Z', '2026-03-29T07:00:00Z', '2026-03-30T07:00:00Z']],
        ['Berlin daily 09:00, fall', 'Europe/Berlin', 1, 'day', '2026-10-24T09:00',
            ['2026-10-24T07:00:00Z', '2026-10-25T08:00:00Z', '2026-10-26T08:00:00Z']],
        ['Berlin weekly Monday 09:00, spring', 'Europe/Berlin', 1, 'week', '2026-03-23T09:00',
            ['2026-03-23T08:00:00Z', '2026-03-30T07:00:00Z', '2026-04-06T07:00:00Z']],
        ['Berlin every 2 weeks, fall', 'Europe/Berlin', 2, 'week', '2026-10-12T09:00',
            ['2026-10-12T07:00:00Z', '2026-10-26T08:00:00Z', '2026-11-09T08:00:00Z']],
        ['Berlin daily 02:30: the gap day moves to 03:30', 'Europe/Berlin', 1, 'day', '2026-03-28T02:30',
            ['2026-03-28T01:30:00Z', '2026-03-29T01:30:00Z', '2026-03-30T00:30:00Z']],
        ['Berlin daily 02:30: the fold day takes the earlier 02:30', 'Europe/Berlin', 1, 'day', '2026-10-24T02:30',
            ['2026-10-24T00:30:00Z', '2026-10-25T00:30:00Z', '2026-10-26T01:30:00Z']],
        ['Berlin hourly over the gap: 02:00 and 03:00 are one instant', 'Europe/Berlin', 1, 'hour', '2026-03-29T00:00',
            ['2026-03-28T23:00:00Z', '2026-03-29T00:00:00Z', '2026-03-29T01:00:00Z', '2026-03-29T01:00:00Z', '2026-03-29T02:00:00Z']],
        ['Berlin hourly over the fold: the 02:00 shift lasts 2 h', 'Europe/Berlin', 1, 'hour', '2026-10-25T01:00',
            ['2026-10-24T23:00:00Z', '2026-10-25T00:00:00Z', '2026-10-25T02:00:00Z', '2026-10-25T03:00:00Z']],
        // America/New_York: EST -05 → EDT -04 on 2026-03-08 02:00; back on 2026-11-01 02:00.
        ['New York 12 h, spring', 'America/New_York', 12, 'hour', '2026-03-07T09:00',
            ['2026-03-07T14:00:00Z', '2026-03-08T02:00:00Z', '2026-03-08T13:00:00Z', '2026-03-09T01:00:00Z']],
        ['New York 12 h, fall', 'America/New_York', 12, 'hour', '2026-10-31T09:00',
            ['2026-10-31T13:00:00Z', '2026-11-01T01:00:00Z', '2026-11-01T14:00:00Z', '2026-11-02T02:00:00Z']],
        ['New York daily 02:30, spring gap', 'America/New_York', 1, 'day', '2026-03-07T02:30',
            ['2026-03-07T07:30:00Z', '2026-03-08T07:30:00Z', '2026-03-09T06:30:00Z']],
        ['New York daily 01:30, fall fold', 'America/New_York', 1, 'day', '2026-10-31T01:30',
            ['2026-10-31T05:30:00Z', '2026-11-01T05:30:00Z', '2026-11-02T06:30:00Z']],
        ['New York weekly Monday 09:00, fall', 'America/New_York', 1, 'week', '2026-10-26T09:00',
            ['2026-10-26T13:00:00Z', '2026-11-02T14:00:00Z']],
        // Australia/Sydney: AEDT +11 → AEST +10 on 2026-04-05 03:00; AEST → AEDT on 2026-10-04 02:00.
        ['Sydney 12 h, April fall-back: the night shift is 13 h', 'Australia/Sydney', 12, 'hour', '2026-04-04T09:00',
            ['2026-04-03T22:00:00Z', '2026-04-04T10:00:00Z', '2026-04-04T23:00:00Z', '2026-04-05T11:00:00Z']],
        ['Sydney daily 02:30, October gap', 'Australia/Sydney', 1, 'day', '2026-10-03T02:30',
            ['2026-10-02T16:30:00Z', '2026-10-03T16:30:00Z', '2026-10-04T15:30:00Z']],
        ['Sydney daily 02:30, April fold', 'Australia/Sydney', 1, 'day', '2026-04-04T02:30',
            ['2026-04-03T15:30:00Z', '2026-04-04T15:30:00Z', '2026-04-05T16:30:00Z']],
        ['Sydney weekly Monday 09:00, October', 'Australia/Sydney', 1, 'week', '2026-09-28T09:00',
            ['2026-09-27T23:00:00Z', '2026-10-04T22:00:00Z']],
        // Asia/Kolkata: +05:30 all year.
        ['Kolkata 12 h', 'Asia/Kolkata', 12, 'hour', '2026-03-28T09:00', ['2026-03-28T03:30:00Z', '2026-03-28T15:30:00Z', '2026-03-29T03:30:00Z']],
        ['Kolkata weekly', 'Asia/Kolkata', 1, 'week', '2026-10-19T09:00', ['2026-10-19T03:30:00Z', '2026-10-26T03:30:00Z']],
        ['Kolkata every 5 h keeps its pace', 'Asia/Kolkata', 5, 'hour', '2026-03-28T22:00', ['2026-03-28T16:30:00Z', '2026-03-28T21:30:00Z', '2026-03-29T02:30:00Z']],
    ])('%s', (_, zone, every, unit, start, expected) => {
        const layer = layerOf(zone, every, unit, start);
        expect(expected.map((__, k) => iso(handoffAt(layer, k)))).toEqual(expected);
    });
});

it('a start written as an instant is exact, even in the second pass of a fold', () => {
    // 02:30 CET, the later of Berlin's two 02:30s on 2026-10-25; then daily at 02:30 local.
    const layer = layerOf('Europe/Berlin', 1, 'day', '2026-10-25T02:30:00+01:00');
    expect([0, 1].map((k) => iso(handoffAt(layer, k)))).toEqual(['2026-10-25T01:30:00Z', '2026-10-26T01:30:00Z']);
});

it.each<[string, string, string | null]>([
    ['before the start: nobody', '2026-03-16T07:59:59Z', null],
    ['at the start: the first user', '2026-03-16T08:00:00Z', 'alice'],
    ['a week on', '2026-03-23T08:00:00Z', 'bob'],
    ['across spring-forward, Monday 09:00 CEST', '2026-03-30T07:00:00Z', 'erin'],
    ['just before that', '2026-03-30T06:59:59Z', 'bob'],
    ['cycling back', '2026-04-06T07:00:00Z', 'alice'],
    ['a year on (52 weeks: 52 mod 3 = 1)', '2027-03-15T08:00:00Z', 'bob'],
])('weekly Berlin layer, %s', (_, instant, user) => {
    expect(layerStateAt(layerOf('Europe/Berlin', 1, 'week', '2026-03-16T09:00'), at(instant)).user).toBe(user);
});

const WORKDAYS: Restriction[] = [{days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '17:00'}];

// Restrictions only mask: the rotation keeps turning by the calendar behind them.
it.each<[string, string, Restriction[], string | null]>([
    ['Friday 16:59 CET: inside', '2026-03-20T15:59:00Z', WORKDAYS, 'alice'],
    ['Friday 17:00 CET: outside', '2026-03-20T16:00:00Z', WORKDAYS, null],
    ['Saturday noon: masked', '2026-03-21T11:00:00Z', WORKDAYS, null],
    ['Monday 08:59 CET: masked', '2026-03-23T07:59:00Z', WORKDAYS, null],
    ['Monday 09:00 CET: bob, the rotation turned while masked', '2026-03-23T08:00:00Z', WORKDAYS, 'bob'],
    ['Monday 09:00 CEST after spring-forward: erin', '2026-03-30T07:00:00Z', WORKDAYS, 'erin'],
    ['an overnight window, Friday 23:00', '2026-03-20T22:00:00Z', [{days: ['fri'], from: '17:00', to: '09:00'}], 'alice'],
    ['an overnight window, Saturday 08:59', '2026-03-21T07:59:00Z', [{days: ['fri'], from: '17:00', to: '09:00'}], 'alice'],
    ['an overnight window, Saturday 09:00', '2026-03-21T08:00:00Z', [{days: ['fri'], from: '17:00', to: '09:00'}], null],
    ['Sunday to Monday across the week end: Monday 08:00', '2026-03-23T07:00:00Z', [{days: ['sun'], from: '20:00', to: '09:00'}], 'alice'],
    ['a window starting in the gap moves to 03:30: 03:29 CEST', '2026-03-29T01:29:00Z', [{days: ['sun'], from: '02:30', to: '04:00'}], null],
    ['a window starting in the gap moves to 03:30: 03:30 CEST', '2026-03-29T01:30:00Z', [{days: ['sun'], from: '02:30', to: '04:00'}], 'bob'],
    ['a whole-day window (to = from)', '2026-03-24T03:00:00Z', [{days: ['mon'], from: '09:00', to: '09:00'}], 'bob'],
    ['windows covering the whole week mask nothing', '2026-03-21T11:00:00Z', [{days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], from: '00:00', to: '24:00'}], 'alice'],
])('weekly Berlin layer with restrictions, %s', (_, instant, restrictions, user) => {
    expect(layerStateAt(layerOf('Europe/Berlin', 1, 'week', '2026-03-16T09:00', restrictions), at(instant)).user).toBe(user);
});

it('the same name twice in a row is one person on call for both turns', () => {
    const layer = layerOf('UTC', 1, 'day', '2026-03-16T00:00', [], ['alice', 'alice', 'bob']);
    expect(['2026-03-16T12:00:00Z', '2026-03-17T12:00:00Z', '2026-03-18T12:00:00Z', '2026-03-19T12:00:00Z']
        .map((t) => layerStateAt(layer, at(t)).user)).toEqual(['alice', 'alice', 'bob', 'alice']);
});

// Gaps longer than the step (Antarctica/Casey jumped 02:00 → 05:00 on 2009-10-18): 'compatible' would move the
// 02:00–04:00 hand-offs past 05:00's, so they collapse onto it and time never runs backwards.
it('hand-offs inside a gap longer than the step collapse onto the first one after it', () => {
    const layer = layerOf('Antarctica/Casey', 1, 'hour', '2009-10-18T00:00', [], ['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect([0, 1, 2, 3, 4, 5, 6].map((k) => iso(handoffAt(layer, k)))).toEqual([
        '2009-10-17T16:00:00Z', '2009-10-17T17:00:00Z', '2009-10-17T18:00:00Z', '2009-10-17T18:00:00Z', '2009-10-17T18:00:00Z',
        '2009-10-17T18:00:00Z', '2009-10-17T19:00:00Z']);
    expect(layerStateAt(layer, at('2009-10-17T18:30:00Z')).user).toBe('f');
});
