import {describe, expect, it} from 'vitest';
import type {Override, Schedule} from '../contract/schedules.js';
import {placeOverride, takeOverWindow} from './oncall_overrides.js';

const schedule = (overrides: Override[]): Schedule => ({name: 'SRE primary', timeZone: 'Europe/Berlin', layers: [], overrides});
const o = (user: string, start: string, end: string): Override => ({user, start, end});
const NEW = {user: 'dave', start: new Date('2026-03-30T10:00:00Z'), end: new Date('2026-03-30T14:00:00Z')};
const DAVE = o('dave', '2026-03-30T10:00:00.000Z', '2026-03-30T14:00:00.000Z');

describe('placeOverride', () => {
    it.each<[string, Override[], Override[]]>([
        ['adds to an empty list', [], [DAVE]],
        ['keeps ones that only touch it, as written', [o('bob', '2026-03-30T08:00', '2026-03-30T12:00:00+02:00')],
            [o('bob', '2026-03-30T08:00', '2026-03-30T12:00:00+02:00'), DAVE]],
        ['cuts the end of one that overlaps its start', [o('bob', '2026-03-30T09:00:00Z', '2026-03-30T11:00:00Z')],
            [o('bob', '2026-03-30T09:00:00Z', '2026-03-30T10:00:00.000Z'), DAVE]],
        ['cuts the start of one that overlaps its end', [o('bob', '2026-03-30T13:00:00Z', '2026-03-30T18:00:00Z')],
            [DAVE, o('bob', '2026-03-30T14:00:00.000Z', '2026-03-30T18:00:00Z')]],
        ['removes one inside it', [o('bob', '2026-03-30T11:00:00Z', '2026-03-30T12:00:00Z')], [DAVE]],
        ['splits one around it', [o('bob', '2026-03-30T08:00:00Z', '2026-03-30T20:00:00Z')],
            [o('bob', '2026-03-30T08:00:00Z', '2026-03-30T10:00:00.000Z'), DAVE, o('bob', '2026-03-30T14:00:00.000Z', '2026-03-30T20:00:00Z')]],
        ['reads local times in the schedule zone (12:00 Berlin = 10:00Z in summer)', [o('bob', '2026-03-30T11:00', '2026-03-30T13:00')],
            [o('bob', '2026-03-30T11:00', '2026-03-30T10:00:00.000Z'), DAVE]],
    ])('%s', (_, before, after) => expect(placeOverride(schedule(before), NEW).overrides).toEqual(after));
});

describe('takeOverWindow', () => {
    const now = new Date('2026-03-30T10:00:00Z');
    it.each<[number, string | {start: Date; end: Date}]>([
        [2, {start: now, end: new Date('2026-03-30T12:00:00Z')}],
        [0.5, {start: now, end: new Date('2026-03-30T10:30:00Z')}],
        [0, 'take over for 0.5 to 72 hours'],
        [73, 'take over for 0.5 to 72 hours'],
        [Number.NaN, 'take over for 0.5 to 72 hours'],
    ])('%s hours', (hours, expected) => expect(takeOverWindow(hours, now)).toEqual(expected));
});
