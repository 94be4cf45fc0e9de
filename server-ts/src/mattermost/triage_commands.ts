import {createHash, randomUUID} from 'node:crypto';
import type {TriageRequestView} from '../contract/triage.js';
import {SLASH_TRIGGER, type SlashReply, type SreCommand} from '../domain/sre_command.js';
import {CATEGORY_NAMES, priorityLabel, STATUS_NAMES} from '../domain/triage_fields.js';
import type {SlashContext} from './declare_command.js';
import {DIALOG_PATH} from './interaction_paths.js';
import type {Actor, Dialog, InteractionDeps} from './interaction_ports.js';
import {signPayload} from './signed_context.js';
import {ageText, requestDialog, triageDialog, type DecisionState, type RequestState} from './triage_dialogs.js';

export type TriageCommand = Extract<SreCommand, {kind: 'request' | 'queue' | 'triage'}>;

// Long enough to fill in the form on a phone, short enough that a leaked state soon stops working.
export const TRIAGE_DIALOG_MS = 60 * 60 * 1000;
const QUEUE_ROWS = 10;

const ephemeral = (text: string): SlashReply => ({response_type: 'ephemeral', text});
const nowOf = (deps: InteractionDeps) => (deps.now ?? (() => new Date()))();

export function runTriageCommand(deps: InteractionDeps, command: TriageCommand, ctx: SlashContext, actor: Actor): Promise<SlashReply> {
    switch (command.kind) {
    case 'request':
        return command.title === '' ? openRequestDialog(deps, ctx, actor) : requestNow(deps, command, ctx, actor);
    case 'queue':
        return queueReply(deps);
    case 'triage':
        return openTriageDialog(deps, ctx, actor);
    }
}

async function requestNow(deps: InteractionDeps, command: {title: string; description: string}, ctx: SlashContext, actor: Actor): Promise<SlashReply> {
    // Mattermost issues one trigger id per command run, so a retried request maps to the same request.
    const seed = ctx.triggerId === '' ? randomUUID() : ctx.triggerId;
    const idempotencyKey = `slash-${createHash('sha256').update(seed).digest('hex').slice(0, 40)}`;
    const created = await deps.triage.create({idempotencyKey, title: command.title, description: command.description}, actor);
    if (!created.ok) {
        const problems = Object.entries(created.error).map(([field, message]) => `* ${field === '_' ? '' : `${field}: `}${message}`);
        return ephemeral(['Nothing was requested:', ...problems].join('\n'));
    }
    return ephemeral(`${created.value.outcome === 'replayed' ? 'Already requested' : 'Requested'} ${requestSummary(created.value.request)}`);
}

export const requestSummary = (r: TriageRequestView): string =>
    `#${r.number} (${STATUS_NAMES[r.status]}, ${priorityLabel(r.priority)}, ${CATEGORY_NAMES[r.category]}): ${r.title}`;

async function openRequestDialog(deps: InteractionDeps, ctx: SlashContext, actor: Actor): Promise<SlashReply> {
    const state: RequestState = {kind: 'request', userId: actor.id, idempotencyKey: `dialog-${randomUUID()}`,
        expiresAt: nowOf(deps).getTime() + TRIAGE_DIALOG_MS};
    return openDialog(deps, ctx.triggerId, requestDialog(signPayload(state, deps.signingSecret), ''), 'request');
}

async function openTriageDialog(deps: InteractionDeps, ctx: SlashContext, actor: Actor): Promise<SlashReply> {
    if (!await deps.isSre(actor)) {
        return ephemeral(`Only SREs triage requests. Use \`/${SLASH_TRIGGER} queue\` to see the queue.`);
    }
    const next = await deps.triage.queue({status: 'new'});
    const first = next.ok ? next.value.requests[0] : undefined;
    const found = first === undefined ? null : await deps.triage.get(first.id);
    if (found === null) {
        return ephemeral('Nothing to triage: every request has been decided.');
    }
    const now = nowOf(deps);
    const state: DecisionState = {kind: 'triage', userId: actor.id, requestId: found.request.id, expiresAt: now.getTime() + TRIAGE_DIALOG_MS};
    return openDialog(deps, ctx.triggerId, triageDialog(found, signPayload(state, deps.signingSecret), now), 'triage');
}

export async function openDialog(deps: InteractionDeps, triggerId: string, dialog: Dialog, what: string): Promise<SlashReply> {
    const opened = await deps.bot.openDialog({trigger_id: triggerId, url: `${deps.companionUrl}${DIALOG_PATH}`, dialog});
    // An empty text posts nothing: the dialog is the answer (CONTRACTS.md a).
    return ephemeral(opened.ok ? '' : `Could not open the ${what} dialog (${opened.error.message}); try again.`);
}

async function queueReply(deps: InteractionDeps): Promise<SlashReply> {
    const listed = await deps.triage.queue({status: 'new,accepted,in_progress'});
    if (!listed.ok || listed.value.requests.length === 0) {
        return ephemeral(listed.ok ? 'The triage queue is empty.' : 'Could not read the triage queue; try again.');
    }
    const now = nowOf(deps);
    const {requests} = listed.value;
    const rows = requests.slice(0, QUEUE_ROWS).map((r) =>
        `| ${r.number} | ${priorityLabel(r.priority)} | ${ageText(r.createdAt, now)} | ${cell(r.title)} | ${STATUS_NAMES[r.status]} | ${r.slaBreaches.length > 0 ? ':warning: SLA' : ''} |`);
    const more = requests.length > QUEUE_ROWS ? `\n\n${requests.length - QUEUE_ROWS} more in the SRE Toolkit sidebar.` : '';
    return ephemeral([`#### Triage queue (${requests.length} open)`, '', '| # | Priority | Age | Title | Status | SLA |', '|---|---|---|---|---|---|', ...rows]
        .join('\n') + more);
}

// A pipe or line break in a title would end the Markdown table cell early.
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
