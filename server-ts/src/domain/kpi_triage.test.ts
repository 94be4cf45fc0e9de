import {describe, expect, it} from 'vitest';
import {statusAfter, triageKpis, type KpiRequest, type KpiRequestStates} from './kpi_triage.js';
import {DEFAULT_SLA} from './triage_sla.js';

const NOW = new Date('2026-03-16T12:00:00Z');
const t = (iso: string) => new Date(`2026-03-${iso}:00Z`);
const request = (created: string, priority: string, requested: string | null, decided: string | null): KpiRequest =>
    ({createdAt: t(created), priority, requestedPriority: requested, firstDecisionAt: decided === null ? null : t(decided)});

// Hand-computed with the default SLA (P1 untriaged over 4 h, anything over 7 days), now = 16 March 12:00:
// R1 P1, accepted after 1 h (3,600 s)                          — within SLA
// R2 requested as P1 (P3 now), declined after 6 h (21,600 s)   — breach: the P1 waited over 4 h
// R3 requested as P3 (raised to P1 when accepted) after 6 h     — within SLA: it was no P1 while it waited
// R4 P2, first decided after 1 day (86,400 s)                   — within SLA
// R5 P4, undecided for 7 d 4 h                                  — breach, still waiting
// R6 P1, undecided for 3 h                                      — within SLA, not measured
// R7 P3 (a row from before requests recorded their priority), accepted after 7 d 1 h (608,400 s) — breach
// Waits sorted: 3,600 · 21,600 · 21,600 · 86,400 · 608,400 → p50 = rank ⌈2.5⌉ = 3 = 21,600; p90 = rank ⌈4.5⌉ = 5 = 608,400.
const REQUESTS = [
    request('09T09:00', 'p1', 'p1', '09T10:00'), request('09T09:00', 'p3', 'p1', '09T15:00'), request('09T09:00', 'p1', 'p3', '09T15:00'),
    request('09T12:00', 'p2', 'p2', '10T12:00'), request('09T08:00', 'p4', 'p4', null), request('16T09:00', 'p1', 'p1', null),
    request('09T10:00', 'p3', null, '16T11:00'),
];

const states = (category: string, status: string | null, count: number): KpiRequestStates =>
    ({at: NOW, category, status, isFollowUp: false, isPastDue: false, count});
// Open at the end: 2 reliability new + 3 reliability accepted; 1 automation in progress; 4 ktlo reopened to new and
// 1 to accepted. Closed: security done, documentation declined, availability_cost duplicates, a reopen of unknown target.
const STATES = [
    states('reliability', 'new', 2), states('reliability', 'accepted', 3), states('automation', 'in_progress', 1),
    states('security', 'done', 5), states('ktlo', 'new', 4), states('documentation', 'declined', 2),
    states('ktlo', 'accepted', 1), states('availability_cost', 'duplicate', 7), states('security', null, 1),
    states('other', 'new', 9),
];

describe('triageKpis', () => {
    it('computes the hand-computed fixture', () => {
        expect(triageKpis(REQUESTS, STATES, DEFAULT_SLA, NOW)).toEqual({
            received: 7,
            timeToTriageP50Seconds: 21_600,
            timeToTriageP90Seconds: 608_400,
            slaBreaches: 3,
            openByCategory: {reliability: 5, availability_cost: 0, automation: 1, security: 0, documentation: 0, ktlo: 5},
        });
    });

    it('is all zeros and nulls when nothing came in', () => {
        expect(triageKpis([], [], DEFAULT_SLA, NOW)).toEqual({received: 0, timeToTriageP50Seconds: null, timeToTriageP90Seconds: null,
            slaBreaches: 0, openByCategory: {reliability: 0, availability_cost: 0, automation: 0, security: 0, documentation: 0, ktlo: 0}});
    });

    // One request created 9 March 09:00; the limits are strict ("over"), as in the live queue.
    it.each<[string, string, string | null, number]>([
        ['a P1 decided at exactly 4 h', 'p1', '09T13:00', 0],
        ['a P1 decided 1 min later', 'p1', '09T13:01', 1],
        ['a P3 decided at exactly 7 days', 'p3', '16T09:00', 0],
        ['a P3 undecided for 7 d 3 h', 'p3', null, 1],
    ])('%s: %s breach', (_, priority, decidedAt, breaches) => {
        expect(triageKpis([request('09T09:00', priority, priority, decidedAt)], [], DEFAULT_SLA, NOW).slaBreaches).toBe(breaches);
    });

    it('applies the configured SLA', () => {
        // Within: R1 (a P1 at exactly 1 h), R3 (requested as P3, 6 h), R4 (exactly 1 day). Over: R2, R5, R6 (a P1 for 3 h), R7.
        expect(triageKpis(REQUESTS, [], {untriagedP1Hours: 1, untriagedDays: 1}, NOW).slaBreaches).toBe(4);
    });

    it.each<[string, string | null, string | null]>([
        ['created', null, 'new'], ['accepted', null, 'accepted'], ['started', null, 'in_progress'], ['done', null, 'done'],
        ['declined', null, 'declined'], ['marked_duplicate', null, 'duplicate'], ['reopened', 'accepted', 'accepted'], ['fields_changed', null, null],
    ])('the status after %s (to %s) is %s', (kind, to, status) => expect(statusAfter(kind, to)).toBe(status));
});
