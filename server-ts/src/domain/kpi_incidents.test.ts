import {describe, expect, it} from 'vitest';
import {incidentKpis, mitigatedAt, type KpiIncident} from './kpi_incidents.js';

const at = (hhmm: string | null) => (hhmm === null ? null : new Date(`2026-03-10T${hhmm}:00Z`));
type Times = {resolved?: string; paged?: string; acked?: string; monitoring?: string; firstResolved?: string};
const incident = (severity: string, tier: string | null, declared: string, times: Times = {}): KpiIncident => ({
    severity, tier, declaredAt: at(declared) ?? new Date(0), resolvedAt: at(times.resolved ?? null),
    firstPageSentAt: at(times.paged ?? null), firstPageAcknowledgedAt: at(times.acked ?? null),
    firstMonitoringAt: at(times.monitoring ?? null), firstResolvedAt: at(times.firstResolved ?? times.resolved ?? null),
});

// Hand-computed, in seconds:
// A  paged 10:05, acknowledged 10:08 → MTTA 180; monitoring 10:50 → mitigated 3,000; resolved 11:30 → 5,400.
// B  first page 12:10, first acknowledgement 12:25 → 900; straight to resolved at 14:00 → 7,200 and 7,200.
// C  monitoring 09:30 → 1,800; paged, never acknowledged; still open.
// D  resolved 08:40 (mitigated 2,400), reopened, monitoring at 09:00: not resolved now, so no MTTR.
const INCIDENTS = [
    incident('sev1', 'cloud', '10:00', {paged: '10:05', acked: '10:08', monitoring: '10:50', resolved: '11:30'}),
    incident('sev2', 'community', '12:00', {paged: '12:10', acked: '12:25', resolved: '14:00'}),
    incident('sev2', null, '09:00', {paged: '09:10', monitoring: '09:30'}),
    incident('sev4', 'internal', '08:00', {firstResolved: '08:40', monitoring: '09:00'}),
];

describe('incidentKpis', () => {
    it('computes the hand-computed fixture', () => {
        expect(incidentKpis(INCIDENTS)).toEqual({
            count: 4,
            bySeverity: {sev1: 1, sev2: 2, sev3: 0, sev4: 1},
            byTier: {cloud: 1, community: 1, internal: 1, none: 1},
            mttaSeconds: 540, // (180 + 900) / 2
            mttrSeconds: 6300, // (5,400 + 7,200) / 2
            timeToMitigateSeconds: 3600, // (3,000 + 7,200 + 1,800 + 2,400) / 4
        });
    });

    it('has every key and no averages for an empty range', () => {
        expect(incidentKpis([])).toEqual({count: 0, bySeverity: {sev1: 0, sev2: 0, sev3: 0, sev4: 0}, byTier: {cloud: 0, community: 0, internal: 0, none: 0},
            mttaSeconds: null, mttrSeconds: null, timeToMitigateSeconds: null});
    });

    it.each<[string, Times, string | null]>([
        ['never monitoring nor resolved', {}, null],
        ['monitoring', {monitoring: '10:10'}, '10:10'],
        ['resolved first, monitoring after a reopen', {firstResolved: '10:30', monitoring: '10:40'}, '10:30'],
        ['monitoring first, resolved later', {monitoring: '10:20', firstResolved: '10:30'}, '10:20'],
    ])('mitigated: %s', (_, times, expected) => expect(mitigatedAt(incident('sev3', 'cloud', '10:00', times))).toEqual(at(expected)));

    // One incident declared at 10:00 each time; [mtta, mttr] in seconds.
    it.each<[string, Times, number | null, number | null]>([
        ['an acknowledgement without a page (bad data) is no MTTA', {acked: '10:10'}, null, null],
        ['an acknowledgement before the first page is no MTTA', {paged: '10:20', acked: '10:10'}, null, null],
        ['a resolution stamped before the declaration is no MTTR', {resolved: '09:59'}, null, null],
        ['a page acknowledged the same second counts as 0', {paged: '10:20', acked: '10:20', resolved: '10:30'}, 0, 1800],
    ])('%s', (_, times, mtta, mttr) => {
        const kpis = incidentKpis([incident('sev3', 'cloud', '10:00', times)]);
        expect([kpis.mttaSeconds, kpis.mttrSeconds]).toEqual([mtta, mttr]);
    });
});
