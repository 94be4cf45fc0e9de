import {Type, type Static} from 'typebox';
import type {TriageDecisionBody, TriageRequestWithTimeline} from '../contract/triage.js';
import {clip} from '../domain/incident_posts.js';
import {AREA_NAMES, CATEGORY_NAMES, priorityLabel, TRIAGE_PRIORITIES} from '../domain/triage_fields.js';
import type {Dialog, DialogElement, FieldErrors} from './interaction_ports.js';

export const REQUEST_CALLBACK = 'sre-request';
export const TRIAGE_CALLBACK = 'sre-triage';
export const DECLINE_CALLBACK = 'sre-decline';

// Signed into each dialog's `state`; `kind` keeps a state of one dialog from being replayed into another.
export const RequestState = Type.Object({kind: Type.Literal('request'), userId: Type.String(), idempotencyKey: Type.String(), expiresAt: Type.Number()});
export const DecisionState = Type.Object({kind: Type.Union([Type.Literal('triage'), Type.Literal('decline')]), userId: Type.String(),
    requestId: Type.String(), expiresAt: Type.Number()});
export type RequestState = Static<typeof RequestState>;
export type DecisionState = Static<typeof DecisionState>;

const options = (names: Readonly<Record<string, string>>) => Object.entries(names).map(([value, text]) => ({text, value}));
const PRIORITY_OPTIONS = TRIAGE_PRIORITIES.map((p) => ({text: priorityLabel(p), value: p}));
const CATEGORY_OPTIONS = options(CATEGORY_NAMES);

export function requestDialog(state: string, title: string): Dialog {
    return {
        callback_id: REQUEST_CALLBACK, title: 'Request for the SRE team', submit_label: 'Send', state,
        introduction_text: 'The SRE team triages new requests every week before Triage & Planning.',
        elements: [
            {display_name: 'Title', name: 'title', type: 'text', subtype: 'text', min_length: 1, max_length: 200, default: clip(title, 150),
                placeholder: 'What do you need?'},
            {display_name: 'Description', name: 'description', type: 'textarea', subtype: 'text', optional: true, max_length: 3000,
                placeholder: 'Context, links, deadlines'},
            {display_name: 'Category', name: 'category', type: 'select', optional: true, options: CATEGORY_OPTIONS,
                placeholder: 'Suggested from the text', help_text: 'Empty: suggested from the title and description.'},
            {display_name: 'Priority', name: 'priority', type: 'select', optional: true, options: PRIORITY_OPTIONS,
                placeholder: 'Suggested from the text', help_text: 'P1 is the most urgent.'},
        ],
    };
}

// The request, who asked and what the keyword rules suggest (and why), above the decision fields.
export function triageDialog(found: TriageRequestWithTimeline, state: string, now: Date): Dialog {
    const {request: r, suggestion: s} = found;
    const because = (words: readonly string[]) => (words.length === 0 ? 'no keyword matched' : `because of ${words.map((w) => `"${w}"`).join(', ')}`);
    const intro = [
        `**#${r.number} ${r.title}**`, clip(r.description, 1000),
        `Requested by @${r.requester.username} ${ageText(r.createdAt, now)} ago${r.permalink === null ? '' : ` · [message](${r.permalink})`}`,
        `Suggested: ${CATEGORY_NAMES[s.category.value]} (${because(s.category.because)}), ${priorityLabel(s.priority.value)} (${because(s.priority.because)})`,
    ].filter((line) => line !== '');
    const elements: DialogElement[] = [
        {display_name: 'Decision', name: 'decision', type: 'radio', default: 'accept',
            options: [{text: 'Accept', value: 'accept'}, {text: 'Decline', value: 'decline'}, {text: 'Duplicate', value: 'duplicate'}]},
        {display_name: 'Priority', name: 'priority', type: 'select', default: r.priority, options: PRIORITY_OPTIONS},
        {display_name: 'Category', name: 'category', type: 'select', default: r.category, options: CATEGORY_OPTIONS},
        {display_name: 'Ownership area', name: 'area', type: 'select', optional: true, default: r.area ?? '', options: options(AREA_NAMES)},
        {display_name: 'Owner', name: 'owner', type: 'select', data_source: 'users', optional: true, default: r.owner?.id ?? ''},
        {display_name: 'Reason', name: 'reason', type: 'textarea', subtype: 'text', optional: true, max_length: 1000,
            help_text: 'Required to decline; the requester sees it.'},
        {display_name: 'Duplicate of', name: 'duplicate_of', type: 'text', subtype: 'text', optional: true, max_length: 12,
            placeholder: '#12', help_text: 'The request this one duplicates.'},
    ];
    return {callback_id: TRIAGE_CALLBACK, title: `Triage #${r.number}`, introduction_text: intro.join('\n\n'), submit_label: 'Decide',
        state, elements};
}

export function declineDialog(number: number, title: string, state: string): Dialog {
    return {callback_id: DECLINE_CALLBACK, title: `Decline #${number}`, introduction_text: `**${title}**`, submit_label: 'Decline', state,
        elements: [{display_name: 'Reason', name: 'reason', type: 'textarea', subtype: 'text', min_length: 1, max_length: 1000,
            help_text: 'The requester sees it in their thread.'}]};
}

export function ageText(createdAt: string, now: Date): string {
    const minutes = Math.max(0, Math.floor((now.getTime() - Date.parse(createdAt)) / 60_000));
    if (minutes < 60) {
        return `${minutes}m`;
    }
    return minutes < 48 * 60 ? `${Math.floor(minutes / 60)}h` : `${Math.floor(minutes / (24 * 60))}d`;
}

// Mattermost may send an optional field as missing, null or "" (and a cleared select as null).
export const submittedText = (submission: Record<string, unknown>, name: string): string => {
    const value = submission[name];
    return typeof value === 'string' ? value : '';
};

// Only what the chosen decision needs goes to the service, so a stray reason does not block an accept.
export function readDecision(submission: Record<string, unknown>): TriageDecisionBody {
    const text = (name: string) => submittedText(submission, name);
    const action = text('decision') || 'accept';
    if (action === 'decline') {
        return {action, reason: text('reason')};
    }
    if (action === 'duplicate') {
        return {action, duplicateOf: text('duplicate_of')};
    }
    return {action, priority: text('priority'), category: text('category'), area: text('area'), ownerId: text('owner'), note: text('reason')};
}

// Service field names → dialog element names; the rest (status, '_') become the dialog's general error.
const ELEMENT_OF: Record<string, string> = {
    title: 'title', description: 'description', category: 'category', priority: 'priority', area: 'area', ownerId: 'owner',
    reason: 'reason', duplicateOf: 'duplicate_of', action: 'decision',
};

export function triageDialogErrors(problems: FieldErrors, elements: readonly string[]): {errors?: Record<string, string>; error?: string} {
    const errors: Record<string, string> = {};
    const general: string[] = [];
    for (const [key, message] of Object.entries(problems)) {
        const element = ELEMENT_OF[key];
        if (element !== undefined && elements.includes(element)) {
            errors[element] = capitalize(message);
        } else {
            general.push(capitalize(generalText(message)));
        }
    }
    return {...(Object.keys(errors).length > 0 ? {errors} : {}), ...(general.length > 0 ? {error: general.join(' ')} : {})};
}

const generalText = (message: string) => (message === 'not_found' ? 'that request no longer exists' : message.replace(/^forbidden:\s*/, ''));
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
