import {runbookLine, type RunbookHit} from './runbook_text.js';

// The runbooks an incident's channel is pointed to when it is declared: those its checklist links, then a few more
// from the library that are about the same ground.
export type RunbookCandidate = {id: string; title: string; service: string; tier: string; isStale: boolean};

const SUGGESTED_MAX = 5;

/**
 * Live runbooks of the template's tier, or about a service one of the linked runbooks is about, leaving out the linked
 * ones: a linked service first (the closest match), then reviewed before stale, then by title; the top SUGGESTED_MAX.
 */
export function suggestRunbooks<T extends RunbookCandidate>(linked: readonly T[], library: readonly T[], tier: string | null): T[] {
    const linkedIds = new Set(linked.map((r) => r.id));
    const services = new Set(linked.map((r) => r.service.toLowerCase()).filter((s) => s !== ''));
    const isLinkedService = (r: T) => services.has(r.service.toLowerCase());
    return library
        .filter((r) => !linkedIds.has(r.id) && (r.tier === tier || isLinkedService(r)))
        .sort((a, b) => Number(isLinkedService(b)) - Number(isLinkedService(a)) || Number(a.isStale) - Number(b.isStale) ||
            a.title.localeCompare(b.title))
        .slice(0, SUGGESTED_MAX);
}

const TIER_NAMES: Record<string, string> = {cloud: 'Cloud', community: 'Community', internal: 'Internal'};

// The one post; null when there is nothing to point to (then nothing is posted).
export function incidentRunbooksText(linked: readonly RunbookHit[], suggested: readonly RunbookHit[], tier: string | null): string | null {
    if (linked.length === 0 && suggested.length === 0) {
        return null;
    }
    const parts = ['#### Runbooks for this incident'];
    if (linked.length > 0) {
        parts.push('Linked from the checklist:', ...linked.map(runbookLine));
    }
    if (suggested.length > 0) {
        const about = tier === null ? 'the same services' : `the ${TIER_NAMES[tier] ?? tier} tier and the same services`;
        parts.push(`${linked.length > 0 ? '\n' : ''}More for ${about}:`, ...suggested.map(runbookLine));
    }
    return parts.join('\n');
}
