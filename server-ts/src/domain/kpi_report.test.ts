import {describe, expect, it} from 'vitest';
import type {KpiIncident} from './kpi_incidents.js';
import {rowsByRange, weeklyKpis, type KpiRows} from './kpi_report.js';
import type {KpiRequestStates} from './kpi_triage.js';
import {DEFAULT_SLA} from './triage_sla.js';

const at = (iso: string) => new Date(`2026-03-${iso}:00Z`);
const incident = (declared: string): KpiIncident => ({severity: 'sev2', tier: 'cloud', declaredAt: at(declared), resolvedAt: null,
    firstPageSentAt: null, firstPageAcknowledgedAt: null, firstMonitoringAt: null, firstResolvedAt: null});
const states = (snapshot: string, status: string, isPastDue: boolean, count: number): KpiRequestStates =>
    ({at: at(snapshot), category: 'ktlo', status, isFollowUp: true, isPastDue, count});

// Two UTC weeks, the second partial and ending now (Wednesday 11 March 12:00).
const NOW = at('11T12:00');
const W1 = {from: at('02T00:00'), to: at('09T00:00')};
const W2 = {from: at('09T00:00'), to: NOW};
const ROWS: KpiRows = {
    // The one declared at 9 March 00:00 is the second week's: a range ends before its `to`.
    incidents: [incident('02T10:00'), incident('09T00:00'), incident('10T10:00')],
    requests: [{createdAt: at('03T09:00'), priority: 'p2', requestedPriority: 'p2', firstDecisionAt: at('03T10:00')}],
    // End of week 1: 2 follow-ups accepted, one of them past due. Now: 1 accepted (past due), 3 done.
    requestStates: [states('09T00:00', 'accepted', false, 1), states('09T00:00', 'accepted', true, 1),
        states('11T12:00', 'accepted', true, 1), states('11T12:00', 'done', true, 3)],
    pages: [{createdAt: at('08T23:59'), firstUsername: null}, {createdAt: at('09T00:00'), firstUsername: null}],
    // Three business days in UTC: resolved Mon 2nd, due Thu 5th, published the 3rd: on time. Resolved Fri 6th 14:00,
    // due Wed 11th 14:00: not yet passed now. Resolved Mon 9th, due Thu 12th: not yet.
    retros: [{resolvedAt: at('02T08:00'), publishedAt: at('03T08:00')}, {resolvedAt: at('06T14:00'), publishedAt: null},
        {resolvedAt: at('09T08:00'), publishedAt: null}],
    // Due Thursday 5th, done by then; due Tuesday 10th, only accepted then.
    followUpsDue: [{dueAt: at('05T23:59'), status: 'done'}, {dueAt: at('10T23:59'), status: 'accepted'}],
};

describe('rowsByRange', () => {
    it('gives each row to the range holding the instant it counts at, and each range the states of its snapshot', () => {
        const [week1, week2] = rowsByRange(ROWS, [W1, W2], NOW);
        const sizes = (r: KpiRows | undefined) => [r?.incidents.length, r?.requests.length, r?.pages.length, r?.retros.length, r?.followUpsDue.length,
            r?.requestStates.map((s) => s.count)];
        expect([sizes(week1), sizes(week2)]).toEqual([[1, 1, 1, 2, 1, [1, 1]], [2, 0, 1, 1, 1, [1, 3]]]);
    });

    it('leaves out rows outside every range, and reads ranges reaching past now at now', () => {
        const [gap, late] = rowsByRange(ROWS, [{from: at('01T00:00'), to: at('02T10:00')}, {from: at('10T00:00'), to: at('16T00:00')}], NOW);
        expect([gap?.incidents.length, gap?.requestStates, late?.incidents.length, late?.pages.length, late?.requestStates.map((s) => s.count)])
            .toEqual([0, [], 1, 0, [1, 3]]);
    });
});

describe('weeklyKpis', () => {
    const weekly = weeklyKpis(ROWS, [], [W1, W2], {now: NOW, sla: DEFAULT_SLA, zones: {byUsername: new Map(), teamTimeZone: 'UTC'},
        retro: {businessDays: 3, timeZone: 'UTC'}});

    it('answers every week with its own figures', () => {
        expect(weekly.timeZone).toBe('UTC');
        expect(weekly.weeks.map((w) => [w.from, w.to, w.kpis.from, w.kpis.to])).toEqual([
            ['2026-03-02T00:00:00.000Z', '2026-03-09T00:00:00.000Z', '2026-03-02T00:00:00.000Z', '2026-03-09T00:00:00.000Z'],
            ['2026-03-09T00:00:00.000Z', '2026-03-11T12:00:00.000Z', '2026-03-09T00:00:00.000Z', '2026-03-11T12:00:00.000Z'],
        ]);
        expect(weekly.weeks.map(({kpis}) => [kpis.incidents.count, kpis.incidents.retroOnTimeRatio, kpis.followUps, kpis.triage.received, kpis.oncall.pages]))
            .toEqual([
                [1, 1, {open: 2, overdue: 1, completionRatio: 1}, 1, 1],
                [2, null, {open: 1, overdue: 1, completionRatio: 0}, 0, 1],
            ]);
    });
});
