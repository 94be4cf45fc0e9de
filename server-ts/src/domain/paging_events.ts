import {durationText, mentions} from './paging_texts.js';

export const PAGE_EVENT_KINDS = ['raised', 'escalated', 'notified', 'acknowledged', 'exhausted', 'alerted', 'cancelled'] as const;
export type PageEventKind = typeof PAGE_EVENT_KINDS[number];

// What each kind records in page_events.data (jsonb). Positions are 0-based as stored; `by` null = the timer.
// `skipped`: steps passed over at once because they reached nobody (a gap in their schedule).
export type PageEventData = {
    raised: {by: string; targetName: string; users: string[]; step: number; round: number; skipped: number};
    escalated: {by: string | null; users: string[]; step: number; round: number; skipped: number; waitMinutes: number};
    // The DMs of one step: who got one (with its post, patched when the page ends) and who could not be reached.
    notified: {delivered: string[]; posts: {username: string; postId: string}[]; failed: string[]};
    acknowledged: {by: string; mttaSeconds: number};
    exhausted: {by: string | null; skipped: number};
    // The alert posts (patched, like the DMs, when someone acknowledges late).
    alerted: {channel: string; postIds: string[]};
    cancelled: {by: string};
};
export type PageEvent = {[K in PageEventKind]: {kind: K; data: PageEventData[K]}}[PageEventKind];

const isKind = (kind: string): kind is PageEventKind => (PAGE_EVENT_KINDS as readonly string[]).includes(kind);

type Read = {text: (key: string) => string; count: (key: string) => number; names: (key: string) => string[]};

function reader(data: unknown): Read {
    const record = typeof data === 'object' && data !== null ? data as Record<string, unknown> : {};
    return {
        text: (key) => (typeof record[key] === 'string' && record[key] !== '' ? record[key] : '?'),
        count: (key) => (typeof record[key] === 'number' ? record[key] : 0),
        names: (key) => {
            const value = record[key];
            return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
        },
    };
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const at = (r: Read) => `step ${r.count('step') + 1}, round ${r.count('round') + 1}`;
const skippedText = (r: Read) => {
    const n = r.count('skipped');
    return n === 0 ? '' : ` (skipped ${n} step${n === 1 ? '' : 's'} with nobody on call)`;
};
const byText = (r: Read, timer: string) => (r.text('by') === '?' ? timer : `by @${r.text('by')}`);

const DESCRIBE: Record<PageEventKind, (r: Read) => string> = {
    raised: (r) => `Raised by @${r.text('by')} for ${r.text('targetName')}: paged ${mentions(r.names('users'))} (${at(r)})${skippedText(r)}`,
    escalated: (r) => `Escalated to ${mentions(r.names('users'))} (${at(r)}) ${byText(r, `after ${r.count('waitMinutes')} min without acknowledgement`)}${skippedText(r)}`,
    notified: (r) => {
        const sent = r.names('delivered');
        const failed = r.names('failed');
        const parts = [...(sent.length > 0 ? [`Sent a direct message to ${mentions(sent)}`] : []),
            ...(failed.length > 0 ? [`could not reach ${mentions(failed)} by direct message`] : [])];
        return parts.length === 0 ? 'Nobody to message' : capitalize(parts.join('; '));
    },
    acknowledged: (r) => `Acknowledged by @${r.text('by')} after ${durationText(r.count('mttaSeconds'))}`,
    exhausted: (r) => `Nobody acknowledged: the policy ran out of steps${skippedText(r)}${r.text('by') === '?' ? '' : ` (escalated by @${r.text('by')})`}`,
    alerted: (r) => (r.names('postIds').length > 0 ? `Alerted ~${r.text('channel')}` : `Could not alert ~${r.text('channel')}: no such channel the bot can post in`),
    cancelled: (r) => `Cancelled by @${r.text('by')}`,
};

export const describePageEvent = (event: PageEvent): string => describeStoredPageEvent(event.kind, event.data);

// Rows read back from jsonb are not trusted to have every field: a missing one shows as "?" rather than failing the page.
export function describeStoredPageEvent(kind: string, data: unknown): string {
    return isKind(kind) ? DESCRIBE[kind](reader(data)) : `Unknown event ${kind}`;
}
