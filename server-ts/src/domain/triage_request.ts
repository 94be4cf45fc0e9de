import type {Person} from '../contract/incidents.js';
import type {TriagePriority} from '../contract/summary.js';
import type {OwnershipArea, TriageCategory, TriageStatus} from '../contract/triage.js';
import {err, ok, type Result} from './result.js';
import {acceptRequest, declineRequest, finishRequest, markDuplicate, reopenRequest, setFields, startRequest} from './triage_decisions.js';
import type {TriageEvent} from './triage_events.js';
import {checkFields, isClosed, STATUS_NAMES, type FieldInput} from './triage_fields.js';
import {suggest} from './triage_suggestions.js';

export type TriageRequest = {
    id: string;
    number: number;
    title: string;
    description: string;
    requester: Person;
    // The message it was sent from; the digest and the bot reply link it.
    sourcePostId: string | null;
    category: TriageCategory;
    priority: TriagePriority;
    area: OwnershipArea | null;
    status: TriageStatus;
    owner: Person | null;
    quarter: string | null;
    labels: string[];
    duplicateOf: string | null;
    declineReason: string | null;
    createdAt: Date;
    triagedAt: Date | null;
    closedAt: Date | null;
};

// Raw as typed; an empty category, priority or area means "use the keyword suggestion".
export type NewRequestInput = FieldInput & {title: string; description?: string};
export type ValidNewRequest = Pick<TriageRequest, 'title' | 'description' | 'category' | 'priority' | 'area' | 'quarter' | 'labels'>;

const TITLE_MAX = 200;
const DESCRIPTION_MAX = 4000;

function textProblems(title: string, description: string): Record<string, string> {
    const problems: Record<string, string> = {};
    const titleLength = Array.from(title).length;
    if (titleLength === 0) {
        problems.title = 'give the request a title';
    } else if (titleLength > TITLE_MAX) {
        problems.title = `the title is ${titleLength} characters: keep it to ${TITLE_MAX}`;
    }
    const descriptionLength = Array.from(description).length;
    if (descriptionLength > DESCRIPTION_MAX) {
        problems.description = `the description is ${descriptionLength} characters: keep it to ${DESCRIPTION_MAX}`;
    }
    return problems;
}

const blankAsMissing = (raw: string | undefined) => (raw?.trim() === '' ? undefined : raw);

export function validateNewRequest(input: NewRequestInput): Result<ValidNewRequest, Record<string, string>> {
    const title = input.title.trim().replace(/\s+/g, ' ');
    const description = (input.description ?? '').trim();
    const fields = checkFields({
        ...input, category: blankAsMissing(input.category), priority: blankAsMissing(input.priority), area: blankAsMissing(input.area),
    });
    const problems = {...(fields.ok ? {} : fields.error), ...textProblems(title, description)};
    if (!fields.ok || Object.keys(problems).length > 0) {
        return err(problems);
    }
    const suggestion = suggest(`${title}\n${description}`);
    const v = fields.value;
    return ok({
        title, description,
        category: v.category ?? suggestion.category.value,
        priority: v.priority ?? suggestion.priority.value,
        // The suggested area keeps a request acceptable in one click (the post's Accept button sets no fields).
        area: v.area ?? suggestion.area.value, quarter: v.quarter ?? null, labels: v.labels ?? [],
    });
}

export const creationEvent = (request: ValidNewRequest, requester: Person): TriageEvent => ({
    kind: 'created',
    data: {title: request.title, priority: request.priority, category: request.category, requesterUsername: requester.username},
});

// Owner is resolved from a user id by the caller (which answers an unknown one with a field error of its own).
export type FieldChanges = FieldInput & {owner?: Person | null};

export type TriageDecision =
    | {action: 'accept'; fields?: FieldChanges; note?: string}
    | {action: 'decline'; reason: string}
    | {action: 'duplicate'; of: string}
    | {action: 'start'}
    | {action: 'done'; note?: string}
    | {action: 'reopen'; reason?: string}
    | {action: 'set'; fields: FieldChanges};
export type TriageAction = TriageDecision['action'];

export type Decided = {request: TriageRequest; event: TriageEvent};
// Synchronous on purpose: the caller loads the duplicate target (and its original) before deciding.
export type RequestLookup = (id: string) => TriageRequest | undefined;

// The whole state machine as data: work must be triaged before it starts, and closed requests reopen first.
const NEXT: Record<TriageStatus, Partial<Record<TriageAction, TriageStatus>>> = {
    new: {accept: 'accepted', decline: 'declined', duplicate: 'duplicate', set: 'new'},
    accepted: {start: 'in_progress', done: 'done', decline: 'declined', duplicate: 'duplicate', set: 'accepted'},
    in_progress: {done: 'done', decline: 'declined', duplicate: 'duplicate', set: 'in_progress'},
    // Done work was triaged already; a declined or duplicate request goes back to the queue.
    done: {reopen: 'accepted'},
    declined: {reopen: 'new'},
    duplicate: {reopen: 'new'},
};

function refusal(from: TriageStatus, action: TriageAction): string {
    const status = STATUS_NAMES[from];
    if (action === 'reopen') {
        return `the request is still ${status}: only done, declined or duplicate requests can be reopened`;
    }
    if (isClosed(from)) {
        return `the request is ${status}: reopen it first`;
    }
    return from === 'new' ? 'the request is new: accept it first' : `the request is already ${status}`;
}

// Every refusal names the field at fault (`status` for a move the state machine does not allow), so the
// modal can show it next to the control that caused it.
export function decide(
    request: TriageRequest, decision: TriageDecision, actor: Person, now: Date, lookup: RequestLookup = () => undefined,
): Result<Decided, Record<string, string>> {
    const to = NEXT[request.status][decision.action];
    if (to === undefined) {
        return err({status: refusal(request.status, decision.action)});
    }
    switch (decision.action) {
    case 'accept':
        return acceptRequest(request, decision.fields ?? {}, decision.note ?? '', now);
    case 'decline':
        return declineRequest(request, decision.reason, now);
    case 'duplicate':
        return markDuplicate(request, decision.of, now, lookup);
    case 'start':
        return ok(startRequest(request, actor));
    case 'done':
        return finishRequest(request, decision.note ?? '', now);
    case 'reopen':
        return reopenRequest(request, decision.reason ?? '', to);
    case 'set':
        return setFields(request, decision.fields);
    }
}
