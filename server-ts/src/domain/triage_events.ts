import {clip} from './incident_posts.js';
import {AREA_NAMES, CATEGORY_NAMES} from './triage_fields.js';

export const TRIAGE_EVENT_KINDS = [
    'created', 'accepted', 'declined', 'marked_duplicate', 'started', 'done', 'reopened', 'fields_changed',
] as const;
export type TriageEventKind = typeof TRIAGE_EVENT_KINDS[number];

export type FieldChange = {field: string; from: string; to: string};

// What each kind records in the events' data (jsonb); usernames as of the event, '' for none.
export type TriageEventData = {
    created: {title: string; priority: string; category: string; requesterUsername: string};
    accepted: {priority: string; category: string; area: string; ownerUsername: string; note: string};
    declined: {reason: string};
    marked_duplicate: {duplicateOf: string; duplicateOfNumber: number};
    started: {ownerUsername: string};
    done: {note: string};
    reopened: {from: string; to: string; reason: string};
    fields_changed: {changes: FieldChange[]};
};

export type TriageEvent = {[K in TriageEventKind]: {kind: K; data: TriageEventData[K]}}[TriageEventKind];

// A stored event as the digest reads it back.
export type TriageEventRecord = {requestId: string; at: Date; kind: string};

export const isTriageEventKind = (kind: string): kind is TriageEventKind => (TRIAGE_EVENT_KINDS as readonly string[]).includes(kind);

const LINE_MAX = 160;
const line = (text: string) => clip(text.replace(/\s+/g, ' ').trim(), LINE_MAX);
const withNote = (text: string, note: string) => (note === '' ? text : `${text}: ${line(note)}`);
const named = (names: Readonly<Record<string, string>>, id: string) => names[id] ?? id;
const user = (username: string) => (username === '' ? 'nobody' : `@${username}`);

type Read = {text: (key: string) => string; changes: () => FieldChange[]};
const DESCRIBE: Record<TriageEventKind, (r: Read) => string> = {
    created: (r) => `Requested by ${user(r.text('requesterUsername'))}: "${line(r.text('title'))}"`,
    accepted: (r) => withNote(`Accepted as ${r.text('priority').toUpperCase()} · ${named(CATEGORY_NAMES, r.text('category'))} · ${named(AREA_NAMES, r.text('area'))}, owner ${user(r.text('ownerUsername'))}`, r.text('note')),
    declined: (r) => `Declined: ${line(r.text('reason'))}`,
    marked_duplicate: (r) => `Marked as a duplicate of #${r.text('duplicateOfNumber')}`,
    started: (r) => `Work started by ${user(r.text('ownerUsername'))}`,
    done: (r) => withNote('Done', r.text('note')),
    reopened: (r) => withNote(`Reopened (was ${r.text('from')}, now ${r.text('to')})`, r.text('reason')),
    fields_changed: (r) => `Changed ${r.changes().map((c) => `${c.field} from ${c.from || 'none'} to ${c.to || 'none'}`).join(', ')}`,
};

export function describeTriageEvent(event: TriageEvent): string {
    return describeStoredTriageEvent(event.kind, event.data);
}

const asText = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '?');
const isChange = (c: unknown): c is FieldChange =>
    typeof c === 'object' && c !== null && ['field', 'from', 'to'].every((k) => typeof (c as Record<string, unknown>)[k] === 'string');

// Rows read back from jsonb are not trusted to have every field: a missing one shows as "?" rather than failing the page.
export function describeStoredTriageEvent(kind: string, data: unknown): string {
    if (!isTriageEventKind(kind)) {
        return `Unknown event ${kind}`;
    }
    const record = typeof data === 'object' && data !== null ? data as Record<string, unknown> : {};
    const changes = record.changes;
    return DESCRIBE[kind]({
        text: (key) => asText(record[key]),
        changes: () => (Array.isArray(changes) ? changes.filter(isChange) : []),
    });
}
