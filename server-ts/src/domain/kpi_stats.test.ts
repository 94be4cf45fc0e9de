import {describe, expect, it} from 'vitest';
import {countBy, durationMs, meanSeconds, nearestRankSeconds, ratio} from './kpi_stats.js';

const s = (seconds: number[]) => seconds.map((x) => x * 1000);

describe('KPI arithmetic', () => {
    it.each<[string, number[], number, number | null]>([
        ['nothing measured', [], 50, null],
        ['one value is every percentile', [7], 90, 7],
        // n = 4: p50 is rank ⌈2⌉ = 2, p90 rank ⌈3.6⌉ = 4.
        ['p50 of four, unsorted', [40, 10, 30, 20], 50, 20],
        ['p90 of four', [40, 10, 30, 20], 90, 40],
        // n = 10: p90 is rank 9, not an interpolation between 9 and 10.
        ['p90 of ten', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90, 9],
        ['p50 of ten', [10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 50, 5],
        ['p50 of five', [3, 1, 2, 5, 4], 50, 3],
    ])('nearest rank: %s', (_, values, p, expected) => expect(nearestRankSeconds(s(values), p)).toBe(expected));

    it.each<[number[], number | null]>([
        [[], null],
        [[1000, 2000], 2], // 1.5 s rounds to 2
        [[60_000, 120_000, 240_000], 140],
    ])('mean of %j ms is %s s', (values, expected) => expect(meanSeconds(values)).toBe(expected));

    it.each<[string, string | null, number | null]>([
        ['2026-03-02T10:00:00Z', '2026-03-02T10:30:00Z', 1_800_000],
        ['2026-03-02T10:00:00Z', '2026-03-02T10:00:00Z', 0],
        ['2026-03-02T10:00:00Z', '2026-03-02T09:59:59Z', null],
        ['2026-03-02T10:00:00Z', null, null],
    ])('duration from %s to %s', (start, end, expected) => expect(durationMs(new Date(start), end === null ? null : new Date(end))).toBe(expected));

    it.each<[number, number, number | null]>([[8, 9, 0.89], [3, 0, null], [0, 4, 0], [10, 4, 2.5]])('ratio %s / %s', (a, b, expected) =>
        expect(ratio(a, b)).toBe(expected));

    it('counts every key, ignoring values that are none of them', () =>
        expect(countBy(['a', 'b', 'c'] as const, ['a', 'x', null, 'a', 'c'])).toEqual({a: 2, b: 0, c: 1}));
});
