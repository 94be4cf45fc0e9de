import {clip} from './incident_posts.js';
import {durationText} from './paging_texts.js';

export const EVENT_KINDS = [
    'declared', 'status_changed', 'severity_changed', 'role_assigned', 'status_update', 'checklist_ticked',
    'checklist_unticked', 'resolved', 'reopened', 'timeline_post', 'reminder_sent',
    'page_sent', 'page_escalated', 'page_acknowledged', 'page_exhausted', 'page_cancelled', 'retro_reminder_sent',
    'drill_detected',
] as const;
export type EventKind = typeof EVENT_KINDS[number];

// What each kind records in incident_events.data (jsonb); usernames as of the event.
export type EventData = {
    // A gameday (/sre gameday) also records its scenario and whether its pages may reach the real on-call.
    declared: {title: string; severity: string; template: string; scenario?: string; pageRealOnCall?: boolean};
    status_changed: {from: string; to: string};
    severity_changed: {from: string; to: string};
    role_assigned: {role: string; username: string};
    status_update: {text: string};
    checklist_ticked: {step: string};
    checklist_unticked: {step: string};
    resolved: {summary: string};
    reopened: Record<string, never>;
    timeline_post: {authorUsername: string; message: string};
    reminder_sent: {commanderUsername: string};
    // Pages raised from the incident (paging/): whom they reached, and the time to acknowledge (MTTA) in seconds.
    page_sent: {pageNumber: number; usernames: string[]; targetName: string};
    page_escalated: {pageNumber: number; usernames: string[]; by: string};
    page_acknowledged: {pageNumber: number; username: string; mttaSeconds: number};
    page_exhausted: {pageNumber: number};
    page_cancelled: {pageNumber: number; username: string};
    // The retrospective was still a draft at its deadline (retrospectives/).
    retro_reminder_sent: {commanderUsername: string};
    // A drill's team noticed the injected fault (once per drill; time to detect counts from the declaration).
    drill_detected: {username: string; how: string};
};

export const isEventKind = (kind: string): kind is EventKind => (EVENT_KINDS as readonly string[]).includes(kind);

// A timeline row is one line: long texts are cut and flattened.
const LINE_MAX = 160;
const line = (text: string) => clip(text.replace(/\s+/g, ' ').trim(), LINE_MAX);
const sev = (s: string) => s.toUpperCase();

type Field = (key: string) => string;
// Page events also carry numbers and lists of usernames; text fields stay text only.
type Typed = {number: Field; names: Field};
const DESCRIBE: Record<EventKind, (f: Field, t: Typed) => string> = {
    declared: (f) => `Declared ${sev(f('severity'))} "${line(f('title'))}" from template ${f('template')}`,
    status_changed: (f) => `Status changed from ${f('from')} to ${f('to')}`,
    severity_changed: (f) => `Severity changed from ${sev(f('from'))} to ${sev(f('to'))}`,
    role_assigned: (f) => `@${f('username')} is now ${f('role')}`,
    status_update: (f) => `Status update: ${line(f('text'))}`,
    checklist_ticked: (f) => `Checked off "${line(f('step'))}"`,
    checklist_unticked: (f) => `Unchecked "${line(f('step'))}"`,
    resolved: (f) => `Resolved: ${line(f('summary'))}`,
    reopened: () => 'Reopened',
    timeline_post: (f) => `Added a message by @${f('authorUsername')}: ${line(f('message'))}`,
    reminder_sent: (f) => `Reminded @${f('commanderUsername')} that a status update is due`,
    page_sent: (f, t) => `Paged ${t.names('usernames')} (page #${t.number('pageNumber')}, ${f('targetName')})`,
    page_escalated: (f, t) => `Page #${t.number('pageNumber')} escalated to ${t.names('usernames')}${f('by') === '?' ? '' : ` by @${f('by')}`}`,
    page_acknowledged: (f, t) => `@${f('username')} acknowledged page #${t.number('pageNumber')} (time to acknowledge ${
        t.number('mttaSeconds') === '?' ? '?' : durationText(Number(t.number('mttaSeconds')))})`,
    page_exhausted: (_f, t) => `Nobody acknowledged page #${t.number('pageNumber')}: the SRE team was alerted`,
    page_cancelled: (f, t) => `@${f('username')} cancelled page #${t.number('pageNumber')}`,
    retro_reminder_sent: (f) => `Reminded @${f('commanderUsername')} that the retrospective is still a draft`,
    drill_detected: (f) => `@${f('username')} recorded the injected fault as detected: ${line(f('how'))}`,
};

export function describeEvent<K extends EventKind>(kind: K, data: EventData[K]): string {
    return describeStoredEvent(kind, data);
}

const numberText = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? String(value) : '?');

function namesText(value: unknown): string {
    const names = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v !== '') : [];
    return names.length === 0 ? '?' : names.map((n) => `@${n}`).join(', ');
}

// Rows read back from jsonb are not trusted to have every field: a missing one shows as "?" rather than failing the page.
export function describeStoredEvent(kind: string, data: unknown): string {
    if (!isEventKind(kind)) {
        return `Unknown event ${kind}`;
    }
    const record = typeof data === 'object' && data !== null ? data as Record<string, unknown> : {};
    const text = (key: string) => {
        const value = record[key];
        return typeof value === 'string' && value !== '' ? value : '?';
    };
    return DESCRIBE[kind](text, {number: (key) => numberText(record[key]), names: (key) => namesText(record[key])});
}
