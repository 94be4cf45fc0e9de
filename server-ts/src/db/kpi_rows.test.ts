import {describe, expect, it} from 'vitest';
import {spanOf} from '../domain/kpi_range.js';
import {databaseTargets, type DatabaseTarget} from '../test_support/databases.js';
import {REVIEW_NOW, seedReviews} from '../test_support/kpi_review_seed.js';
import {useTestDatabase} from '../test_support/use_test_database.js';
import {loadKpiRows} from './kpi_rows.js';

const targets = await databaseTargets();
const d = (iso: string) => new Date(`2026-03-${iso}Z`);
const iso = (at: Date | null) => at?.toISOString() ?? null;
// Two weeks, the second ending now: the review seed's span.
const WEEKS = [{from: d('02T00:00:00'), to: d('09T00:00:00')}, {from: d('09T00:00:00'), to: REVIEW_NOW}];

describe.each(targets.map((target): [string, DatabaseTarget] => [target.name, target]))('loadKpiRows: reviews and follow-ups on %s', (_name, target) => {
    const conn = useTestDatabase(target);

    it('reads retrospectives by resolution, follow-ups due before now, and follow-up states at each week\'s end, drills left out', async () => {
        await seedReviews(conn().db);
        const rows = await loadKpiRows(conn().db, spanOf(WEEKS, REVIEW_NOW));

        // R5 counts from the resolution that opened its review (the 5th), not its second one (the 10th); R4 has no review.
        expect(rows.retros.map((r) => [iso(r.resolvedAt), iso(r.publishedAt)]).sort()).toEqual([
            ['2026-03-02T09:00:00.000Z', '2026-03-04T10:00:00.000Z'], // R1
            ['2026-03-03T09:00:00.000Z', '2026-03-06T09:00:01.000Z'], // R2
            ['2026-03-05T09:00:00.000Z', null], // R3, a draft
            ['2026-03-05T12:00:00.000Z', '2026-03-09T12:00:00.000Z'], // R5
            ['2026-03-06T15:00:00.000Z', null], // R4, none
            ['2026-03-09T09:00:00.000Z', '2026-03-11T10:00:00.000Z'], // R7
            ['2026-03-12T09:00:00.000Z', '2026-03-13T09:00:00.000Z'], // R6
        ]);
        // Due before now, each with its last status change by its due time. F9 is due tonight, F4 on the 20th, F6 is the drill's.
        expect(rows.followUpsDue.map((f) => [iso(f.dueAt), f.status]).sort()).toEqual([
            ['2026-03-06T22:59:59.999Z', 'done'], // F1
            ['2026-03-06T22:59:59.999Z', 'in_progress'], // F2, done the day after
            ['2026-03-08T22:59:59.999Z', 'declined'], // F7
            ['2026-03-10T22:59:59.999Z', 'done'], // F5
            ['2026-03-11T22:59:59.999Z', 'accepted'], // F3
            ['2026-03-13T22:59:59.999Z', 'accepted'], // F8
        ]);
        // Counts by group at one snapshot (the loader may give a group in several rows).
        const at = (snapshot: Date) => {
            const counts = new Map<string, number>();
            for (const s of rows.requestStates.filter((r) => r.at.getTime() === snapshot.getTime())) {
                const key = JSON.stringify([s.status, s.isFollowUp, s.isPastDue]);
                counts.set(key, (counts.get(key) ?? 0) + s.count);
            }
            return [...counts].map(([key, n]) => [...JSON.parse(key) as unknown[], n]).sort();
        };
        // 9 March: F3, F4, F5 accepted and not yet due; F1, F2 done and F7 declined, all three past due.
        expect(at(d('09T00:00:00'))).toEqual([
            ['accepted', true, false, 3], ['declined', true, true, 1], ['done', true, true, 2]]);
        // Now: F3, F8 accepted and past due; F9 accepted, due tonight, and F4 reopened to accepted; F1, F2, F5 done; F7 declined.
        expect(at(REVIEW_NOW)).toEqual([
            ['accepted', true, false, 2], ['accepted', true, true, 2], ['declined', true, true, 1], ['done', true, true, 3]]);
        expect(rows.requestStates.every((s) => [d('09T00:00:00').getTime(), REVIEW_NOW.getTime()].includes(s.at.getTime()))).toBe(true);
        // Follow-ups are requests too (received when made), except the drill's.
        expect(rows.requests).toHaveLength(8);
        expect(rows.incidents).toHaveLength(7);
    }, 30_000);
});
