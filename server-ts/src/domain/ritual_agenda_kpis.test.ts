import {describe, expect, it} from 'vitest';
import type {Kpis} from '../contract/kpis.js';
import {kpiSections} from './ritual_agenda_kpis.js';
import {coarseDurationText} from './ritual_agenda_text.js';

type Figures = {count: number; mtta: number | null; mttr: number | null; pages: number; offHours: number; p50: number | null; breaches: number};

function kpis(f: Figures): Kpis {
    const zero = {reliability: 0, availability_cost: 0, automation: 0, security: 0, documentation: 0, ktlo: 0};
    return {
        from: '2026-03-23T13:45:00.000Z', to: '2026-03-30T13:45:00.000Z',
        incidents: {count: f.count, bySeverity: {sev1: 0, sev2: 0, sev3: 0, sev4: 0}, byTier: {cloud: 0, community: 0, internal: 0, none: 0},
            mttaSeconds: f.mtta, mttrSeconds: f.mttr, timeToMitigateSeconds: null, retroOnTimeRatio: null},
        followUps: {open: 0, overdue: 0, completionRatio: null},
        triage: {received: 0, timeToTriageP50Seconds: f.p50, timeToTriageP90Seconds: null, slaBreaches: f.breaches, openByCategory: zero},
        oncall: {pages: f.pages, offHoursPages: f.offHours, pagesPerShift: null, gapsSeconds: 0},
    };
}

describe('kpiSections', () => {
    it('sets this week beside the last, with the change up or down and nothing where a week had nothing to measure', () => {
        const thisWeek = kpis({count: 3, mtta: 240, mttr: 3900, pages: 5, offHours: 2, p50: 7200, breaches: 1});
        const lastWeek = kpis({count: 1, mtta: 360, mttr: null, pages: 5, offHours: 0, p50: 45, breaches: 3});
        expect(kpiSections({thisWeek, lastWeek})).toEqual([
            '##### KPIs: the last 7 days against the 7 days before (drills left out)',
            '| | Last 7 days | 7 days before | Change |',
            '|:--|--:|--:|:--|',
            '| Incidents | 3 | 1 | ↑ 2 |',
            '| MTTA | 4 min | 6 min | ↓ 2 min |',
            '| MTTR | 1 h 05 min | — |  |',
            '| Pages | 5 | 5 | = |',
            '| Off-hours pages | 2 | 0 | ↑ 2 |',
            '| Time to triage (p50) | 2 h 00 min | 45 s | ↑ 1 h 59 min |',
            '| Triage SLA breaches | 1 | 3 | ↓ 2 |',
        ]);
    });
});

describe('coarseDurationText', () => {
    it.each<[number, string]>([
        [0, '0 s'], [59, '59 s'], [60, '1 min'], [3599, '59 min'], [3600, '1 h 00 min'], [3900, '1 h 05 min'],
        [172_799, '47 h 59 min'], [172_800, '2 d 0 h'], [190_800, '2 d 5 h'],
    ])('%i s → %s', (seconds, text) => expect(coarseDurationText(seconds)).toBe(text));
});
