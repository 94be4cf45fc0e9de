import {Type} from 'typebox';
import type {TemplateView} from '../contract/incidents.js';
import type {Severity} from '../contract/summary.js';
import {clip} from '../domain/incident_posts.js';
import {SEVERITIES, severityLabel} from '../domain/severity.js';
import type {Dialog, FieldErrors} from './interaction_ports.js';

export const DECLARE_CALLBACK = 'sre-declare';

// Signed into the dialog's `state`: the submission's own team/channel fields come from the client.
export const DeclareState = Type.Object({
    userId: Type.String(), teamId: Type.String(), channelId: Type.String(),
    idempotencyKey: Type.String(), expiresAt: Type.Number(),
});
export type DeclareState = {userId: string; teamId: string; channelId: string; idempotencyKey: string; expiresAt: number};

export type DeclarePreset = {title: string; severity: Severity | null; commanderId: string};

const TEXT_DEFAULT_MAX = 150;

// Same fields as the webapp's declare modal (issue 5), within Mattermost's dialog limits (CONTRACTS.md b).
export function declareDialog(templates: readonly TemplateView[], preset: DeclarePreset, state: string): Dialog {
    return {
        callback_id: DECLARE_CALLBACK,
        title: 'Declare incident',
        introduction_text: 'Creates the incident channel from the template, adds the people, posts the checklist and broadcasts it.',
        submit_label: 'Declare',
        state,
        elements: [
            {display_name: 'Title', name: 'title', type: 'text', subtype: 'text', min_length: 1, max_length: 200,
                default: clip(preset.title, TEXT_DEFAULT_MAX), placeholder: 'What is broken, for whom?'},
            {display_name: 'Summary', name: 'summary', type: 'textarea', subtype: 'text', optional: true, max_length: 4000,
                default: '', placeholder: 'What we know so far'},
            {display_name: 'Template', name: 'template', type: 'select', default: templateFor(templates, preset.severity),
                options: templates.map((t) => ({text: t.name, value: t.id})), help_text: 'Sets the channel, people, checklist and reminders.'},
            {display_name: 'Severity', name: 'severity', type: 'select', optional: true, default: preset.severity ?? '',
                placeholder: "The template's default", options: SEVERITIES.map((s) => ({text: severityLabel(s), value: s})),
                help_text: "SEV1 is the most severe. Empty: the template's default."},
            {display_name: 'Commander', name: 'commander', type: 'select', data_source: 'users', optional: true,
                default: preset.commanderId, placeholder: 'You', help_text: 'Leads the response. Empty: you.'},
        ],
    };
}

// A preset severity preselects a template of that tier, so the common case is one tap.
function templateFor(templates: readonly TemplateView[], severity: Severity | null): string {
    return severity === null ? '' : templates.find((t) => t.defaultSeverity === severity && !t.isDrill)?.id ?? '';
}

export type DeclareFields = {title: string; summary: string; templateId: string; severity: string; commanderId: string | null};

// Mattermost may send an optional field as missing, null or "" (and a cleared select as null).
export function readDeclareFields(submission: Record<string, unknown>): DeclareFields {
    const text = (name: string) => {
        const value = submission[name];
        return typeof value === 'string' ? value : '';
    };
    const commander = text('commander');
    return {title: text('title'), summary: text('summary'), templateId: text('template'), severity: text('severity'),
        commanderId: commander === '' ? null : commander};
}

// Keys the incident service may name, as dialog element names; the rest become the dialog's general error.
const ELEMENT_OF: Record<string, string> = {
    title: 'title', summary: 'summary', severity: 'severity',
    template: 'template', templateId: 'template', commander: 'commander', commanderId: 'commander',
};

export type DialogReply = {errors?: Record<string, string>; error?: string};

export function dialogErrorReply(problems: FieldErrors): DialogReply {
    const errors: Record<string, string> = {};
    const general: string[] = [];
    for (const [key, message] of Object.entries(problems)) {
        const element = ELEMENT_OF[key];
        if (element === undefined) {
            general.push(message);
        } else {
            errors[element] = capitalize(message);
        }
    }
    const error = general.map(capitalize).join(' ');
    return {...(Object.keys(errors).length > 0 ? {errors} : {}), ...(error === '' ? {} : {error})};
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
