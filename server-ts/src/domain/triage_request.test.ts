import {describe, expect, it} from 'vitest';
import type {TriageStatus} from '../contract/triage.js';
import {TRIAGE_STATUSES} from './triage_fields.js';
import {creationEvent, decide, validateNewRequest, type NewRequestInput, type TriageAction, type TriageDecision, type TriageRequest} from './triage_request.js';

const NOW = new Date('2025-03-11T08:00:00Z');
const ALICE = {id: 'u-alice', username: 'alice'};
const BOB = {id: 'u-bob', username: 'bob'};
const request = (over: Partial<TriageRequest> = {}): TriageRequest => ({
    id: 'r1', number: 1, title: 'Need a bucket', description: '', requester: {id: 'u-carol', username: 'carol'}, sourcePostId: null,
    category: 'ktlo', priority: 'p3', area: 'cloud', status: 'new', owner: null, quarter: null, labels: [], duplicateOf: null,
    declineReason: null, createdAt: new Date('2025-03-10T08:00:00Z'), triagedAt: null, closedAt: null, ...over,
});
const OTHERS: Record<string, TriageRequest> = {
    r2: request({id: 'r2', number: 2}),
    r3: request({id: 'r3', number: 3, status: 'duplicate', duplicateOf: 'r2'}),
    r4: request({id: 'r4', number: 4, status: 'duplicate', duplicateOf: 'gone'}),
};
const lookup = (id: string) => OTHERS[id];
const run = (status: TriageStatus, decision: TriageDecision, over: Partial<TriageRequest> = {}) =>
    decide(request({status, ...over}), decision, ALICE, NOW, lookup);

describe('validateNewRequest', () => {
    it('trims, fills category and priority from the suggestion, and keeps what was typed', () => {
        expect(validateNewRequest({title: '  API   down\n', description: ' 502 everywhere ', area: 'Cloud user-facing services', quarter: '2025 q2', labels: ['API', ' api ', '']}))
            .toEqual({ok: true, value: {title: 'API down', description: '502 everywhere', category: 'reliability', priority: 'p1', area: 'cloud', quarter: '2025-Q2', labels: ['api']}});
    });

    it('lets a chosen category, priority and area win over the suggestion', () =>
        expect(validateNewRequest({title: 'Staging down', category: 'Security', priority: '4', area: 'community'}))
            .toMatchObject({ok: true, value: {category: 'security', priority: 'p4', area: 'community'}}));

    it('fills a missing area from the suggestion', () =>
        expect(validateNewRequest({title: 'Grafana on staging is down'})).toMatchObject({ok: true, value: {area: 'internal_platform'}}));

    it('uses the default suggestion for plain text and empty fields', () =>
        expect(validateNewRequest({title: 'Rotate the office plant', category: ' ', priority: '', area: ' '}))
            .toMatchObject({ok: true, value: {category: 'ktlo', priority: 'p3', area: 'cloud'}}));

    it('accepts a 200-character title and a 4000-character description', () =>
        expect(validateNewRequest({title: 'é'.repeat(200), description: 'd'.repeat(4000)}).ok).toBe(true));

    it.each<[string, NewRequestInput, Record<string, RegExp>]>([
        ['an empty title', {title: ''}, {title: /^give the request a title$/}],
        ['a blank title', {title: ' \n\t'}, {title: /^give the request a title$/}],
        ['a 201-character title', {title: 't'.repeat(201)}, {title: /^the title is 201 characters: keep it to 200$/}],
        ['a long description', {title: 'x', description: 'd'.repeat(4001)}, {description: /4001 characters: keep it to 4000/}],
        ['an unknown category', {title: 'x', category: 'Marketing'}, {category: /^"Marketing" is not a category: use Reliability & Resiliency, .*Keep the lights on$/}],
        ['an unknown priority', {title: 'x', priority: 'P5'}, {priority: /^"P5" is not a priority: use P1 \(most urgent\) to P4$/}],
        ['an unknown area', {title: 'x', area: 'mars'}, {area: /^"mars" is not an ownership area/}],
        ['a bad quarter', {title: 'x', quarter: 'Q3'}, {quarter: /like 2025-Q3/}],
        ['too many labels', {title: 'x', labels: Array.from({length: 11}, (_, i) => `l${i}`)}, {labels: /11 labels: keep it to 10/}],
        ['a long label', {title: 'x', labels: ['l'.repeat(41)]}, {labels: /longer than 40/}],
        ['several at once', {title: '', category: 'x', priority: 'x', area: 'x'}, {title: /title/, category: /category/, priority: /priority/, area: /area/}],
    ])('names %s', (_, input, fields) => {
        const result = validateNewRequest(input);
        const error = result.ok ? {} : result.error;
        expect(Object.keys(error).sort()).toEqual(Object.keys(fields).sort());
        for (const [field, message] of Object.entries(fields)) {
            expect(error[field]).toMatch(message);
        }
    });

    it('records who asked in the creation event', () => {
        const valid = validateNewRequest({title: 'Automate cert renewal'});
        expect(valid.ok && creationEvent(valid.value, BOB)).toEqual({kind: 'created', data: {title: 'Automate cert renewal', priority: 'p3', category: 'automation', requesterUsername: 'bob'}});
    });
});

