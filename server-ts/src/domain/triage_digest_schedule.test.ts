import {describe, expect, it} from 'vitest';
import {missedDigest, nextDigestAt, type DigestSchedule} from './triage_digest_schedule.js';

const berlin: DigestSchedule = {weekday: 2, time: '09:00', timeZone: 'Europe/Berlin'};
const newYork: DigestSchedule = {weekday: 2, time: '09:00', timeZone: 'America/New_York'};

describe('nextDigestAt', () => {
    it.each<[string, DigestSchedule, string, string]>([
        ['Berlin, winter time', berlin, '2025-03-18T09:00:00Z', '2025-03-25T08:00:00.000Z'],
        // Berlin springs forward on Sunday 2025-03-30: 09:00 local moves from 08:00Z to 07:00Z.
        ['Berlin, across spring DST', berlin, '2025-03-25T08:00:00Z', '2025-04-01T07:00:00.000Z'],
        ['Berlin, across autumn DST', berlin, '2025-10-22T00:00:00Z', '2025-10-28T08:00:00.000Z'],
        ['Berlin, exactly at the slot → next week', berlin, '2025-04-01T07:00:00Z', '2025-04-08T07:00:00.000Z'],
        ['Berlin, a minute before the slot', berlin, '2025-04-01T06:59:00Z', '2025-04-01T07:00:00.000Z'],
        // New York springs forward on 2025-03-09, three weeks before Europe.
        ['New York, before DST', newYork, '2025-03-03T00:00:00Z', '2025-03-04T14:00:00.000Z'],
        ['New York, across spring DST', newYork, '2025-03-05T00:00:00Z', '2025-03-11T13:00:00.000Z'],
        ['New York, across autumn DST', newYork, '2025-10-29T00:00:00Z', '2025-11-04T14:00:00.000Z'],
    ])('%s', (_, schedule, after, expected) => {
        const next = nextDigestAt(schedule, new Date(after));
        expect(next.ok && next.value.toISOString()).toBe(expected);
    });

    it.each<[DigestSchedule, RegExp]>([[{...berlin, time: '9:00'}, /HH:mm/], [{...berlin, timeZone: 'Mars/Olympus'}, /unknown time zone/]])(
        'refuses %o', (schedule, message) => {
            const next = nextDigestAt(schedule, new Date());
            expect(!next.ok && next.error).toMatch(message);
        });
});

describe('missedDigest', () => {
    it.each<[string, string | null, string, boolean]>([
        ['ran last Tuesday, now Monday', '2025-03-25T08:00:05Z', '2025-03-31T10:00:00Z', false],
        ['ran last Tuesday, now Tuesday 09:00 sharp (the job itself is due)', '2025-03-25T08:00:05Z', '2025-04-01T07:00:00Z', true],
        ['down at 09:00, started at 11:00', '2025-03-25T08:00:05Z', '2025-04-01T09:00:00Z', true],
        ['already ran this week', '2025-04-01T07:00:02Z', '2025-04-01T09:00:00Z', false],
        ['down for three weeks: still one run', '2025-03-04T08:00:00Z', '2025-03-27T12:00:00Z', true],
        ['never ran: wait for the first slot', null, '2025-04-01T09:00:00Z', false],
    ])('%s', (_, lastRunAt, now, missed) =>
        expect(missedDigest(lastRunAt === null ? null : new Date(lastRunAt), berlin, new Date(now))).toEqual({ok: true, value: missed}));

    it('refuses a bad zone', () => expect(missedDigest(null, {...berlin, timeZone: 'x'}, new Date())).toMatchObject({ok: false}));
});
