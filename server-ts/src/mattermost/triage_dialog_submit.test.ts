import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {interactionHarness, NOW, SECRET, triageRequest, type Harness} from '../test_support/fake_interactions.js';
import {DIALOG_PATH} from './interaction_paths.js';
import {signPayload} from './signed_context.js';
import {DECLINE_CALLBACK, REQUEST_CALLBACK, TRIAGE_CALLBACK, type DecisionState, type RequestState} from './triage_dialogs.js';

let h: Harness;
beforeEach(async () => {
    h = await interactionHarness();
    h.triage.requests.push(triageRequest());
});
afterEach(() => h.app.close());

const later = NOW.getTime() + 60_000;
const REQUEST: RequestState = {kind: 'request', userId: 'u-alice', idempotencyKey: 'dialog-key-1', expiresAt: later};
const TRIAGE: DecisionState = {kind: 'triage', userId: 'u-alice', requestId: 'tr1', expiresAt: later};
const DECLINE: DecisionState = {...TRIAGE, kind: 'decline'};

async function submit(callbackId: string, state: object, submission: Record<string, unknown>, extra: Record<string, unknown> = {}) {
    const res = await h.app.inject({method: 'POST', url: DIALOG_PATH, payload: {type: 'dialog_submission', callback_id: callbackId,
        state: signPayload(state, SECRET), user_id: 'u-alice', channel_id: 'ch-town', team_id: 'team1', submission, cancelled: false, ...extra}});
    return {status: res.statusCode, body: res.json<Record<string, unknown>>()};
}

describe('the request dialog', () => {
    it('creates the request as the submitter and closes', async () => {
        const {status, body} = await submit(REQUEST_CALLBACK, REQUEST, {title: 'Bump node', description: null, category: 'automation', priority: 'p2'});
        expect([status, body]).toEqual([200, {}]);
        expect(h.triage.calls).toEqual([{method: 'create', actor: {id: 'u-alice', username: 'alice', isSystemAdmin: false},
            args: [{idempotencyKey: 'dialog-key-1', title: 'Bump node', description: '', category: 'automation', priority: 'p2'}]}]);
    });

    it('puts field errors next to their fields and the rest on top', async () => {
        h.triage.failWith = {title: 'give the request a title', quarter: 'bad quarter', _: 'forbidden: no'};
        const {body} = await submit(REQUEST_CALLBACK, REQUEST, {title: ''});
        expect(body).toEqual({errors: {title: 'Give the request a title'}, error: 'Bad quarter No'});
    });

    it('says an expired form has expired', async () => {
        const {body} = await submit(REQUEST_CALLBACK, {...REQUEST, expiresAt: NOW.getTime() - 1}, {title: 'x'});
        expect(body).toEqual({error: 'This form has expired: run the command again.'});
        expect(h.triage.calls).toEqual([]);
    });
});

describe('the triage dialog', () => {
    it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
        ['accept', {decision: 'accept', priority: 'p2', category: 'automation', area: 'cloud', owner: 'u-bob', reason: null, duplicate_of: '#3'},
            {action: 'accept', priority: 'p2', category: 'automation', area: 'cloud', ownerId: 'u-bob', note: ''}],
        ['decline', {decision: 'decline', priority: 'p2', reason: 'Not ours'}, {action: 'decline', reason: 'Not ours'}],
        ['duplicate', {decision: 'duplicate', duplicate_of: '#3', reason: 'x'}, {action: 'duplicate', duplicateOf: '#3'}],
    ])('sends only what %s needs to the service', async (_name, submission, decision) => {
        expect((await submit(TRIAGE_CALLBACK, TRIAGE, submission)).body).toEqual({});
        expect(h.triage.calls).toEqual([{method: 'decide', args: ['tr1', decision], actor: {id: 'u-alice', username: 'alice', isSystemAdmin: false}}]);
    });

    it('maps the service field names onto the dialog elements', async () => {
        h.triage.failWith = {reason: 'say why it is declined', duplicateOf: 'there is no request 99', ownerId: 'no such user', status: 'the request is already accepted'};
        const {body} = await submit(TRIAGE_CALLBACK, TRIAGE, {decision: 'decline'});
        expect(body).toEqual({errors: {reason: 'Say why it is declined', duplicate_of: 'There is no request 99', owner: 'No such user'},
            error: 'The request is already accepted'});
    });

    it('the decline dialog declines with the reason; a refusal shows on its only field or on top', async () => {
        expect((await submit(DECLINE_CALLBACK, DECLINE, {reason: 'Out of scope'})).body).toEqual({});
        expect(h.triage.calls[0]?.args).toEqual(['tr1', {action: 'decline', reason: 'Out of scope'}]);
        h.triage.failWith = {reason: 'say why', _: 'not_found'};
        expect((await submit(DECLINE_CALLBACK, DECLINE, {reason: ''})).body).toEqual({errors: {reason: 'Say why'}, error: 'That request no longer exists'});
    });

    it('does nothing on cancel', async () => {
        expect((await submit(TRIAGE_CALLBACK, TRIAGE, {}, {cancelled: true})).body).toEqual({});
        expect(h.triage.calls).toEqual([]);
    });
});

describe('forged dialog state', () => {
    it.each<[string, string, unknown, string]>([
        ['signed with another secret', TRIAGE_CALLBACK, signPayload(TRIAGE, 'guess'), 'u-alice'],
        ['opened for someone else', TRIAGE_CALLBACK, signPayload(TRIAGE, SECRET), 'u-bob'],
        ['a request state replayed into the triage dialog', TRIAGE_CALLBACK, signPayload(REQUEST, SECRET), 'u-alice'],
        ['a decline state replayed into the triage dialog', TRIAGE_CALLBACK, signPayload(DECLINE, SECRET), 'u-alice'],
        ['a triage state replayed into the request dialog', REQUEST_CALLBACK, signPayload(TRIAGE, SECRET), 'u-alice'],
        ['no state', DECLINE_CALLBACK, undefined, 'u-alice'],
    ])('refuses %s with 401 and decides nothing', async (_name, callbackId, state, userId) => {
        const res = await h.app.inject({method: 'POST', url: DIALOG_PATH, payload: {callback_id: callbackId, state, user_id: userId, submission: {reason: 'x'}}});
        expect(res.statusCode).toBe(401);
        expect(res.json()).toMatchObject({code: 'invalid_dialog_state'});
        expect(h.triage.calls).toEqual([]);
    });
});
