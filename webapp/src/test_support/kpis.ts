import {DateTime} from 'luxon';

import type {Kpis} from '../../../server-ts/src/contract/kpis';
import type {KpiDetails, WeeklyKpis} from '../api/kpi_shapes';

type Figures = {incidents?: number; mtta?: number | null; mttr?: number | null; pages?: number; offHours?: number; triageP50?: number | null;
    slaBreaches?: number; overdue?: number};

/** One week's Kpis with the figures the charts read; the rest zero or null, as the companion sends a quiet week. */
export function kpis(from: string, to: string, f: Figures = {}): Kpis {
    return {
        from, to,
        incidents: {count: f.incidents ?? 0, bySeverity: {sev1: 0, sev2: f.incidents ?? 0, sev3: 0, sev4: 0}, byTier: {cloud: 0, community: 0, internal: 0, none: f.incidents ?? 0},
            mttaSeconds: f.mtta ?? null, mttrSeconds: f.mttr ?? null, timeToMitigateSeconds: null, retroOnTimeRatio: null},
        followUps: {open: 0, overdue: f.overdue ?? 0, completionRatio: null},
        triage: {received: 0, timeToTriageP50Seconds: f.triageP50 ?? null, timeToTriageP90Seconds: null, slaBreaches: f.slaBreaches ?? 0,
            openByCategory: {reliability: 0, availability_cost: 0, automation: 0, security: 0, documentation: 0, ktlo: 0}},
        oncall: {pages: f.pages ?? 0, offHoursPages: f.offHours ?? 0, pagesPerShift: null, gapsSeconds: 0},
    };
}

// Mondays in Berlin: the week of 2025-01-06 (NOW_ISO's, still running) last.
const LAST_MONDAY = DateTime.fromISO('2025-01-06T00:00', {zone: 'Europe/Berlin'});

/** Weeks ending with the running one, oldest first, one Figures per week. */
export function weekly(figures: Figures[]): WeeklyKpis {
    return {
        timeZone: 'Europe/Berlin',
        weeks: figures.map((f, i) => {
            const monday = LAST_MONDAY.minus({weeks: figures.length - 1 - i});
            const from = monday.toUTC().toISO() ?? '';
            const to = monday.plus({weeks: 1}).toUTC().toISO() ?? '';
            return {from, to, kpis: kpis(from, to, f)};
        }),
    };
}

const NOT_CUT = {incidents: false, requests: false, pages: false};

export const emptyDetails = (): KpiDetails => ({from: '', to: '', incidents: [], requests: [], pages: [], truncated: NOT_CUT});

export const someDetails = (): KpiDetails => ({
    from: '2024-12-29T23:00:00.000Z',
    to: '2025-01-05T23:00:00.000Z',
    incidents: [{id: 'i7', number: 7, title: 'Checkout API 502s', severity: 'sev1', tier: 'cloud', teamId: 't1', channelId: 'chan7',
        channelName: 'incident-7-checkout', declaredAt: '2024-12-31T10:00:00.000Z', resolvedAt: '2024-12-31T11:05:00.000Z',
        mttaSeconds: 250, mttrSeconds: 3900, timeToMitigateSeconds: 1800, retroStatus: 'missing'}],
    requests: [{id: 'r5', number: 5, title: 'Rotate TLS certs', category: 'security', status: 'accepted', receivedAt: '2024-12-30T09:00:00.000Z',
        triagedAt: '2025-01-02T09:00:00.000Z', slaBreached: true}],
    pages: [{id: 'p3', number: 3, at: '2025-01-01T02:00:00.000Z', usernames: ['bob', 'carol'], offHours: true, acknowledgedAt: '2025-01-01T02:02:30.000Z'}],
    truncated: NOT_CUT,
});
