import {Type, type Static} from 'typebox';
import type {TriageRequestView} from '../contract/triage.js';
import type {ButtonSigning} from './checklist_post.js';
import {ACTION_PATH, DIALOG_PATH} from './interaction_paths.js';
import {actorOf, type InteractionDeps} from './interaction_ports.js';
import {signPayload} from './signed_context.js';
import {requestSummary, TRIAGE_DIALOG_MS} from './triage_commands.js';
import {declineDialog, type DecisionState} from './triage_dialogs.js';

// Signed into each button's context (CONTRACTS.md c: Mattermost does not sign action requests).
export const TriageButtonContext = Type.Object({requestId: Type.String(), action: Type.Union([Type.Literal('accept'), Type.Literal('decline')])});
type TriageButtonContext = Static<typeof TriageButtonContext>;

type TriageButton = {id: string; type: 'button'; name: string; style: 'primary' | 'danger'; integration: {url: string; context: {signed: string}}};
export type TriageAttachment = {fallback: string; text: string; actions: TriageButton[]};
export type TriagePostProps = {sre_triage_id: string; attachments: TriageAttachment[]};
export type ActionAnswer = {update?: {message: string; props: Record<string, unknown>}; ephemeral_text?: string};

// Accept / Decline under a request's post, so SREs on a phone can decide where it was asked. Anyone sees
// the buttons (Mattermost has no per-viewer attachments); a click by a non-SRE is refused.
export function triageButtonsAttachment(request: TriageRequestView, signing: ButtonSigning): TriageAttachment {
    if (request.status !== 'new') {
        return {fallback: `Request #${request.number}`, text: `Triaged: ${request.status.replace('_', ' ')}.`, actions: []};
    }
    const button = (action: TriageButtonContext['action'], name: string, style: TriageButton['style']): TriageButton => ({
        // Letters and digits only: Mattermost clients mishandle '_' and '-' in action ids (CONTRACTS.md c).
        id: `triage${action}`, type: 'button', name, style,
        integration: {url: `${signing.companionUrl}${ACTION_PATH}`, context: {signed: signPayload({requestId: request.id, action}, signing.signingSecret)}},
    });
    return {fallback: `Request #${request.number} awaits triage`, text: 'SREs: accept with the suggested fields, or decline with a reason.',
        actions: [button('accept', 'Accept', 'primary'), button('decline', 'Decline', 'danger')]};
}

export const triagePostProps = (request: TriageRequestView, signing: ButtonSigning): TriagePostProps =>
    ({sre_triage_id: request.id, attachments: [triageButtonsAttachment(request, signing)]});

export type TriageClick = {userId: string; triggerId: string; context: TriageButtonContext};

export async function clickTriageButton(deps: InteractionDeps, click: TriageClick): Promise<ActionAnswer> {
    const user = await deps.bot.getUser(click.userId);
    if (!user.ok) {
        return {ephemeral_text: `Mattermost did not answer the companion (${user.error.message}); tap again.`};
    }
    const actor = actorOf(user.value);
    if (!await deps.isSre(actor)) {
        return {ephemeral_text: 'Only SREs triage requests; the SRE team will decide on this one.'};
    }
    if (click.context.action === 'decline') {
        return askDeclineReason(deps, click, actor.id);
    }
    const decided = await deps.triage.decide(click.context.requestId, {action: 'accept'}, actor);
    if (!decided.ok) {
        return {ephemeral_text: `Not accepted: ${Object.values(decided.error).map(readable).join(' ')}`};
    }
    const signing = {companionUrl: deps.companionUrl, signingSecret: deps.signingSecret};
    return {update: {message: `Request ${requestSummary(decided.value)} — accepted by @${actor.username}.`, props: triagePostProps(decided.value, signing)}};
}

// A decline needs a reason: the click's fresh trigger_id opens a one-field dialog.
async function askDeclineReason(deps: InteractionDeps, click: TriageClick, userId: string): Promise<ActionAnswer> {
    const found = await deps.triage.get(click.context.requestId);
    if (found === null) {
        return {ephemeral_text: 'That request no longer exists.'};
    }
    const state: DecisionState = {kind: 'decline', userId, requestId: found.request.id,
        expiresAt: (deps.now ?? (() => new Date()))().getTime() + TRIAGE_DIALOG_MS};
    const dialog = declineDialog(found.request.number, found.request.title, signPayload(state, deps.signingSecret));
    const opened = await deps.bot.openDialog({trigger_id: click.triggerId, url: `${deps.companionUrl}${DIALOG_PATH}`, dialog});
    return opened.ok ? {} : {ephemeral_text: `Could not open the decline dialog (${opened.error.message}); tap again.`};
}

const readable = (message: string) => (message === 'not_found' ? 'that request no longer exists.' : message.replace(/^forbidden:\s*/, ''));
