import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {incident, interactionHarness, SECRET, type Harness} from '../test_support/fake_interactions.js';
import {checklistPost, type ChecklistPost} from './checklist_post.js';
import {ACTION_PATH} from './interaction_paths.js';
import {signPayload} from './signed_context.js';

let h: Harness;
beforeEach(async () => {
    h = await interactionHarness();
});
afterEach(() => h.app.close());

const signing = {companionUrl: 'http://companion.test', signingSecret: SECRET};

async function click(context: Record<string, unknown>, userId = 'u-bob') {
    const res = await h.app.inject({method: 'POST', url: ACTION_PATH, payload: {user_id: userId, user_name: 'whoever', channel_id: 'ch-inc',
        post_id: 'p1', type: 'button', context}});
    return {status: res.statusCode, body: res.json<{update?: ChecklistPost; ephemeral_text?: string; code?: string}>()};
}

describe('checklist buttons', () => {
    it('builds one signed button per open step and keeps the saga props', () => {
        const post = checklistPost(incident(), signing);
        expect(post.props).toMatchObject({sre_incident_id: 'inc1', sre_step: 'checklist_post'});
        const actions = post.props.attachments[0]?.actions ?? [];
        expect(actions.map((a) => [a.id, a.name, a.integration.url])).toEqual([
            ['tick0', '✓ Page the owner', 'http://companion.test/sre-toolkit/mattermost/action'],
            ['tick1', '✓ Post a status page note', 'http://companion.test/sre-toolkit/mattermost/action']]);
        expect(post.message).toContain('1. Page the owner · [runbook](https://runbooks.example/page)');
    });

    it.each<[string, Parameters<typeof incident>[0], unknown[]]>([
        ['every step done', {checklist: [{title: 'a', runbookUrl: null, doneAt: '2025-03-05T12:00:00Z', doneBy: 'bob'}]}, [{fallback: 'Checklist', text: 'Every step is done.', actions: []}]],
        ['resolved', {status: 'resolved'}, [{fallback: 'Checklist', text: 'The incident is resolved.', actions: []}]],
        ['no checklist', {checklist: []}, []],
    ])('has no buttons when %s', (_name, extra, attachments) => {
        expect(checklistPost(incident(extra), signing).props.attachments).toEqual(attachments);
    });

    it('ticks the step as the clicker and refreshes the post', async () => {
        const context = checklistPost(incident(), signing).props.attachments[0]?.actions[0]?.integration.context ?? {};
        const {status, body} = await click(context);
        expect(status).toBe(200);
        expect(h.incidents.calls).toEqual([{method: 'tickChecklist', args: ['inc1', 0, true], actor: {id: 'u-bob', username: 'bob', isSystemAdmin: true}}]);
        expect(body.update?.message).toContain('1. :white_check_mark: ~~Page the owner~~');
        expect(body.update?.message).toContain('(1/2 done)');
        expect(body.update?.props.attachments[0]?.actions.map((a) => a.id)).toEqual(['tick1']);
        expect(body.update?.props.sre_step).toBe('checklist_post');
    });

    it('answers a refusal with an ephemeral text and leaves the post', async () => {
        h.incidents.failWith = 'not_found';
        const {body} = await click({signed: signPayload({incidentId: 'inc1', index: 1, action: 'tick'}, SECRET)}, 'u-stranger');
        expect(body).toEqual({ephemeral_text: 'No incident here, or you are not a member of its channel.'});
    });

    it.each<[string, Record<string, unknown>]>([
        ['signed with another secret', {signed: signPayload({incidentId: 'inc1', index: 0, action: 'tick'}, 'guess')}],
        ['a context of the wrong shape', {signed: signPayload({incidentId: 'inc1', index: -1, action: 'tick'}, SECRET)}],
        ['a dialog state replayed as a context', {signed: signPayload({userId: 'u', teamId: 't', channelId: 'c', idempotencyKey: 'k', expiresAt: 0}, SECRET)}],
        ['an unsigned context', {incidentId: 'inc1', index: 0, action: 'tick'}],
    ])('refuses %s with 401', async (_name, context) => {
        const {status, body} = await click(context);
        expect(status).toBe(401);
        expect(body.code).toBe('invalid_action_context');
        expect(h.incidents.calls).toEqual([]);
    });
});
