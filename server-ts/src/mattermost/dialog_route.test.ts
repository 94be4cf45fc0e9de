import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {dialogProblems, interactionHarness, NOW, SECRET, TEMPLATES, type Harness} from '../test_support/fake_interactions.js';
import {DECLARE_CALLBACK, declareDialog, type DeclareState} from './dialogs.js';
import {COMMAND_PATH, DIALOG_PATH} from './interaction_paths.js';
import {signPayload} from './signed_context.js';

let h: Harness;
beforeEach(async () => {
    h = await interactionHarness();
});
afterEach(() => h.app.close());

const STATE: DeclareState = {userId: 'u-alice', teamId: 'team1', channelId: 'ch-town', idempotencyKey: 'dialog-key-1', expiresAt: NOW.getTime() + 60_000};
const FIELDS = {title: 'Database latency high', summary: '', template: 't-cloud-outage', severity: 'sev2', commander: 'u-bob'};

async function submit(body: Record<string, unknown>) {
    const res = await h.app.inject({method: 'POST', url: DIALOG_PATH, payload: {type: 'dialog_submission', callback_id: DECLARE_CALLBACK,
        state: signPayload(STATE, SECRET), user_id: 'u-alice', channel_id: 'ch-town', team_id: 'team1', submission: FIELDS, cancelled: false, ...body}});
    return {status: res.statusCode, body: res.json<Record<string, unknown>>()};
}

describe('the declare dialog', () => {
    it('is a valid Mattermost dialog with the webapp modal fields', () => {
        const dialog = declareDialog(TEMPLATES, {title: 'x'.repeat(200), severity: 'sev1', commanderId: 'u-alice'}, 'state');
        expect(dialogProblems(dialog)).toEqual([]);
        expect(dialog.elements.map((e) => [e.name, e.type, e.optional ?? false])).toEqual([
            ['title', 'text', false], ['summary', 'textarea', true], ['template', 'select', false], ['severity', 'select', true], ['commander', 'select', true]]);
        expect(dialog.elements[2]?.options?.map((o) => o.value)).toEqual(TEMPLATES.map((t) => t.id));
        expect(dialog.elements[3]?.options?.map((o) => o.text)).toEqual(['SEV1', 'SEV2', 'SEV3', 'SEV4']);
        expect(dialog.elements[4]?.data_source).toBe('users');
    });

    it('carries signed state bound to the user, team and channel it was opened in', async () => {
        await h.app.inject({method: 'POST', url: COMMAND_PATH, headers: {'content-type': 'application/x-www-form-urlencoded'},
            payload: 'token=cmd-token&team_id=team1&channel_id=ch-town&user_id=u-alice&trigger_id=t1&text=declare'});
        const state = h.bot.dialogs[0]?.dialog.state ?? '';
        const res = await submit({state});
        expect(res.body).toEqual({});
        expect(h.incidents.calls[0]?.args[0]).toMatchObject({teamId: 'team1', idempotencyKey: expect.stringMatching(/^dialog-[0-9a-f-]{36}$/) as unknown});
    });
});

describe('submitting the declare dialog', () => {
    it('declares as the submitter and answers {} (the channel post is the confirmation)', async () => {
        const {status, body} = await submit({});
        expect(status).toBe(200);
        expect(body).toEqual({});
        expect(h.incidents.calls).toEqual([{method: 'declare', actor: {id: 'u-alice', username: 'alice', isSystemAdmin: false}, args: [{
            idempotencyKey: 'dialog-key-1', teamId: 'team1', templateId: 't-cloud-outage', title: 'Database latency high',
            severity: 'sev2', summary: '', commanderId: 'u-bob'}]}]);
    });

    it('leaves the commander and severity to the service when left empty', async () => {
        await submit({submission: {title: 'Disk full', template: 't-internal-platform', commander: null}});
        expect(h.incidents.calls[0]?.args[0]).toEqual({idempotencyKey: 'dialog-key-1', teamId: 'team1', templateId: 't-internal-platform',
            title: 'Disk full', severity: '', summary: ''});
    });

    it('submitted twice gives one incident', async () => {
        await submit({});
        await submit({});
        const keys = h.incidents.calls.map((c) => (c.args[0] as {idempotencyKey: string}).idempotencyKey);
        expect(keys).toEqual(['dialog-key-1', 'dialog-key-1']);
    });

    it('maps field errors onto the dialog elements, the rest to the general error', async () => {
        const {status, body} = await submit({submission: {...FIELDS, title: '  '}});
        expect(status).toBe(200);
        expect(body).toEqual({errors: {title: 'Give the incident a title'}, error: 'The team time zone is not set'});
    });

    it.each<[string, Record<string, unknown>]>([
        ['a forged state', {state: `${signPayload(STATE, SECRET).split('.')[0] ?? ''}.AAAA`}],
        ['a state signed with another secret', {state: signPayload(STATE, 'other-secret')}],
        ['a state tampered with', {state: `${signPayload({...STATE, teamId: 'team2'}, SECRET).split('.')[0] ?? ''}.${signPayload(STATE, SECRET).split('.')[1] ?? ''}`}],
        ['another user submitting', {user_id: 'u-bob'}],
        ['no state', {state: undefined}],
    ])('refuses %s with 401', async (_name, body) => {
        const {status, body: reply} = await submit(body);
        expect(status).toBe(401);
        expect(reply).toMatchObject({code: 'invalid_dialog_state'});
        expect(h.incidents.calls).toEqual([]);
    });

    it('asks to start again when the state has expired', async () => {
        const {body} = await submit({state: signPayload({...STATE, expiresAt: NOW.getTime() - 1}, SECRET)});
        expect(body).toEqual({error: 'This form has expired: run /sre declare again.'});
        expect(h.incidents.calls).toEqual([]);
    });

    it('ignores a cancellation and refuses an unknown callback', async () => {
        expect((await submit({cancelled: true})).body).toEqual({});
        expect((await submit({callback_id: 'other'})).status).toBe(400);
        expect(h.incidents.calls).toEqual([]);
    });
});
