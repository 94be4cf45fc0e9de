import {describe, expect, it} from 'vitest';
import {isStale, staleAt, staleCutoff} from './runbook_stale.js';

const at = (iso: string) => new Date(iso);
const CREATED = at('2025-01-01T00:00:00Z');

describe('isStale', () => {
    it.each<[string, Date | null, string, boolean]>([
        ['never reviewed, created 89 days ago', null, '2025-03-31T23:59:59Z', false],
        ['never reviewed, created exactly 90 days ago', null, '2025-04-01T00:00:00Z', true],
        ['never reviewed, created 100 days ago', null, '2025-04-11T00:00:00Z', true],
        ['reviewed a day ago, created long ago', at('2025-06-01T00:00:00Z'), '2025-06-02T00:00:00Z', false],
        ['reviewed 90 days ago less a second', at('2025-06-01T00:00:00Z'), '2025-08-29T23:59:59Z', false],
        ['reviewed 90 days ago', at('2025-06-01T00:00:00Z'), '2025-08-30T00:00:00Z', true],
    ])('%s → %s', (_name, lastReviewedAt, now, stale) => expect(isStale({lastReviewedAt, createdAt: CREATED}, at(now))).toBe(stale));

    it('agrees with staleAt and the cutoff a count query uses', () => {
        const r = {lastReviewedAt: at('2025-06-01T12:00:00Z'), createdAt: CREATED};
        expect(staleAt(r).toISOString()).toBe('2025-08-30T12:00:00.000Z');
        expect(staleCutoff(staleAt(r)).toISOString()).toBe('2025-06-01T12:00:00.000Z');
    });
});
