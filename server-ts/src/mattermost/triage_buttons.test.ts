import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {dialogProblems, interactionHarness, SECRET, triageRequest, type Harness} from '../test_support/fake_interactions.js';
import {ACTION_PATH} from './interaction_paths.js';
import {signPayload, verifyPayload} from './signed_context.js';
import {triageButtonsAttachment, triagePostProps, type TriagePostProps} from './triage_buttons.js';
import {DECLINE_CALLBACK, DecisionState} from './triage_dialogs.js';

let h: Harness;
beforeEach(async () => {
    h = await interactionHarness();
    h.triage.requests.push(triageRequest());
});
afterEach(() => h.app.close());

const signing = {companionUrl: 'http://companion.test', signingSecret: SECRET};
const contextOf = (index: number) => triageButtonsAttachment(triageRequest(), signing).actions[index]?.integration.context ?? {};

async function click(context: Record<string, unknown>, userId = 'u-alice') {
    const res = await h.app.inject({method: 'POST', url: ACTION_PATH, payload: {user_id: userId, user_name: 'whoever', channel_id: 'ch-support',
        post_id: 'p1', trigger_id: 'click-trigger', type: 'button', context}});
    return {status: res.statusCode, body: res.json<{update?: {message: string; props: TriagePostProps}; ephemeral_text?: string; code?: string}>()};
}

describe('triage buttons', () => {
    it('puts signed Accept and Decline buttons on a new request, none once it is triaged', () => {
        const props = triagePostProps(triageRequest(), signing);
        expect(props.sre_triage_id).toBe('tr1');
        expect(props.attachments[0]?.actions.map((a) => [a.id, a.name, a.integration.url])).toEqual([
            ['triageaccept', 'Accept', 'http://companion.test/sre-toolkit/mattermost/action'],
            ['triagedecline', 'Decline', 'http://companion.test/sre-toolkit/mattermost/action']]);
        expect(triageButtonsAttachment(triageRequest({status: 'in_progress'}), signing)).toEqual({fallback: 'Request #12', text: 'Triaged: in progress.', actions: []});
    });

    it('Accept decides as the clicking SRE and replaces the buttons', async () => {
        const {status, body} = await click(contextOf(0), 'u-bob');
        expect(status).toBe(200);
        expect(h.triage.calls).toEqual([{method: 'decide', args: ['tr1', {action: 'accept'}], actor: {id: 'u-bob', username: 'bob', isSystemAdmin: true}}]);
        expect(body.update?.message).toBe('Request #12 (accepted, P3, Automation): Automate the cert rotation — accepted by @bob.');
        expect(body.update?.props.attachments[0]?.actions).toEqual([]);
    });

    it('Accept answers a refusal in an ephemeral text', async () => {
        h.triage.failWith = {status: 'the request is already accepted'};
        expect((await click(contextOf(0))).body).toEqual({ephemeral_text: 'Not accepted: the request is already accepted'});
    });

    it('Decline opens a reason dialog with the click trigger id, bound to the clicker', async () => {
        const {body} = await click(contextOf(1));
        expect(body).toEqual({});
        expect(h.triage.calls).toEqual([]);
        const opened = h.bot.dialogs[0];
        expect(opened).toMatchObject({trigger_id: 'click-trigger', url: 'http://companion.test/sre-toolkit/mattermost/dialog',
            dialog: {callback_id: DECLINE_CALLBACK, title: 'Decline #12'}});
        expect(dialogProblems(opened?.dialog ?? {callback_id: '', title: '', elements: [], submit_label: '', state: ''})).toEqual([]);
        expect(verifyPayload(opened?.dialog.state, SECRET, DecisionState)).toMatchObject({ok: true, value: {kind: 'decline', userId: 'u-alice', requestId: 'tr1'}});
    });

    it.each([0, 1])('refuses a non-SRE (button %i) without deciding or opening anything', async (index) => {
        expect((await click(contextOf(index), 'u-stranger')).body).toEqual({ephemeral_text: 'Only SREs triage requests; the SRE team will decide on this one.'});
        expect(h.triage.calls).toEqual([]);
        expect(h.bot.dialogs).toEqual([]);
    });

    it.each<[string, Record<string, unknown>]>([
        ['signed with another secret', {signed: signPayload({requestId: 'tr1', action: 'accept'}, 'guess')}],
        ['an unknown action', {signed: signPayload({requestId: 'tr1', action: 'delete'}, SECRET)}],
        ['an unsigned context', {requestId: 'tr1', action: 'accept'}],
    ])('refuses %s with 401', async (_name, context) => {
        const {status, body} = await click(context);
        expect([status, body.code]).toEqual([401, 'invalid_action_context']);
        expect(h.triage.calls).toEqual([]);
    });
});