const DECISIONS: Record<TriageAction, TriageDecision> = {
    accept: {action: 'accept'}, decline: {action: 'decline', reason: 'Out of scope'}, duplicate: {action: 'duplicate', of: 'r2'},
    start: {action: 'start'}, done: {action: 'done'}, reopen: {action: 'reopen'}, set: {action: 'set', fields: {priority: 'p1'}},
};
const ALLOWED: [TriageStatus, TriageAction, TriageStatus, string][] = [
    ['new', 'accept', 'accepted', 'accepted'], ['new', 'decline', 'declined', 'declined'], ['new', 'duplicate', 'duplicate', 'marked_duplicate'],
    ['new', 'set', 'new', 'fields_changed'],
    ['accepted', 'start', 'in_progress', 'started'], ['accepted', 'done', 'done', 'done'], ['accepted', 'decline', 'declined', 'declined'],
    ['accepted', 'duplicate', 'duplicate', 'marked_duplicate'], ['accepted', 'set', 'accepted', 'fields_changed'],
    ['in_progress', 'done', 'done', 'done'], ['in_progress', 'decline', 'declined', 'declined'],
    ['in_progress', 'duplicate', 'duplicate', 'marked_duplicate'], ['in_progress', 'set', 'in_progress', 'fields_changed'],
    ['done', 'reopen', 'accepted', 'reopened'], ['declined', 'reopen', 'new', 'reopened'], ['duplicate', 'reopen', 'new', 'reopened'],
];
const isAllowed = (s: TriageStatus, a: TriageAction) => ALLOWED.some(([from, action]) => from === s && action === a);
const REFUSED = TRIAGE_STATUSES.flatMap((s) => (Object.keys(DECISIONS) as TriageAction[]).filter((a) => !isAllowed(s, a)).map((a) => [s, a] as const));

describe('decide: the state machine', () => {
    it.each(ALLOWED)('%s --%s--> %s with a %s event', (from, action, to, kind) => {
        const result = run(from, DECISIONS[action]);
        expect(result.ok && [result.value.request.status, result.value.event.kind]).toEqual([to, kind]);
    });

    it('covers every status × action', () => expect(ALLOWED.length + REFUSED.length).toBe(6 * 7));

    it.each(REFUSED)('refuses %s --%s--> and names the status', (from, action) => {
        const result = run(from, DECISIONS[action]);
        expect(result.ok ? {} : Object.keys(result.error)).toEqual(['status']);
    });

    it.each<[TriageStatus, TriageAction, string]>([
        ['done', 'accept', 'the request is done: reopen it first'],
        ['declined', 'set', 'the request is declined: reopen it first'],
        ['new', 'start', 'the request is new: accept it first'],
        ['new', 'done', 'the request is new: accept it first'],
        ['accepted', 'accept', 'the request is already accepted'],
        ['in_progress', 'start', 'the request is already in progress'],
        ['in_progress', 'reopen', 'the request is still in progress: only done, declined or duplicate requests can be reopened'],
    ])('says why %s cannot %s', (from, action, message) => expect(run(from, DECISIONS[action])).toEqual({ok: false, error: {status: message}}));
});

