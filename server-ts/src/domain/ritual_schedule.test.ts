import {describe, expect, it} from 'vitest';
import {nextOccurrence, parseCadence, type Cadence} from './ritual_schedule.js';

const weekly = (weekday: 1 | 2 | 3 | 4 | 5 | 6 | 7, time: string): Cadence => ({kind: 'weekly', weekday, time});

describe('nextOccurrence', () => {
    it.each<[string, Cadence, string, string, string]>([
        ['later the same day', weekly(1, '10:00'), 'UTC', '2025-03-03T09:00:00Z', '2025-03-03T10:00:00.000Z'],
        ['exactly at the time → next week', weekly(1, '10:00'), 'UTC', '2025-03-03T10:00:00Z', '2025-03-10T10:00:00.000Z'],
        ['a later weekday', weekly(2, '09:30'), 'UTC', '2025-03-03T12:00:00Z', '2025-03-04T09:30:00.000Z'],
        ['wraps to next week', weekly(1, '10:00'), 'UTC', '2025-03-04T00:00:00Z', '2025-03-10T10:00:00.000Z'],
        // Berlin springs forward on 2025-03-30: 09:00 local is 08:00Z before and 07:00Z after.
        ['Berlin before DST', weekly(1, '09:00'), 'Europe/Berlin', '2025-03-20T00:00:00Z', '2025-03-24T08:00:00.000Z'],
        ['Berlin across spring DST', weekly(1, '09:00'), 'Europe/Berlin', '2025-03-25T00:00:00Z', '2025-03-31T07:00:00.000Z'],
        ['Berlin across autumn DST', weekly(1, '09:00'), 'Europe/Berlin', '2025-10-21T00:00:00Z', '2025-10-27T08:00:00.000Z'],
        ['New York across spring DST', weekly(7, '09:00'), 'America/New_York', '2025-03-02T15:00:00Z', '2025-03-09T13:00:00.000Z'],
        ['local weekday differs from UTC', weekly(2, '08:00'), 'Asia/Tokyo', '2025-03-03T22:00:00Z', '2025-03-03T23:00:00.000Z'],
        ['time inside the DST gap moves forward', weekly(7, '02:30'), 'Europe/Berlin', '2025-03-29T00:00:00Z', '2025-03-30T01:30:00.000Z'],
        ['first Thursday, still ahead this month', {kind: 'monthly', nth: 1, weekday: 4, time: '14:00'}, 'UTC', '2025-05-01T09:00:00Z', '2025-05-01T14:00:00.000Z'],
        ['first Thursday, passed → next month', {kind: 'monthly', nth: 1, weekday: 4, time: '14:00'}, 'UTC', '2025-05-02T09:00:00Z', '2025-06-05T14:00:00.000Z'],
        ['first Thursday across DST (Berlin)', {kind: 'monthly', nth: 1, weekday: 4, time: '14:00'}, 'Europe/Berlin', '2025-03-10T00:00:00Z', '2025-04-03T12:00:00.000Z'],
        ['last Friday', {kind: 'monthly', nth: -1, weekday: 5, time: '16:00'}, 'UTC', '2025-02-01T00:00:00Z', '2025-02-28T16:00:00.000Z'],
        ['last Friday passed → next month', {kind: 'monthly', nth: -1, weekday: 5, time: '16:00'}, 'UTC', '2025-02-28T17:00:00Z', '2025-03-28T16:00:00.000Z'],
        ['fourth Monday', {kind: 'monthly', nth: 4, weekday: 1, time: '10:00'}, 'UTC', '2025-12-23T00:00:00Z', '2026-01-26T10:00:00.000Z'],
    ])('%s', (_name, cadence, zone, now, expected) => {
        const next = nextOccurrence(cadence, zone, new Date(now));
        expect(next.ok && next.value.toISOString()).toBe(expected);
    });

    it('refuses an unknown zone', () => {
        expect(nextOccurrence(weekly(1, '10:00'), 'Nowhere/City', new Date())).toMatchObject({ok: false});
    });
});

describe('parseCadence', () => {
    it.each<[unknown, boolean]>([
        [{kind: 'weekly', weekday: 1, time: '10:00'}, true],
        [{kind: 'monthly', nth: -1, weekday: 5, time: '23:59'}, true],
        [{kind: 'weekly', weekday: 0, time: '10:00'}, false],
        [{kind: 'weekly', weekday: 1, time: '24:00'}, false],
        [{kind: 'weekly', weekday: 1, time: '9:00'}, false],
        [{kind: 'monthly', nth: 5, weekday: 1, time: '10:00'}, false],
        [{kind: 'daily', weekday: 1, time: '10:00'}, false],
        ['weekly', false],
        [null, false],
    ])('%o → ok %s', (raw, valid) => expect(parseCadence(raw).ok).toBe(valid));
});
