import {Type, type Static} from 'typebox';
import type {Position} from '../domain/paging_state.js';
import type {ButtonSigning} from './checklist_post.js';
import {ACTION_PATH} from './interaction_paths.js';
import {actorOf, type InteractionDeps} from './interaction_ports.js';
import {signPayload} from './signed_context.js';

// Signed into each button's context (CONTRACTS.md c: Mattermost does not sign action requests). The position makes
// "Escalate now" from an old DM a no-op once the page has moved on, instead of skipping a step nobody meant to skip.
export const PageButtonContext = Type.Object({
    pageId: Type.String(),
    step: Type.Integer({minimum: 0}),
    round: Type.Integer({minimum: 0}),
    action: Type.Union([Type.Literal('ack'), Type.Literal('escalate')]),
});
type PageButtonContext = Static<typeof PageButtonContext>;

type PageButton = {id: string; type: 'button'; name: string; style: 'primary' | 'danger'; integration: {url: string; context: {signed: string}}};
export type PageAttachment = {fallback: string; text: string; actions: PageButton[]};
export type PagePostProps = {sre_page_id: string; attachments: PageAttachment[]};

// A paged person's DM: Acknowledge and Escalate now. Only Acknowledge stays once the page ran out of steps (late
// acknowledgements still count), and none once it is acknowledged or cancelled.
export function pagePostProps(page: {id: string; number: number; position: Position}, signing: ButtonSigning, buttons: 'both' | 'ack' | 'none'): PagePostProps {
    const button = (action: PageButtonContext['action'], name: string, style: PageButton['style']): PageButton => ({
        // Letters and digits only: Mattermost clients mishandle '_' and '-' in action ids (CONTRACTS.md c).
        id: `page${action}`, type: 'button', name, style,
        integration: {url: `${signing.companionUrl}${ACTION_PATH}`,
            context: {signed: signPayload({pageId: page.id, step: page.position.step, round: page.position.round, action}, signing.signingSecret)}},
    });
    const actions = buttons === 'none' ? [] : [button('ack', 'Acknowledge', 'primary'), ...(buttons === 'both' ? [button('escalate', 'Escalate now', 'danger')] : [])];
    return {sre_page_id: page.id, attachments: actions.length === 0 ? [] : [{fallback: `Page #${page.number}`, text: '', actions}]};
}

export type PageClick = {userId: string; context: PageButtonContext};
type ActionAnswer = {ephemeral_text?: string};

// The service patches the page's DMs itself (every one of them, not only the one clicked), so success needs no answer.
export async function clickPageButton(deps: InteractionDeps, click: PageClick): Promise<ActionAnswer> {
    const user = await deps.bot.getUser(click.userId);
    if (!user.ok) {
        return {ephemeral_text: `Mattermost did not answer the companion (${user.error.message}); tap again.`};
    }
    const actor = actorOf(user.value);
    const {pageId, step, round} = click.context;
    const done = click.context.action === 'ack' ?
        await deps.pages.acknowledge(pageId, actor) :
        await deps.pages.escalate(pageId, actor, {step, round});
    if (!done.ok) {
        return {ephemeral_text: done.error === 'not_found' ? 'That page no longer exists.' : done.error.replace(/^forbidden: /, 'Not allowed: ')};
    }
    if (click.context.action === 'ack') {
        return {};
    }
    const moved = [...done.value.timeline].reverse().find((e) => e.kind === 'escalated' || e.kind === 'exhausted');
    return {ephemeral_text: `Page #${done.value.number}: ${moved?.text ?? 'escalated'}.`};
}
