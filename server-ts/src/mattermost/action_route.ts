import type {FastifyPluginCallbackTypebox} from '@fastify/type-provider-typebox';
import {Type} from 'typebox';
import {Problem} from '../contract/summary.js';
import {checklistPost, TickContext} from './checklist_post.js';
import {problemText} from './incident_commands.js';
import {actorOf, type InteractionDeps} from './interaction_ports.js';
import {clickPageButton, PageButtonContext} from './page_buttons.js';
import {verifyPayload} from './signed_context.js';
import {clickSwapButton, SwapButtonContext} from './swap_buttons.js';
import {clickTriageButton, TriageButtonContext} from './triage_buttons.js';

// What Mattermost POSTs for a button click (CONTRACTS.md c); user_id is the clicker.
const ActionRequest = Type.Object({
    user_id: Type.String(),
    // Fresh per click; the Decline button opens its reason dialog with it.
    trigger_id: Type.Optional(Type.String()),
    context: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
});
const Reply = Type.Object({
    update: Type.Optional(Type.Object({message: Type.String(), props: Type.Record(Type.String(), Type.Unknown())})),
    ephemeral_text: Type.Optional(Type.String()),
});

export const actionRoutes: FastifyPluginCallbackTypebox<InteractionDeps> = (app, deps, done) => {
    app.post('/action', {schema: {body: ActionRequest, response: {200: Reply, 401: Problem}}}, async (req, reply) => {
        const triage = verifyPayload(req.body.context?.signed, deps.signingSecret, TriageButtonContext);
        if (triage.ok) {
            return clickTriageButton(deps, {userId: req.body.user_id, triggerId: req.body.trigger_id ?? '', context: triage.value});
        }
        const page = verifyPayload(req.body.context?.signed, deps.signingSecret, PageButtonContext);
        if (page.ok) {
            return clickPageButton(deps, {userId: req.body.user_id, context: page.value});
        }
        const swap = verifyPayload(req.body.context?.signed, deps.signingSecret, SwapButtonContext);
        if (swap.ok) {
            return clickSwapButton(deps, {userId: req.body.user_id, context: swap.value});
        }
        const context = verifyPayload(req.body.context?.signed, deps.signingSecret, TickContext);
        if (!context.ok) {
            return reply.code(401).send({code: 'invalid_action_context', message: 'The button context is not signed by this companion'});
        }
        const user = await deps.bot.getUser(req.body.user_id);
        if (!user.ok) {
            return {ephemeral_text: `Mattermost did not answer the companion (${user.error.message}); tap again.`};
        }
        const ticked = await deps.incidents.tickChecklist(context.value.incidentId, context.value.index, true, actorOf(user.value));
        if (!ticked.ok) {
            return {ephemeral_text: problemText(ticked.error)};
        }
        return {update: checklistPost(ticked.value, deps)};
    });
    done();
};
