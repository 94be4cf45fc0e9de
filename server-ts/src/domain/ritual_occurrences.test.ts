import {describe, expect, it} from 'vitest';
import {dueOccurrences, nextPostTime, occurrencesBetween, previousOccurrence, upcomingOccurrences, type RitualTiming} from './ritual_occurrences.js';

const iso = (dates: Date[]) => dates.map((d) => d.toISOString());
// Berlin springs forward on 2026-03-29 (10:00 local is 09:00Z before, 08:00Z after); New York falls back on 2025-11-02.
const MONDAY_BERLIN: RitualTiming = {cadence: {kind: 'weekly', weekday: 1, time: '10:00'}, timeZone: 'Europe/Berlin', leadMinutes: 15};
const LAST_FRIDAY_NY: RitualTiming = {cadence: {kind: 'monthly', nth: -1, weekday: 5, time: '16:00'}, timeZone: 'America/New_York', leadMinutes: 60};
const FIRST_THURSDAY_BERLIN: RitualTiming = {cadence: {kind: 'monthly', nth: 1, weekday: 4, time: '14:00'}, timeZone: 'Europe/Berlin', leadMinutes: 60};
const SECOND_TUESDAY_UTC: RitualTiming = {cadence: {kind: 'monthly', nth: 2, weekday: 2, time: '10:00'}, timeZone: 'UTC', leadMinutes: 0};

describe('upcomingOccurrences', () => {
    it.each<[string, RitualTiming, string, string[]]>([
        ['weekly across spring DST', MONDAY_BERLIN, '2026-03-20T00:00:00Z', ['2026-03-23T09:00:00.000Z', '2026-03-30T08:00:00.000Z', '2026-04-06T08:00:00.000Z']],
        // 31 Oct, 28 Nov, 26 Dec 2025: EDT (-4) before 2 Nov, EST (-5) after.
        ['last Friday across autumn DST', LAST_FRIDAY_NY, '2025-10-01T00:00:00Z', ['2025-10-31T20:00:00.000Z', '2025-11-28T21:00:00.000Z', '2025-12-26T21:00:00.000Z']],
        // 5 March (CET), 2 April and 7 May 2026 (CEST).
        ['first Thursday across spring DST', FIRST_THURSDAY_BERLIN, '2026-03-01T00:00:00Z', ['2026-03-05T13:00:00.000Z', '2026-04-02T12:00:00.000Z', '2026-05-07T12:00:00.000Z']],
        // January 2026 starts on a Thursday, February and March on a Sunday.
        ['second Tuesday', SECOND_TUESDAY_UTC, '2026-01-01T00:00:00Z', ['2026-01-13T10:00:00.000Z', '2026-02-10T10:00:00.000Z', '2026-03-10T10:00:00.000Z']],
        ['a start exactly now is not upcoming', SECOND_TUESDAY_UTC, '2026-01-13T10:00:00Z', ['2026-02-10T10:00:00.000Z', '2026-03-10T10:00:00.000Z', '2026-04-14T10:00:00.000Z']],
    ])('%s', (_name, timing, now, expected) => expect(iso(upcomingOccurrences(timing, new Date(now), 3))).toEqual(expected));
});

describe('dueOccurrences (post time = start − lead, in [since, now])', () => {
    it.each<[string, RitualTiming, string, string, string[]]>([
        ['catch-up over two weeks and a DST change', MONDAY_BERLIN, '2026-03-16T00:00:00Z', '2026-03-30T08:00:00Z',
            ['2026-03-16T09:00:00.000Z', '2026-03-23T09:00:00.000Z', '2026-03-30T08:00:00.000Z']],
        ['post time exactly at since and exactly at now', MONDAY_BERLIN, '2026-03-23T08:45:00Z', '2026-03-30T07:45:00Z',
            ['2026-03-23T09:00:00.000Z', '2026-03-30T08:00:00.000Z']],
        ['a second before the post time', MONDAY_BERLIN, '2026-03-23T08:45:01Z', '2026-03-30T07:44:59Z', []],
        ['no lead: due at the start', SECOND_TUESDAY_UTC, '2026-02-01T00:00:00Z', '2026-02-10T10:00:00Z', ['2026-02-10T10:00:00.000Z']],
        ['an hour ahead of the last Friday', LAST_FRIDAY_NY, '2025-11-20T00:00:00Z', '2025-11-28T20:00:00Z', ['2025-11-28T21:00:00.000Z']],
    ])('%s', (_name, timing, since, now, expected) => expect(iso(dueOccurrences(timing, new Date(since), new Date(now)))).toEqual(expected));
});

describe('nextPostTime', () => {
    it.each<[string, RitualTiming, string, string]>([
        ['before today\'s post time', MONDAY_BERLIN, '2026-03-30T07:40:00Z', '2026-03-30T07:45:00.000Z'],
        ['between post time and start: next week', MONDAY_BERLIN, '2026-03-30T07:50:00Z', '2026-04-06T07:45:00.000Z'],
        ['an hour ahead, monthly', FIRST_THURSDAY_BERLIN, '2026-03-05T12:30:00Z', '2026-04-02T11:00:00.000Z'],
    ])('%s', (_name, timing, now, expected) => expect(nextPostTime(timing, new Date(now))?.toISOString()).toBe(expected));
});

describe('previousOccurrence', () => {
    it.each<[string, RitualTiming, string, string]>([
        ['weekly across DST', MONDAY_BERLIN, '2026-03-30T08:00:00Z', '2026-03-23T09:00:00.000Z'],
        ['last Friday across DST', LAST_FRIDAY_NY, '2025-11-28T21:00:00Z', '2025-10-31T20:00:00.000Z'],
        ['first Thursday', FIRST_THURSDAY_BERLIN, '2026-04-02T12:00:00Z', '2026-03-05T13:00:00.000Z'],
        ['from between two starts', SECOND_TUESDAY_UTC, '2026-03-01T00:00:00Z', '2026-02-10T10:00:00.000Z'],
    ])('%s', (_name, timing, at, expected) => expect(previousOccurrence(timing, new Date(at))?.toISOString()).toBe(expected));
});

it('occurrencesBetween takes [from, to)', () => {
    expect(iso(occurrencesBetween(MONDAY_BERLIN, new Date('2026-03-23T09:00:00Z'), new Date('2026-04-06T08:00:00Z'))))
        .toEqual(['2026-03-23T09:00:00.000Z', '2026-03-30T08:00:00.000Z']);
});
