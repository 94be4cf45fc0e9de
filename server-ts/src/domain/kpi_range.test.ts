import {describe, expect, it} from 'vitest';
import {parseKpiRange, spanOf} from './kpi_range.js';

describe('parseKpiRange', () => {
    it.each<[string, string, string, string]>([
        ['UTC instants', '2026-01-05T00:00:00Z', '2026-03-30T00:00:00Z', '2026-03-30T00:00:00.000Z'],
        ['an offset whose "+" the query string turned into a space', '2026-01-05T00:00:00 01:00', '2026-01-12T00:00:00+01:00', '2026-01-11T23:00:00.000Z'],
        // 2024 is a leap year: 366 + 365 days, exactly the limit.
        ['exactly two years', '2024-01-01T00:00:00Z', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00.000Z'],
    ])('reads %s', (_, from, to, toIso) => {
        const range = parseKpiRange(from, to);
        expect(range.ok && range.value.to.toISOString()).toBe(toIso);
    });

    it.each<[string, string, string, Record<string, string>]>([
        ['a word', 'yesterday', '2026-03-30T00:00:00Z', {from: '"yesterday" is not a date and time: write an ISO instant such as 2026-03-02T00:00:00Z'}],
        ['no offset', '2026-03-01T00:00:00Z', '2026-03-30T00:00', {to: '"2026-03-30T00:00" has no offset: end it in Z or an offset such as +02:00'}],
        ['a day that does not exist', '2026-02-30T00:00:00Z', '2026-03-30T00:00:00Z', {from: '"2026-02-30T00:00:00Z" is not a date and time: write an ISO instant such as 2026-03-02T00:00:00Z'}],
        ['from after to', '2026-03-30T00:00:00Z', '2026-03-01T00:00:00Z', {to: 'to must be after from'}],
        ['an empty range', '2026-03-30T00:00:00Z', '2026-03-30T02:00:00+02:00', {to: 'to must be after from'}],
        ['over two years', '2024-01-01T00:00:00Z', '2026-01-01T00:00:00.001Z', {to: 'ask for at most two years (731 days) at a time'}],
        ['both wrong', '', 'soon', {from: '"" is not a date and time: write an ISO instant such as 2026-03-02T00:00:00Z',
            to: '"soon" is not a date and time: write an ISO instant such as 2026-03-02T00:00:00Z'}],
    ])('refuses %s, naming the field', (_, from, to, fields) => {
        const range = parseKpiRange(from, to);
        expect(range).toEqual({ok: false, error: {code: 'invalid_range', message: expect.any(String) as unknown, fields}});
        expect(!range.ok && range.error.message).toContain(Object.keys(fields)[0]);
    });
});

describe('spanOf', () => {
    const d = (iso: string) => new Date(`2026-03-${iso}:00Z`);
    const weeks = [{from: d('02T00:00'), to: d('09T00:00')}, {from: d('09T00:00'), to: d('16T00:00')}, {from: d('16T00:00'), to: d('23T00:00')}];

    it('covers the ranges, with a snapshot at each end that has come', () => {
        expect(spanOf(weeks, d('30T00:00'))).toEqual({from: d('02T00:00'), to: d('23T00:00'), snapshots: [d('09T00:00'), d('16T00:00'), d('23T00:00')],
            dueBefore: d('23T00:00')});
    });

    it('reads ends still ahead at now, once', () => {
        expect(spanOf(weeks, d('12T06:00'))).toEqual({from: d('02T00:00'), to: d('23T00:00'), snapshots: [d('09T00:00'), d('12T06:00')],
            dueBefore: d('12T06:00')});
    });
});
