import type {TriageDecisionBody} from '../../../../server-ts/src/contract/triage';
import {triageRequest} from '../../test_support/triage';

import {decisionBody, splitLabels} from './decision_body';
import {canMove, isEditable, movesFor, type Verdict} from './triage_moves';
import {draftFrom, type TriageDraft} from './use_triage_draft';

const accepted = triageRequest({status: 'accepted', priority: 'p2', category: 'security', area: 'cloud',
    owner: {id: 'u2', username: 'bob'}, quarter: '2026-Q3', labels: ['tls', 'edge']});
const draft = (over: Partial<TriageDraft>): TriageDraft => ({...draftFrom(accepted), ...over});

it.each<[Verdict, Partial<TriageDraft>, TriageDecisionBody]>([
    ['accept', {quarter: ' 2026-Q4 ', labels: 'TLS, edge,, tls', note: ' ok '},
        {action: 'accept', priority: 'p2', category: 'security', area: 'cloud', ownerId: 'u2', quarter: '2026-Q4', labels: ['tls', 'edge'], note: 'ok'}],
    ['accept', {owner: null, quarter: '', labels: '', area: ''},
        {action: 'accept', priority: 'p2', category: 'security', area: undefined, ownerId: undefined, quarter: undefined, labels: undefined, note: undefined}],
    ['decline', {reason: ' not ours ', quarter: '2030-Q1'}, {action: 'decline', reason: 'not ours', note: undefined}],
    ['duplicate', {duplicateOf: 'r9'}, {action: 'duplicate', duplicateOf: 'r9', note: undefined}],
    ['start', {note: 'ignored'}, {action: 'start'}],
    ['done', {note: 'shipped'}, {action: 'done', note: 'shipped'}],
    ['reopen', {reason: ''}, {action: 'reopen', reason: undefined}],
    ['reopen', {reason: 'came back'}, {action: 'reopen', reason: 'came back'}],
    ['set', {}, {action: 'set'}],
    ['set', {labels: 'Edge, tls', quarter: '2026-Q3'}, {action: 'set', labels: ['edge', 'tls']}],
    ['set', {owner: null, area: '', quarter: ' ', priority: 'p1'}, {action: 'set', priority: 'p1', area: '', ownerId: '', quarter: ''}],
    ['set', {owner: {id: 'u1', username: 'alice'}, category: 'automation'}, {action: 'set', category: 'automation', ownerId: 'u1'}],
])('%s with %o sends %o', (verdict, over, body) => {
    expect(decisionBody(verdict, draft(over), accepted)).toEqual(body);
});

it('splits labels as the companion stores them', () => {
    expect(splitLabels(' On-Call ,db,, on-call ')).toEqual(['on-call', 'db']);
});

it.each<[Parameters<typeof movesFor>[0], Verdict[], boolean]>([
    ['new', ['accept', 'decline', 'duplicate'], true],
    ['accepted', ['start', 'done', 'set', 'decline', 'duplicate'], true],
    ['in_progress', ['done', 'set', 'decline', 'duplicate'], true],
    ['done', ['reopen'], false],
    ['declined', ['reopen'], false],
    ['duplicate', ['reopen'], false],
])('a %s request allows %j (editable: %s)', (status, moves, editable) => {
    expect(movesFor(status)).toEqual(moves);
    expect(isEditable(status)).toBe(editable);
    expect(canMove(status, 'start')).toBe(moves.includes('start'));
});
