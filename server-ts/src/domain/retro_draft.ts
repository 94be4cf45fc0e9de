import type {ServiceTier} from '../contract/incidents.js';
import type {RetroHighlight, RetroImpact} from '../contract/retrospectives.js';
import type {Severity} from '../contract/summary.js';
import {describeStoredEvent} from './timeline.js';

export type RetroIncident = {
    severity: Severity;
    tier: ServiceTier | null;
    declaredAt: Date;
    resolvedAt: Date;
    resolutionSummary: string | null;
    // A drill's scenario (null for a real incident, '' for a drill declared without one).
    drillScenario: string | null;
    isDrill: boolean;
};
export type RetroEvent = {kind: string; data: unknown; at: Date};
export type RetroDraft = {summary: string; impact: RetroImpact; highlights: RetroHighlight[]; injected: string; detected: string};

// Routine bookkeeping a reader of the review does not need; the full timeline stays on the incident.
const LEFT_OUT = new Set(['checklist_ticked', 'checklist_unticked', 'reminder_sent', 'retro_reminder_sent']);
export const HIGHLIGHTS_MAX = 100;

// The retrospective as it starts when the incident resolves: impact measured, the timeline's milestones picked.
// Customer-facing by default only for the cloud tier (the customers' own service); the commander corrects it.
export function draftRetrospective(incident: RetroIncident, events: readonly RetroEvent[]): RetroDraft {
    const durationSeconds = Math.max(0, Math.floor((incident.resolvedAt.getTime() - incident.declaredAt.getTime()) / 1000));
    const highlights = [...events]
        .filter((e) => !LEFT_OUT.has(e.kind))
        .sort((a, b) => a.at.getTime() - b.at.getTime())
        .map((e) => ({at: e.at.toISOString(), text: describeStoredEvent(e.kind, e.data)}))
        .filter((h) => !h.text.startsWith('Unknown event'));
    // A long incident keeps its first and last moments: the start and the resolution matter most.
    const kept = highlights.length <= HIGHLIGHTS_MAX ? highlights :
        [...highlights.slice(0, HIGHLIGHTS_MAX / 2), ...highlights.slice(-HIGHLIGHTS_MAX / 2)];
    return {
        summary: incident.resolutionSummary ?? '',
        impact: {durationSeconds, severity: incident.severity, tier: incident.tier, customerFacing: incident.tier === 'cloud'},
        highlights: kept,
        ...gamedayDraft(incident, events),
    };
}

// A drill's report starts from what is known: the scenario as injected, the first detection as recorded.
function gamedayDraft(incident: RetroIncident, events: readonly RetroEvent[]): {injected: string; detected: string} {
    if (!incident.isDrill) {
        return {injected: '', detected: ''};
    }
    const first = [...events].filter((e) => e.kind === 'drill_detected').sort((a, b) => a.at.getTime() - b.at.getTime())[0];
    const data = typeof first?.data === 'object' && first.data !== null ? first.data as Record<string, unknown> : {};
    return {injected: incident.drillScenario ?? '', detected: typeof data.how === 'string' ? data.how : ''};
}
