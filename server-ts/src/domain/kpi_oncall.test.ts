import {describe, expect, it} from 'vitest';
import type {ScheduleBody} from '../contract/schedules.js';
import {coverage, isOffHours, oncallKpis, pagedPeople, zoneOf, type KpiPage, type KpiSchedule, type KpiZones} from './kpi_oncall.js';
import {compileSchedule} from './oncall_compile.js';
import {parseSchedule} from './oncall_schedule_parse.js';

describe('isOffHours: outside [08:00, 20:00) on the person\'s own wall clock', () => {
    it.each<[string, string, boolean]>([
        // Berlin springs forward on 29 March 2026 at 01:00 UTC: the same UTC time is an hour later on the wall.
        ['2026-03-28T06:30:00Z', 'Europe/Berlin', true], // 07:30 CET
        ['2026-03-30T06:30:00Z', 'Europe/Berlin', false], // 08:30 CEST
        ['2026-03-28T18:30:00Z', 'Europe/Berlin', false], // 19:30 CET
        ['2026-03-30T18:30:00Z', 'Europe/Berlin', true], // 20:30 CEST
        ['2026-03-28T07:00:00Z', 'Europe/Berlin', false], // 08:00 exactly: on
        ['2026-03-28T19:00:00Z', 'Europe/Berlin', true], // 20:00 exactly: off
        // …and falls back on 25 October.
        ['2026-10-24T18:30:00Z', 'Europe/Berlin', true], // 20:30 CEST
        ['2026-10-26T18:30:00Z', 'Europe/Berlin', false], // 19:30 CET
        // New York springs forward on 8 March.
        ['2026-03-07T12:30:00Z', 'America/New_York', true], // 07:30 EST
        ['2026-03-09T12:30:00Z', 'America/New_York', false], // 08:30 EDT
        // Half-hour offsets.
        ['2026-03-28T02:30:00Z', 'Asia/Kolkata', false], // 08:00 IST
        ['2026-03-28T02:29:00Z', 'Asia/Kolkata', true], // 07:59 IST
        ['2026-03-28T03:00:00Z', 'UTC', true],
    ])('%s in %s: %s', (at, zone, expected) => expect(isOffHours(new Date(at), zone)).toBe(expected));
});

const ZONES: KpiZones = {byUsername: new Map([['alice', 'Europe/Berlin'], ['erin', 'America/New_York'], ['bob', 'Mars/Olympus']]), teamTimeZone: 'Asia/Tokyo'};

describe('zoneOf', () => {
    it.each<[string | null, string]>([
        ['alice', 'Europe/Berlin'], ['Alice', 'Europe/Berlin'], ['zed', 'Asia/Tokyo'], [null, 'Asia/Tokyo'], ['bob', 'Asia/Tokyo'],
    ])('%s → %s (unknown people, nobody and bad zones take the team\'s)', (username, zone) => expect(zoneOf(username, ZONES)).toBe(zone));
});

const page = (at: string, firstUsername: string | null): KpiPage => ({createdAt: new Date(at), firstUsername});
// The week of 23 March 2026, across Berlin's change to summer time; team zone Tokyo (UTC+9, no DST).
const PAGES = [
    page('2026-03-28T06:30:00Z', 'Alice'), // 07:30 CET: off
    page('2026-03-29T06:30:00Z', 'alice'), // 08:30 CEST: on (same UTC time, a day later)
    page('2026-03-29T18:30:00Z', 'alice'), // 20:30 CEST: off
    page('2026-03-25T12:00:00Z', 'erin'), // 08:00 EDT: on
    page('2026-03-25T11:59:00Z', 'erin'), // 07:59 EDT: off
    page('2026-03-26T21:00:00Z', null), // reached nobody: 06:00 in Tokyo: off
    page('2026-03-27T00:00:00Z', 'zed'), // unknown zone: 09:00 in Tokyo: on
    page('2026-03-27T03:00:00Z', 'bob'), // a zone that does not exist: 12:00 in Tokyo: on (03:00 in UTC would be off)
];

const compiled = (body: ScheduleBody) => {
    const parsed = parseSchedule(body, null);
    if (!parsed.ok) {
        throw new Error(parsed.error.message);
    }
    return compileSchedule(parsed.value);
};
const EVERY_DAY = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
// Mornings only, one person a day; dave overrides 24 March 10:00–14:00 (two hours of it over the afternoon gap).
const MORNINGS: KpiSchedule = {createdAt: new Date('2026-03-01T00:00:00Z'), compiled: compiled({name: 'Mornings', timeZone: 'UTC',
    layers: [{name: 'daily', users: ['alice', 'bob'], rotation: {every: 1, unit: 'day'}, start: '2026-03-01T00:00',
        restrictions: [{days: EVERY_DAY, from: '00:00', to: '12:00'}]}],
    overrides: [{user: 'dave', start: '2026-03-24T10:00:00Z', end: '2026-03-24T14:00:00Z'}]})};
// Round the clock, but created on 27 March 06:00: only counted from then.
const LATE: KpiSchedule = {createdAt: new Date('2026-03-27T06:00:00Z'), compiled: compiled({name: 'Late', timeZone: 'UTC',
    layers: [{name: 'weekly', users: ['carol'], rotation: {every: 1, unit: 'week'}, start: '2026-03-01T00:00'}], overrides: []})};
// Created after the range.
const FUTURE: KpiSchedule = {createdAt: new Date('2026-04-05T00:00:00Z'), compiled: LATE.compiled};
const RANGE = {from: new Date('2026-03-23T00:00:00Z'), to: new Date('2026-03-30T00:00:00Z')};
const HOUR = 3600;

describe('oncallKpis', () => {
    // Week over: Mornings has 7 morning shifts + dave's (24th: 00–10 someone, 10–14 dave) = 8 shifts, gaps 7 × 12 h − 2 h = 82 h;
    // Late has 1 shift, no gap. 8 pages / 9 shifts = 0.89.
    it('computes the hand-computed fixture, the DST-crossing pages included', () => {
        expect(oncallKpis(PAGES, [MORNINGS, LATE, FUTURE], ZONES, RANGE, new Date('2026-04-01T00:00:00Z')))
            .toEqual({pages: 8, offHoursPages: 4, pagesPerShift: 0.89, gapsSeconds: 82 * HOUR});
    });

    // Now = 29 March 00:00: Mornings 6 days (6 shifts + dave's = 7, gaps 6 × 12 h − 2 h = 70 h), Late 27th 06:00 → now (1 shift).
    it('counts shifts and gaps only up to now', () => {
        expect(coverage([MORNINGS, LATE], RANGE, new Date('2026-03-29T00:00:00Z'))).toEqual({shifts: 8, gapMs: 70 * HOUR * 1000});
        expect(coverage([MORNINGS], RANGE, new Date('2026-03-01T00:00:00Z'))).toEqual({shifts: 0, gapMs: 0});
    });

    it('has no pages per shift without shifts', () => {
        expect(oncallKpis([], [], ZONES, RANGE, RANGE.to)).toEqual({pages: 0, offHoursPages: 0, pagesPerShift: null, gapsSeconds: 0});
    });

    it('asks Mattermost about each first-reached person once', () => {
        expect(pagedPeople(PAGES)).toEqual(['alice', 'erin', 'zed', 'bob']);
    });
});
