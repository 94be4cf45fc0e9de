import {checkDeadline, verifyPayload} from './signed_context.js';
import {actorOf, type Actor, type InteractionDeps} from './interaction_ports.js';
import {
    DECLINE_CALLBACK, DecisionState, readDecision, REQUEST_CALLBACK, RequestState, submittedText, TRIAGE_CALLBACK, triageDialogErrors,
} from './triage_dialogs.js';

export const TRIAGE_CALLBACKS: readonly string[] = [REQUEST_CALLBACK, TRIAGE_CALLBACK, DECLINE_CALLBACK];

export type TriageSubmission = {callback_id?: string; state?: string; user_id: string; submission?: Record<string, unknown>; cancelled?: boolean};
type DialogAnswer = {errors?: Record<string, string>; error?: string};

// 'forged': the state is not ours, belongs to another dialog, or to another user (the route answers 401).
export async function submitTriageDialog(deps: InteractionDeps, body: TriageSubmission): Promise<DialogAnswer | 'forged'> {
    const isRequest = body.callback_id === REQUEST_CALLBACK;
    const state = isRequest ? verifyPayload(body.state, deps.signingSecret, RequestState) : verifyPayload(body.state, deps.signingSecret, DecisionState);
    const expectedKind = isRequest ? 'request' : body.callback_id === TRIAGE_CALLBACK ? 'triage' : 'decline';
    if (!state.ok || state.value.kind !== expectedKind || state.value.userId !== body.user_id) {
        return 'forged';
    }
    if (body.cancelled === true) {
        return {};
    }
    if (!checkDeadline(state.value, (deps.now ?? (() => new Date()))()).ok) {
        return {error: 'This form has expired: run the command again.'};
    }
    const user = await deps.bot.getUser(body.user_id);
    if (!user.ok) {
        return {error: `Mattermost did not answer the companion (${user.error.message}); submit again.`};
    }
    const submission = body.submission ?? {};
    const actor = actorOf(user.value);
    if (state.value.kind === 'request') {
        return submitRequest(deps, state.value.idempotencyKey, submission, actor);
    }
    const decision = state.value.kind === 'decline' ? {action: 'decline', reason: submittedText(submission, 'reason')} : readDecision(submission);
    const decided = await deps.triage.decide(state.value.requestId, decision, actor);
    // Success says nothing: the requester's thread and the sidebar show the decision.
    return decided.ok ? {} : triageDialogErrors(decided.error, state.value.kind === 'decline' ? ['reason'] : DECISION_ELEMENTS);
}

const DECISION_ELEMENTS = ['decision', 'priority', 'category', 'area', 'owner', 'reason', 'duplicate_of'];
const REQUEST_ELEMENTS = ['title', 'description', 'category', 'priority'];

async function submitRequest(deps: InteractionDeps, idempotencyKey: string, submission: Record<string, unknown>, actor: Actor): Promise<DialogAnswer> {
    const text = (name: string) => submittedText(submission, name);
    const created = await deps.triage.create({idempotencyKey, title: text('title'), description: text('description'),
        category: text('category'), priority: text('priority')}, actor);
    return created.ok ? {} : triageDialogErrors(created.error, REQUEST_ELEMENTS);
}
