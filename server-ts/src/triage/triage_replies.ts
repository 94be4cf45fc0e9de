import type {TriageEvent} from '../domain/triage_events.js';
import {CATEGORY_NAMES, priorityLabel, STATUS_NAMES} from '../domain/triage_fields.js';
import type {TriageRequest} from '../domain/triage_request.js';

// What the bot says in the source thread, so the requester learns the outcome where they asked.
export function createdReply(r: TriageRequest): string {
    return `Sent to SRE triage as request #${r.number} (${STATUS_NAMES[r.status]}, ${priorityLabel(r.priority)}, ${CATEGORY_NAMES[r.category]}). ` +
        'The SRE team triages new requests every week before Triage & Planning.';
}

// Only the decisions a requester waits for are announced; field edits and work progress stay on the board.
export function decisionReply(r: TriageRequest, event: TriageEvent): string | null {
    switch (event.kind) {
    case 'accepted': {
        const owner = r.owner ? `, owner @${r.owner.username}` : '';
        return `Request #${r.number} is accepted (${priorityLabel(r.priority)}, ${CATEGORY_NAMES[r.category]})${owner}.`;
    }
    case 'declined':
        return `Request #${r.number} is declined: ${event.data.reason}`;
    case 'marked_duplicate':
        return `Request #${r.number} is a duplicate of #${event.data.duplicateOfNumber}: follow that one.`;
    case 'done':
        return `Request #${r.number} is done.`;
    default:
        return null;
    }
}
