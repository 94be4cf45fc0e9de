import type {TriageDecisionBody, TriageRequestView} from '../../../../server-ts/src/contract/triage';

import type {Verdict} from './triage_moves';
import type {TriageDraft} from './use_triage_draft';

const optional = (v: string) => (v.trim() === '' ? undefined : v.trim());

/** "a, B ,,a" → ['a', 'b']: what the companion will store, so unchanged labels are not sent as a change. */
export const splitLabels = (typed: string): string[] =>
    [...new Set(typed.split(',').map((l) => l.trim().toLowerCase()).filter((l) => l !== ''))];

// Save changes sends only what differs from the request, so a field someone else just changed is not overwritten.
function changedFields(d: TriageDraft, r: TriageRequestView): Omit<TriageDecisionBody, 'action'> {
    const labels = splitLabels(d.labels);
    const changed: Omit<TriageDecisionBody, 'action'> = {};
    if (d.priority !== r.priority) {
        changed.priority = d.priority;
    }
    if (d.category !== r.category) {
        changed.category = d.category;
    }
    if (d.area !== (r.area ?? '')) {
        changed.area = d.area;
    }
    if ((d.owner?.id ?? '') !== (r.owner?.id ?? '')) {
        changed.ownerId = d.owner?.id ?? '';
    }
    if (d.quarter.trim() !== (r.quarter ?? '')) {
        changed.quarter = d.quarter.trim();
    }
    if (labels.join(',') !== r.labels.join(',')) {
        changed.labels = labels;
    }
    return changed;
}

function acceptBody(d: TriageDraft): TriageDecisionBody {
    const labels = splitLabels(d.labels);
    return {
        action: 'accept', priority: d.priority, category: d.category, area: optional(d.area), ownerId: d.owner?.id,
        quarter: optional(d.quarter), labels: labels.length > 0 ? labels : undefined, note: optional(d.note),
    };
}

/** Only the fields the chosen action uses, so a stale reason is not sent with an accept. */
export function decisionBody(verdict: Verdict, d: TriageDraft, r: TriageRequestView): TriageDecisionBody {
    switch (verdict) {
    case 'accept':
        return acceptBody(d);
    case 'decline':
        return {action: 'decline', reason: d.reason.trim(), note: optional(d.note)};
    case 'duplicate':
        return {action: 'duplicate', duplicateOf: d.duplicateOf, note: optional(d.note)};
    case 'start':
        return {action: 'start'};
    case 'done':
        return {action: 'done', note: optional(d.note)};
    case 'reopen':
        return {action: 'reopen', reason: optional(d.reason)};
    case 'set':
        return {action: 'set', ...changedFields(d, r)};
    }
}
