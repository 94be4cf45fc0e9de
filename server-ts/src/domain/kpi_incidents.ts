import type {IncidentKpis} from '../contract/kpis.js';
import {countBy, durationMs, isOneOf, meanSeconds} from './kpi_stats.js';

/**
 * An incident declared in the range (drills already left out), severity as it is now, with the first instant of
 * each timeline event the figures read (null: never happened). The loader reads only these first instants: an
 * incident's 20 timeline rows become one row.
 */
export type KpiIncident = {
    severity: string;
    tier: string | null;
    declaredAt: Date;
    // Set while resolved; a reopen clears it.
    resolvedAt: Date | null;
    firstPageSentAt: Date | null;
    firstPageAcknowledgedAt: Date | null;
    firstMonitoringAt: Date | null;
    firstResolvedAt: Date | null;
};

const SEVERITIES = ['sev1', 'sev2', 'sev3', 'sev4'] as const;
const TIERS = ['cloud', 'community', 'internal'] as const;

const earliest = (a: Date | null, b: Date | null): Date | null => (a === null || (b !== null && b < a) ? b : a);

// Mitigated: the first time the status became "monitoring" (the fix is in, we watch), or the first resolution
// when that came earlier (straight to resolved).
export const mitigatedAt = (i: KpiIncident): Date | null => earliest(i.firstMonitoringAt, i.firstResolvedAt);

// From the first page raised for the incident to the first acknowledgement of any of its pages.
export const acknowledgedAfterMs = (i: KpiIncident): number | null =>
    i.firstPageSentAt === null ? null : durationMs(i.firstPageSentAt, i.firstPageAcknowledgedAt);

// Everything but the retrospectives' figure, which counts the incidents resolved in the range (domain/kpi_retros.ts).
export function incidentKpis(incidents: readonly KpiIncident[]): Omit<IncidentKpis, 'retroOnTimeRatio'> {
    const measured = (duration: (i: KpiIncident) => number | null) =>
        meanSeconds(incidents.map(duration).filter((d): d is number => d !== null));
    return {
        count: incidents.length,
        bySeverity: countBy(SEVERITIES, incidents.map((i) => i.severity)),
        byTier: {...countBy(TIERS, incidents.map((i) => i.tier)), none: incidents.filter((i) => !isOneOf(TIERS, i.tier)).length},
        mttaSeconds: measured(acknowledgedAfterMs),
        mttrSeconds: measured((i) => durationMs(i.declaredAt, i.resolvedAt)),
        timeToMitigateSeconds: measured((i) => durationMs(i.declaredAt, mitigatedAt(i))),
    };
}
