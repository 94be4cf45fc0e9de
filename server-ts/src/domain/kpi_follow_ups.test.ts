import {describe, expect, it} from 'vitest';
import {followUpKpis, type KpiFollowUpDue} from './kpi_follow_ups.js';
import type {KpiRequestStates} from './kpi_triage.js';

const AT = new Date('2026-03-09T00:00:00Z');
const states = (status: string, isFollowUp: boolean, isPastDue: boolean, count: number): KpiRequestStates =>
    ({at: AT, category: 'reliability', status, isFollowUp, isPastDue, count});
const due = (status: string | null): KpiFollowUpDue => ({dueAt: new Date('2026-03-05T22:59:59.999Z'), status});

describe('followUpKpis', () => {
    // At the snapshot: open are the follow-ups new, accepted or in progress: 3 accepted (not due yet), 2 in progress and
    // 1 new (all past due: overdue 3). Closed: 4 done and 1 declined though past due, 1 duplicate.
    // Ordinary requests (not follow-ups) are not counted here, past due or not.
    const STATES = [
        states('accepted', true, false, 3), states('in_progress', true, true, 2), states('new', true, true, 1),
        states('done', true, true, 4), states('declined', true, true, 1), states('duplicate', true, false, 1),
        states('new', false, false, 5), states('accepted', false, true, 2),
    ];
    // Due in the range: done at the due time twice; in progress, accepted (twice), or not yet created for the others: 2 of 6.
    const DUE = [due('done'), due('in_progress'), due('accepted'), due(null), due('done'), due('accepted')];

    it('computes the hand-computed fixture', () => {
        expect(followUpKpis(STATES, DUE)).toEqual({open: 6, overdue: 3, completionRatio: 0.33});
    });

    it('is zeros and null without follow-ups', () => {
        expect(followUpKpis(STATES.filter((s) => !s.isFollowUp), [])).toEqual({open: 0, overdue: 0, completionRatio: null});
    });

    it.each<[string, KpiFollowUpDue[], number]>([
        ['all done on time', [due('done'), due('done')], 1],
        ['none done', [due('accepted')], 0],
    ])('completion: %s', (_, list, expected) => expect(followUpKpis([], list).completionRatio).toBe(expected));
});
