import {describe, expect, it} from 'vitest';
import {KPI_DETAILS_LIMIT, kpiDetails, type KpiDetailRows, type KpiDetailSettings, type KpiIncidentRow, type KpiPageRow} from './kpi_details.js';
import {DEFAULT_SLA} from './triage_sla.js';

const t = (iso: string | null) => (iso === null ? null : new Date(`2026-03-${iso}:00Z`));
const at = (iso: string) => t(iso) ?? new Date(0);

type Milestones = {paged?: string; acked?: string; monitoring?: string; resolved?: string};
const incident = (id: string, extra: Partial<KpiIncidentRow>, m: Milestones = {}): KpiIncidentRow => ({
    id, number: 1, title: `Incident ${id}`, severity: 'sev2', tier: 'cloud', teamId: 'team-1', channelId: `ch-${id}`, channelName: `inc-${id}`,
    isPrivate: false, commanderId: null, declaredById: 'u1', retroStatus: null, declaredAt: at('02T10:00'), resolvedAt: t(m.resolved ?? null),
    firstPageSentAt: t(m.paged ?? null), firstPageAcknowledgedAt: t(m.acked ?? null), firstMonitoringAt: t(m.monitoring ?? null),
    firstResolvedAt: t(m.resolved ?? null), ...extra,
});
const page = (id: string, created: string, usernames: string[], acknowledged: string | null): KpiPageRow =>
    ({id, number: Number(id.slice(1)), createdAt: at(created), usernames, acknowledgedAt: t(acknowledged)});

// The week of 2 March 2026 asked on the 12th, team zone Berlin; alice is in New York.
const SETTINGS: KpiDetailSettings = {range: {from: at('02T00:00'), to: at('09T00:00')}, now: at('12T00:00'), sla: DEFAULT_SLA,
    zones: {byUsername: new Map([['alice', 'America/New_York']]), teamTimeZone: 'Europe/Berlin'}, hidden: new Set(['b'])};
const ROWS: KpiDetailRows = {
    incidents: [
        // Paged 10:10, acknowledged 10:15 (300 s); monitoring 11:00 (3,600 s); resolved 12:00 (7,200 s).
        incident('a', {number: 7, severity: 'sev1', retroStatus: 'published'}, {paged: '02T10:10', acked: '02T10:15', monitoring: '02T11:00', resolved: '02T12:00'}),
        // Private and not the caller's: numbers only. No template, no review.
        incident('b', {number: 8, isPrivate: true, tier: null, title: 'Payroll leak'}),
        // Private but the caller is in it; a tier no template has any more.
        incident('c', {number: 9, isPrivate: true, tier: 'legacy', retroStatus: 'draft'}, {resolved: '02T10:30'}),
    ],
    requests: [
        // A P1 decided after 6 h: over 4 h. A P3 undecided for 4 days by now: within 7 days.
        {id: 'r1', number: 1, title: 'Disk alerts', category: 'reliability', status: 'accepted', createdAt: at('03T09:00'), priority: 'p1',
            requestedPriority: 'p1', firstDecisionAt: at('03T15:00')},
        {id: 'r2', number: 2, title: 'Docs', category: 'documentation', status: 'new', createdAt: at('08T00:00'), priority: 'p3',
            requestedPriority: null, firstDecisionAt: null},
    ],
    pages: [
        page('p1', '02T12:30', ['Alice', 'bob'], '02T12:35'), // 07:30 in New York: off hours
        page('p2', '05T07:30', [], null), // nobody reached: 08:30 in Berlin: on
    ],
};

describe('kpiDetails', () => {
    it('lists each item with its own figures, hiding what a private incident the caller cannot see would tell', () => {
        const details = kpiDetails(ROWS, SETTINGS);
        expect(details.incidents).toEqual([
            {id: 'a', number: 7, title: 'Incident a', severity: 'sev1', tier: 'cloud', teamId: 'team-1', channelId: 'ch-a', channelName: 'inc-a',
                declaredAt: '2026-03-02T10:00:00.000Z', resolvedAt: '2026-03-02T12:00:00.000Z', mttaSeconds: 300, mttrSeconds: 7200,
                timeToMitigateSeconds: 3600, retroStatus: 'published'},
            {id: 'b', number: 8, title: '', severity: 'sev2', tier: 'none', teamId: 'team-1', channelId: null, channelName: '',
                declaredAt: '2026-03-02T10:00:00.000Z', resolvedAt: null, mttaSeconds: null, mttrSeconds: null, timeToMitigateSeconds: null,
                retroStatus: 'missing'},
            {id: 'c', number: 9, title: 'Incident c', severity: 'sev2', tier: 'none', teamId: 'team-1', channelId: 'ch-c', channelName: 'inc-c',
                declaredAt: '2026-03-02T10:00:00.000Z', resolvedAt: '2026-03-02T10:30:00.000Z', mttaSeconds: null, mttrSeconds: 1800,
                timeToMitigateSeconds: 1800, retroStatus: 'draft'},
        ]);
        expect(details.requests).toEqual([
            {id: 'r1', number: 1, title: 'Disk alerts', category: 'reliability', status: 'accepted', receivedAt: '2026-03-03T09:00:00.000Z',
                triagedAt: '2026-03-03T15:00:00.000Z', slaBreached: true},
            {id: 'r2', number: 2, title: 'Docs', category: 'documentation', status: 'new', receivedAt: '2026-03-08T00:00:00.000Z',
                triagedAt: null, slaBreached: false},
        ]);
        expect(details.pages).toEqual([
            {id: 'p1', number: 1, at: '2026-03-02T12:30:00.000Z', usernames: ['Alice', 'bob'], offHours: true, acknowledgedAt: '2026-03-02T12:35:00.000Z'},
            {id: 'p2', number: 2, at: '2026-03-05T07:30:00.000Z', usernames: [], offHours: false, acknowledgedAt: null},
        ]);
        expect([details.from, details.to, details.truncated]).toEqual(['2026-03-02T00:00:00.000Z', '2026-03-09T00:00:00.000Z',
            {incidents: false, requests: false, pages: false}]);
    });

    it('cuts a list at the limit and says so (the loader reads one more than it)', () => {
        const pages = Array.from({length: KPI_DETAILS_LIMIT + 1}, (_, k) => page(`p${k}`, '04T10:00', [], null));
        const details = kpiDetails({...ROWS, pages}, SETTINGS);
        expect([details.pages.length, details.pages.at(-1)?.id, details.truncated]).toEqual([500, 'p499', {incidents: false, requests: false, pages: true}]);
        expect(kpiDetails({...ROWS, pages: pages.slice(1)}, SETTINGS).truncated.pages).toBe(false);
    });
});
