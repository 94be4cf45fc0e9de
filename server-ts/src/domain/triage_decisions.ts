import type {Person} from '../contract/incidents.js';
import type {TriageStatus} from '../contract/triage.js';
import {err, ok, type Result} from './result.js';
import type {FieldChange} from './triage_events.js';
import {checkFields, type FieldValues} from './triage_fields.js';
import type {Decided, FieldChanges, RequestLookup, TriageRequest} from './triage_request.js';

// One handler per decision; decide() has already checked the move is allowed from the current status.

type Problems = Record<string, string>;
const TEXT_MAX = 1000;

function checkText(problems: Problems, field: string, raw: string, required: string | null): string {
    const text = raw.trim();
    if (required !== null && text === '') {
        problems[field] = required;
    } else if (Array.from(text).length > TEXT_MAX) {
        problems[field] = `the ${field} is ${Array.from(text).length} characters: keep it to ${TEXT_MAX}`;
    }
    return text;
}

const fail = (problems: Problems) => Object.keys(problems).length > 0;

// How each field reads in a fields_changed event; '' is "none".
const SHOWN: Record<string, (r: TriageRequest) => string> = {
    priority: (r) => r.priority,
    category: (r) => r.category,
    area: (r) => r.area ?? '',
    owner: (r) => r.owner?.username ?? '',
    quarter: (r) => r.quarter ?? '',
    labels: (r) => r.labels.join(', '),
};

function applyFields(r: TriageRequest, v: FieldValues, owner: Person | null | undefined): {request: TriageRequest; changes: FieldChange[]} {
    const next: TriageRequest = {
        ...r,
        priority: v.priority ?? r.priority,
        category: v.category ?? r.category,
        area: v.area === undefined ? r.area : v.area,
        quarter: v.quarter === undefined ? r.quarter : v.quarter,
        labels: v.labels ?? r.labels,
        owner: owner === undefined ? r.owner : owner,
    };
    const changes = Object.entries(SHOWN).map(([field, show]) => ({field, from: show(r), to: show(next)})).filter((c) => c.from !== c.to);
    return {request: next, changes};
}

function checkedFields(r: TriageRequest, fields: FieldChanges, problems: Problems) {
    const values = checkFields(fields);
    if (!values.ok) {
        Object.assign(problems, values.error);
    }
    return applyFields(r, values.ok ? values.value : {}, fields.owner);
}

export function acceptRequest(r: TriageRequest, fields: FieldChanges, rawNote: string, now: Date): Result<Decided, Problems> {
    const problems: Problems = {};
    const {request} = checkedFields(r, fields, problems);
    const note = checkText(problems, 'note', rawNote, null);
    // Accepted work must land with someone's area, or nobody plans it on Tuesday.
    if (request.area === null && problems.area === undefined) {
        problems.area = 'choose an ownership area before accepting';
    }
    if (fail(problems)) {
        return err(problems);
    }
    return ok({
        request: {...request, status: 'accepted', triagedAt: r.triagedAt ?? now},
        event: {kind: 'accepted', data: {priority: request.priority, category: request.category, area: request.area ?? '',
            ownerUsername: request.owner?.username ?? '', note}},
    });
}

export function declineRequest(r: TriageRequest, rawReason: string, now: Date): Result<Decided, Problems> {
    const problems: Problems = {};
    const reason = checkText(problems, 'reason', rawReason, 'say why the request is declined: the requester sees it');
    if (fail(problems)) {
        return err(problems);
    }
    return ok({
        request: {...r, status: 'declined', declineReason: reason, triagedAt: r.triagedAt ?? now, closedAt: now},
        event: {kind: 'declined', data: {reason}},
    });
}

function duplicateTarget(r: TriageRequest, id: string, lookup: RequestLookup): Result<TriageRequest, string> {
    if (id === '') {
        return err('say which request this one duplicates');
    }
    if (id === r.id) {
        return err('a request cannot be a duplicate of itself');
    }
    const target = lookup(id);
    if (target === undefined) {
        return err(`there is no request ${id}`);
    }
    if (target.status === 'duplicate') {
        const original = target.duplicateOf === null ? undefined : lookup(target.duplicateOf);
        return err(`#${target.number} is itself a duplicate${original ? ` of #${original.number}` : ''}: mark this one a duplicate of the original`);
    }
    return ok(target);
}

export function markDuplicate(r: TriageRequest, rawId: string, now: Date, lookup: RequestLookup): Result<Decided, Problems> {
    const target = duplicateTarget(r, rawId.trim(), lookup);
    if (!target.ok) {
        return err({duplicateOf: target.error});
    }
    return ok({
        request: {...r, status: 'duplicate', duplicateOf: target.value.id, triagedAt: r.triagedAt ?? now, closedAt: now},
        event: {kind: 'marked_duplicate', data: {duplicateOf: target.value.id, duplicateOfNumber: target.value.number}},
    });
}

// Whoever starts unowned work owns it: the queue never shows work in progress with nobody on it.
export function startRequest(r: TriageRequest, actor: Person): Decided {
    const owner = r.owner ?? actor;
    return {request: {...r, status: 'in_progress', owner}, event: {kind: 'started', data: {ownerUsername: owner.username}}};
}

export function finishRequest(r: TriageRequest, rawNote: string, now: Date): Result<Decided, Problems> {
    const problems: Problems = {};
    const note = checkText(problems, 'note', rawNote, null);
    return fail(problems) ? err(problems) : ok({request: {...r, status: 'done', closedAt: now}, event: {kind: 'done', data: {note}}});
}

export function reopenRequest(r: TriageRequest, rawReason: string, to: TriageStatus): Result<Decided, Problems> {
    const problems: Problems = {};
    const reason = checkText(problems, 'reason', rawReason, null);
    if (fail(problems)) {
        return err(problems);
    }
    // Back in the queue means untriaged again; the SLA still counts from creation, so old requests come back overdue.
    const requeued = to === 'new' ? {triagedAt: null, declineReason: null, duplicateOf: null} : {};
    return ok({
        request: {...r, ...requeued, status: to, closedAt: null},
        event: {kind: 'reopened', data: {from: r.status, to, reason}},
    });
}

export function setFields(r: TriageRequest, fields: FieldChanges): Result<Decided, Problems> {
    const problems: Problems = {};
    const {request, changes} = checkedFields(r, fields, problems);
    if (fail(problems)) {
        return err(problems);
    }
    if (changes.length === 0) {
        return err({fields: 'nothing to change: every field already has that value'});
    }
    return ok({request, event: {kind: 'fields_changed', data: {changes}}});
}
