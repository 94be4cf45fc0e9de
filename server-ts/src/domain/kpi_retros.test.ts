import {describe, expect, it} from 'vitest';
import {retroDeadline, retroOnTimeRatio, type KpiRetro, type RetroPolicy} from './kpi_retros.js';
import {addBusinessDays} from './retro_deadline.js';

const BERLIN: RetroPolicy = {businessDays: 3, timeZone: 'Europe/Berlin'};

describe('retroDeadline: N business days later, at the same wall-clock time in the team\'s zone', () => {
    it.each<[string, string, RetroPolicy, string]>([
        ['Monday 09:00 CET → Thursday', '2026-03-02T08:00:00Z', BERLIN, '2026-03-05T08:00:00Z'],
        ['Friday 15:00 CET → Wednesday', '2026-03-06T14:00:00Z', BERLIN, '2026-03-11T14:00:00Z'],
        ['Saturday: Monday is the first', '2026-03-07T09:00:00Z', BERLIN, '2026-03-11T09:00:00Z'],
        // Berlin springs forward on Sunday 29 March: 10:00 CET → 10:00 CEST is an hour earlier in UTC.
        ['Thursday 10:00 CET → Tuesday 10:00 CEST', '2026-03-26T09:00:00Z', BERLIN, '2026-03-31T08:00:00Z'],
        // …and falls back on 25 October.
        ['Thursday 10:00 CEST → Tuesday 10:00 CET', '2026-10-22T08:00:00Z', BERLIN, '2026-10-27T09:00:00Z'],
        // The same instant is Friday 20:00 in New York but Saturday 02:00 in Berlin.
        ['the team\'s zone decides the weekday (New York)', '2026-03-07T01:00:00Z', {businessDays: 3, timeZone: 'America/New_York'}, '2026-03-12T00:00:00Z'],
        ['the team\'s zone decides the weekday (Berlin)', '2026-03-07T01:00:00Z', BERLIN, '2026-03-11T01:00:00Z'],
        // Friday 02:30 CET: Sunday's 02:30 does not exist, so from Sunday on the wall time is 03:30, as the reminder's luxon has it.
        ['a day in the spring-forward gap keeps the later time', '2026-03-27T01:30:00Z', BERLIN, '2026-04-01T01:30:00Z'],
        ['ten business days are two weeks', '2026-03-04T12:00:00Z', {businessDays: 10, timeZone: 'UTC'}, '2026-03-18T12:00:00Z'],
    ])('%s', (_, resolved, policy, deadline) => expect(retroDeadline(new Date(resolved), policy).toISOString()).toBe(new Date(deadline).toISOString()));

    // The reminder (domain/retro_deadline.ts) and this figure must name the same instant: every hour of the six days
    // before each daylight-saving change (so every wall time of the gap and the repeated hour), and every 23 h (every
    // hour of the day in turn) for the year, in zones with and without changes and with a half-hour offset.
    const CHANGES: Record<string, string[]> = {'Europe/Berlin': ['2026-03-29', '2026-10-25'], 'America/New_York': ['2026-03-08', '2026-11-01'],
        'Australia/Sydney': ['2026-04-05', '2026-10-04'], 'Asia/Kolkata': [], 'UTC': []};
    const HOUR = 3_600_000;
    const hours = (from: number, to: number, step: number) => Array.from({length: Math.ceil((to - from) / step)}, (_, k) => from + k * step);
    it.each(Object.entries(CHANGES))('agrees with the reminder\'s deadline in %s', (timeZone, changes) => {
        const year = Date.parse('2026-01-01T00:00:00Z');
        const samples = [...hours(year, year + 365 * 24 * HOUR, 23 * HOUR), ...changes.flatMap((day) => hours(Date.parse(day) - 6 * 24 * HOUR, Date.parse(day) + 24 * HOUR, HOUR))];
        for (const at of samples) {
            for (const businessDays of [1, 3, 5]) {
                const resolved = new Date(at);
                expect(retroDeadline(resolved, {businessDays, timeZone}).getTime()).toBe(addBusinessDays(resolved, businessDays, timeZone).getTime());
            }
        }
    });
});

const retro = (resolved: string, published: string | null): KpiRetro =>
    ({resolvedAt: new Date(resolved), publishedAt: published === null ? null : new Date(published)});
const NOW = new Date('2026-03-16T12:00:00Z');

describe('retroOnTimeRatio', () => {
    // Three business days in Berlin, asked on Monday 16 March 12:00 UTC:
    // A resolved Mon 2 Mar 09:00 CET, due Thu 5 Mar 08:00Z, published the 4th             — on time
    // B resolved Fri 6 Mar 15:00 CET, due Wed 11 Mar 14:00Z, published at that very instant — on time
    // C resolved Tue 3 Mar 09:00 CET, due Fri 6 Mar 08:00Z, published a second later         — late
    // D resolved Mon 9 Mar 09:00 CET, due Thu 12 Mar 08:00Z, still a draft (or none)         — late
    // E resolved Fri 13 Mar 15:00 CET, due Wed 18 Mar: not due yet, not counted though published already
    const RETROS = [
        retro('2026-03-02T08:00:00Z', '2026-03-04T16:00:00Z'), retro('2026-03-06T14:00:00Z', '2026-03-11T14:00:00Z'),
        retro('2026-03-03T08:00:00Z', '2026-03-06T08:00:01Z'), retro('2026-03-09T08:00:00Z', null), retro('2026-03-13T14:00:00Z', '2026-03-14T10:00:00Z'),
    ];

    it('computes the hand-computed fixture: 2 of 4 due', () => expect(retroOnTimeRatio(RETROS, BERLIN, NOW)).toBe(0.5));

    it.each<[string, KpiRetro[], number | null]>([
        ['nothing resolved', [], null],
        ['nothing due yet', [RETROS[4] ?? retro('2026-03-13T14:00:00Z', null)], null],
        ['one due and on time', RETROS.slice(0, 1), 1],
        ['a third', RETROS.slice(1, 4), 0.33],
    ])('%s → %s', (_, retros, expected) => expect(retroOnTimeRatio(retros, BERLIN, NOW)).toBe(expected));

    it('counts a deadline only once it has passed', () => {
        // D's deadline is Thu 12 Mar 08:00Z: at that instant it is not yet missed, a millisecond later it is.
        expect(retroOnTimeRatio(RETROS.slice(3, 4), BERLIN, new Date('2026-03-12T08:00:00Z'))).toBeNull();
        expect(retroOnTimeRatio(RETROS.slice(3, 4), BERLIN, new Date('2026-03-12T08:00:00.001Z'))).toBe(0);
    });
});
