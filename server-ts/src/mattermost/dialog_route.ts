import type {FastifyPluginCallbackTypebox} from '@fastify/type-provider-typebox';
import {Type} from 'typebox';
import {Problem} from '../contract/summary.js';
import {DECLARE_CALLBACK, DeclareState, dialogErrorReply, readDeclareFields, type DialogReply} from './dialogs.js';
import {actorOf, type InteractionDeps} from './interaction_ports.js';
import {checkDeadline, verifyPayload} from './signed_context.js';
import {submitTriageDialog, TRIAGE_CALLBACKS} from './triage_dialog_submit.js';

// What Mattermost POSTs on submit (CONTRACTS.md b); user_id comes from the submitter's session.
const Submission = Type.Object({
    callback_id: Type.Optional(Type.String()),
    state: Type.Optional(Type.String()),
    user_id: Type.String(),
    submission: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    cancelled: Type.Optional(Type.Boolean()),
});
const Reply = Type.Object({errors: Type.Optional(Type.Record(Type.String(), Type.String())), error: Type.Optional(Type.String())});

const FORGED = {code: 'invalid_dialog_state', message: 'The dialog state is not signed by this companion, or belongs to another user'};

export const dialogRoutes: FastifyPluginCallbackTypebox<InteractionDeps> = (app, deps, done) => {
    app.post('/dialog', {schema: {body: Submission, response: {200: Reply, 400: Problem, 401: Problem}}}, async (req, reply) => {
        const body = req.body;
        if (TRIAGE_CALLBACKS.includes(body.callback_id ?? '')) {
            const answer = await submitTriageDialog(deps, body);
            return answer === 'forged' ? reply.code(401).send(FORGED) : answer;
        }
        if (body.callback_id !== DECLARE_CALLBACK) {
            return reply.code(400).send({code: 'unknown_dialog', message: `No dialog "${body.callback_id ?? ''}" here`});
        }
        const state = verifyPayload(body.state, deps.signingSecret, DeclareState);
        // Bound to the user it was opened for: someone who saw the state cannot declare in another's name.
        if (!state.ok || state.value.userId !== body.user_id) {
            return reply.code(401).send(FORGED);
        }
        if (body.cancelled === true) {
            return {};
        }
        const fresh = checkDeadline(state.value, (deps.now ?? (() => new Date()))());
        if (!fresh.ok) {
            return {error: 'This form has expired: run /sre declare again.'};
        }
        return submitDeclare(deps, fresh.value, body.submission ?? {});
    });
    done();
};

async function submitDeclare(deps: InteractionDeps, state: DeclareState, submission: Record<string, unknown>): Promise<DialogReply> {
    const user = await deps.bot.getUser(state.userId);
    if (!user.ok) {
        return {error: `Mattermost did not answer the companion (${user.error.message}); submit again.`};
    }
    const fields = readDeclareFields(submission);
    const declared = await deps.incidents.declare({
        idempotencyKey: state.idempotencyKey, teamId: state.teamId, templateId: fields.templateId,
        title: fields.title, severity: fields.severity, summary: fields.summary,
        ...(fields.commanderId === null ? {} : {commanderId: fields.commanderId}),
    }, actorOf(user.value));
    // Success says nothing: the new channel's first post is the confirmation.
    return declared.ok ? {} : dialogErrorReply(declared.error);
}