describe('decide: fields and side effects', () => {
    it.each<[string, TriageStatus, TriageDecision, Partial<TriageRequest>, Record<string, RegExp>]>([
        ['decline without a reason', 'new', {action: 'decline', reason: '  '}, {}, {reason: /^say why the request is declined/}],
        ['a long reason', 'new', {action: 'decline', reason: 'r'.repeat(1001)}, {}, {reason: /1001 characters: keep it to 1000/}],
        ['duplicate of nothing', 'new', {action: 'duplicate', of: ' '}, {}, {duplicateOf: /^say which request this one duplicates$/}],
        ['duplicate of itself', 'new', {action: 'duplicate', of: 'r1'}, {}, {duplicateOf: /^a request cannot be a duplicate of itself$/}],
        ['duplicate of a missing request', 'new', {action: 'duplicate', of: 'r9'}, {}, {duplicateOf: /^there is no request r9$/}],
        ['duplicate of a duplicate', 'new', {action: 'duplicate', of: 'r3'}, {}, {duplicateOf: /^#3 is itself a duplicate of #2: mark this one/}],
        ['duplicate of an orphaned duplicate', 'new', {action: 'duplicate', of: 'r4'}, {}, {duplicateOf: /^#4 is itself a duplicate: mark/}],
        ['accept without an area', 'new', {action: 'accept'}, {area: null}, {area: /^choose an ownership area before accepting$/}],
        ['accept clearing the area', 'new', {action: 'accept', fields: {area: ''}}, {}, {area: /choose an ownership area/}],
        ['accept with bad fields', 'new', {action: 'accept', fields: {priority: 'urgent', category: 'x'}, note: 'n'.repeat(1001)}, {}, {priority: /not a priority/, category: /not a category/, note: /keep it to 1000/}],
        ['set with a bad area', 'accepted', {action: 'set', fields: {area: 'moon'}}, {}, {area: /"moon" is not an ownership area/}],
        ['set changing nothing', 'accepted', {action: 'set', fields: {priority: 'P3', area: 'cloud'}}, {}, {fields: /^nothing to change/}],
        ['done with a long note', 'accepted', {action: 'done', note: 'n'.repeat(1001)}, {}, {note: /keep it to 1000/}],
        ['reopen with a long reason', 'done', {action: 'reopen', reason: 'n'.repeat(1001)}, {}, {reason: /keep it to 1000/}],
    ])('names the field: %s', (_, from, decision, over, fields) => {
        const result = run(from, decision, over);
        const error = result.ok ? {} : result.error;
        expect(Object.keys(error).sort()).toEqual(Object.keys(fields).sort());
        for (const [field, message] of Object.entries(fields)) {
            expect(error[field]).toMatch(message);
        }
    });

    it('accepts with the triage fields, stamps triagedAt and records the decision', () => expect(
        run('new', {action: 'accept', fields: {priority: '2', category: 'Automation', area: 'community', owner: BOB}, note: ' next sprint '}, {area: null}),
    ).toEqual({ok: true, value: {
        request: request({status: 'accepted', priority: 'p2', category: 'automation', area: 'community', owner: BOB, triagedAt: NOW}),
        event: {kind: 'accepted', data: {priority: 'p2', category: 'automation', area: 'community', ownerUsername: 'bob', note: 'next sprint'}},
    }}));

    it('declines with the reason and closes', () => expect(run('new', {action: 'decline', reason: ' Not ours '})).toMatchObject({ok: true, value: {
        request: {status: 'declined', declineReason: 'Not ours', triagedAt: NOW, closedAt: NOW}, event: {kind: 'declined', data: {reason: 'Not ours'}},
    }}));

    it('marks a duplicate by id and keeps the first triage time', () => {
        const triagedAt = new Date('2025-03-10T12:00:00Z');
        expect(run('accepted', {action: 'duplicate', of: ' r2 '}, {triagedAt})).toMatchObject({ok: true, value: {
            request: {status: 'duplicate', duplicateOf: 'r2', triagedAt, closedAt: NOW}, event: {kind: 'marked_duplicate', data: {duplicateOf: 'r2', duplicateOfNumber: 2}},
        }});
    });

    it.each<[string, Partial<TriageRequest>, string]>([['makes the starter the owner', {}, 'alice'], ['keeps an owner', {owner: BOB}, 'bob']])(
        'start %s', (_, over, username) => expect(run('accepted', {action: 'start'}, over)).toMatchObject({ok: true, value: {
            request: {status: 'in_progress', owner: {username}}, event: {kind: 'started', data: {ownerUsername: username}},
        }}));

    it('reopens done work as accepted and keeps its triage', () => expect(run('done', {action: 'reopen', reason: 'regressed'}, {triagedAt: NOW, closedAt: NOW}))
        .toMatchObject({ok: true, value: {request: {status: 'accepted', triagedAt: NOW, closedAt: null}, event: {kind: 'reopened', data: {from: 'done', to: 'accepted', reason: 'regressed'}}}}));

    it.each<[TriageStatus, Partial<TriageRequest>]>([['declined', {declineReason: 'no'}], ['duplicate', {duplicateOf: 'r2'}]])(
        'reopens %s as new and untriaged', (from, over) => expect(run(from, {action: 'reopen'}, {...over, triagedAt: NOW, closedAt: NOW}))
            .toMatchObject({ok: true, value: {request: {status: 'new', triagedAt: null, closedAt: null, declineReason: null, duplicateOf: null}}}));

    it('records only what a set changed', () => expect(run('accepted', {action: 'set', fields: {priority: 'p3', owner: BOB, labels: ['db', 'Api'], quarter: ''}}))
        .toMatchObject({ok: true, value: {event: {kind: 'fields_changed', data: {changes: [
            {field: 'owner', from: '', to: 'bob'}, {field: 'labels', from: '', to: 'db, api'},
        ]}}}}));
});
