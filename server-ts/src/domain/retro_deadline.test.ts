import {describe, expect, it} from 'vitest';
import {addBusinessDays, dueDateOf, endOfDueDay, isOverdue} from './retro_deadline.js';

describe('addBusinessDays', () => {
    it.each<[string, string, number, string, string]>([
        ['Wednesday + 3 → Monday', '2025-03-05T15:00:00Z', 3, 'UTC', '2025-03-10T15:00:00.000Z'],
        ['Friday + 3 → Wednesday', '2025-03-07T15:00:00Z', 3, 'UTC', '2025-03-12T15:00:00.000Z'],
        ['Friday + 1 → Monday', '2025-03-07T15:00:00Z', 1, 'UTC', '2025-03-10T15:00:00.000Z'],
        ['Saturday + 1 → Monday', '2025-03-08T10:00:00Z', 1, 'UTC', '2025-03-10T10:00:00.000Z'],
        ['Sunday + 3 → Wednesday', '2025-03-09T10:00:00Z', 3, 'UTC', '2025-03-12T10:00:00.000Z'],
        ['zero days is the instant itself', '2025-03-08T10:00:00Z', 0, 'UTC', '2025-03-08T10:00:00.000Z'],
        // Friday 23:30 UTC is already Saturday 00:30 in Berlin: Monday is the first business day there.
        ['the weekday is the team zone\'s', '2025-03-07T23:30:00Z', 1, 'Europe/Berlin', '2025-03-09T23:30:00.000Z'],
        // Berlin springs forward on 2025-03-30: 09:00 local stays 09:00 local (08:00Z → 07:00Z).
        ['wall-clock time survives a DST change', '2025-03-28T08:00:00Z', 1, 'Europe/Berlin', '2025-03-31T07:00:00.000Z'],
        ['and in New York', '2025-03-07T14:00:00Z', 3, 'America/New_York', '2025-03-12T13:00:00.000Z'],
    ])('%s', (_name, start, days, zone, expected) => {
        expect(addBusinessDays(new Date(start), days, zone).toISOString()).toBe(expected);
    });
});

describe('endOfDueDay', () => {
    const now = new Date('2025-03-05T12:00:00Z');
    it.each<[string, string, string]>([
        ['2025-03-14', 'UTC', '2025-03-14T23:59:59.999Z'],
        [' 2025-03-05 ', 'UTC', '2025-03-05T23:59:59.999Z'],
        ['2025-03-14', 'Europe/Berlin', '2025-03-14T22:59:59.999Z'],
    ])('%s in %s ends at %s', (raw, zone, expected) => {
        const due = endOfDueDay(raw, zone, now);
        expect(due.ok && due.value.toISOString()).toBe(expected);
        expect(due.ok && dueDateOf(due.value, zone)).toBe(raw.trim());
    });
    it.each<[string, RegExp]>([
        ['2025-02-30', /not a date/],
        ['14/03/2025', /not a date/],
        ['', /not a date/],
        ['2025-03-04', /has passed/],
    ])('refuses %j', (raw, message) => {
        const due = endOfDueDay(raw, 'UTC', now);
        expect(due.ok ? '' : due.error).toMatch(message);
    });
});

describe('isOverdue', () => {
    const due = new Date('2025-03-05T23:59:59.999Z');
    it.each<[Date | null, boolean, string, boolean]>([
        [due, false, '2025-03-06T00:00:00Z', true],
        [due, false, '2025-03-05T23:00:00Z', false],
        [due, true, '2025-03-07T00:00:00Z', false],
        [null, false, '2025-03-07T00:00:00Z', false],
    ])('due %s, closed %s, at %s → %s', (dueAt, isClosed, now, expected) => {
        expect(isOverdue(dueAt, isClosed, new Date(now))).toBe(expected);
    });
});
