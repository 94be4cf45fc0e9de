import {describe, expect, it} from 'vitest';
import {kpiWeeks, parseKpiWeeks} from './kpi_weeks.js';

const NOW = new Date('2026-03-12T09:30:00Z');
const iso = (d: Date) => d.toISOString();

describe('parseKpiWeeks', () => {
    it.each<[string, string | undefined, number, string]>([
        ['12', '2026-03-30T00:00:00Z', 12, '2026-03-30T00:00:00.000Z'],
        ['1', '2026-03-30T00:00:00 02:00', 1, '2026-03-29T22:00:00.000Z'],
        ['52', undefined, 52, '2026-03-12T09:30:00.000Z'],
    ])('reads weeks=%s to=%s', (weeks, to, count, toIso) => {
        const parsed = parseKpiWeeks(weeks, to, NOW);
        expect(parsed.ok && [parsed.value.weeks, iso(parsed.value.to)]).toEqual([count, toIso]);
    });

    it.each<[string, string | undefined, string[]]>([
        ['0', undefined, ['weeks']], ['53', undefined, ['weeks']], ['twelve', undefined, ['weeks']], ['1.5', undefined, ['weeks']],
        ['', undefined, ['weeks']], ['-3', undefined, ['weeks']],
        ['12', 'next monday', ['to']], ['12', '2026-03-30T00:00', ['to']],
        ['0', 'soon', ['weeks', 'to']],
    ])('refuses weeks=%j to=%j, naming %j', (weeks, to, fields) => {
        const parsed = parseKpiWeeks(weeks, to, NOW);
        expect(parsed.ok ? [] : [parsed.error.code, ...Object.keys(parsed.error.fields)]).toEqual(['invalid_range', ...fields]);
        expect(!parsed.ok && parsed.error.message).toContain(fields[0]);
    });
});

describe('kpiWeeks: Monday 00:00 in the team\'s zone, the last week ending at `to`', () => {
    it('crosses Berlin\'s change to summer time: a 167-hour week, then a partial one', () => {
        const weeks = kpiWeeks({weeks: 3, to: new Date('2026-03-31T10:00:00Z')}, 'Europe/Berlin');
        expect(weeks.map((w) => [iso(w.from), iso(w.to)])).toEqual([
            ['2026-03-15T23:00:00.000Z', '2026-03-22T23:00:00.000Z'], // Mon 16 → Mon 23, 00:00 CET
            ['2026-03-22T23:00:00.000Z', '2026-03-29T22:00:00.000Z'], // → Mon 30 00:00 CEST
            ['2026-03-29T22:00:00.000Z', '2026-03-31T10:00:00.000Z'], // Tuesday noon: partial
        ]);
    });

    it.each<[string, string, string, string]>([
        // Monday 00:00 exactly ends the week before it (no empty week at the end).
        ['Monday 00:00 CEST', '2026-03-29T22:00:00Z', 'Europe/Berlin', '2026-03-22T23:00:00.000Z'],
        ['a millisecond later', '2026-03-29T22:00:00.001Z', 'Europe/Berlin', '2026-03-29T22:00:00.000Z'],
        // Sunday 23:30 in New York is already Monday in UTC: the team's zone decides.
        ['Sunday 23:30 EDT', '2026-03-16T03:30:00Z', 'America/New_York', '2026-03-09T04:00:00.000Z'],
        ['Monday 09:00 in Kolkata', '2026-03-16T03:30:00Z', 'Asia/Kolkata', '2026-03-15T18:30:00.000Z'],
    ])('the week holding %s starts on its Monday', (_, to, zone, start) => {
        const [week] = kpiWeeks({weeks: 1, to: new Date(to)}, zone);
        expect([week && iso(week.from), week && iso(week.to)]).toEqual([start, new Date(to).toISOString()]);
    });

    it('gives a year of weeks end to end, oldest first', () => {
        const weeks = kpiWeeks({weeks: 52, to: new Date('2026-03-12T09:30:00Z')}, 'UTC');
        expect(weeks).toHaveLength(52);
        expect(iso(weeks[0]?.from ?? new Date(0))).toBe('2025-03-17T00:00:00.000Z');
        expect(weeks.every((w, k) => k === 0 || w.from.getTime() === weeks[k - 1]?.to.getTime())).toBe(true);
    });
});
