import {expect, it} from 'vitest';
import {describeStoredTriageEvent, describeTriageEvent, TRIAGE_EVENT_KINDS, type TriageEvent} from './triage_events.js';

const CASES: [TriageEvent, string][] = [
    [{kind: 'created', data: {title: 'Need a\nbucket', priority: 'p3', category: 'ktlo', requesterUsername: 'carol'}}, 'Requested by @carol: "Need a bucket"'],
    [{kind: 'accepted', data: {priority: 'p2', category: 'automation', area: 'internal_platform', ownerUsername: 'bob', note: 'next sprint'}},
        'Accepted as P2 · Automation · Internal Cloud Platform, owner @bob: next sprint'],
    [{kind: 'accepted', data: {priority: 'p1', category: 'security', area: 'cloud', ownerUsername: '', note: ''}}, 'Accepted as P1 · Security · Cloud user-facing services, owner nobody'],
    [{kind: 'declined', data: {reason: 'Not ours'}}, 'Declined: Not ours'],
    [{kind: 'marked_duplicate', data: {duplicateOf: 'r2', duplicateOfNumber: 2}}, 'Marked as a duplicate of #2'],
    [{kind: 'started', data: {ownerUsername: 'alice'}}, 'Work started by @alice'],
    [{kind: 'done', data: {note: ''}}, 'Done'],
    [{kind: 'reopened', data: {from: 'declined', to: 'new', reason: 'asked again'}}, 'Reopened (was declined, now new): asked again'],
    [{kind: 'fields_changed', data: {changes: [{field: 'priority', from: 'p3', to: 'p1'}, {field: 'owner', from: '', to: 'bob'}]}}, 'Changed priority from p3 to p1, owner from none to bob'],
];

it('covers every kind', () => expect([...new Set(CASES.map(([e]) => e.kind))].sort()).toEqual([...TRIAGE_EVENT_KINDS].sort()));
it.each(CASES)('describes %o', (event, text) => expect(describeTriageEvent(event)).toBe(text));

it.each<[string, unknown, string]>([
    ['declined', {}, 'Declined: ?'],
    ['fields_changed', {changes: [{field: 'x'}, 'junk']}, 'Changed '],
    ['started', null, 'Work started by @?'],
    ['exploded', {}, 'Unknown event exploded'],
])('describes a stored %s row without trusting it', (kind, data, text) => expect(describeStoredTriageEvent(kind, data)).toBe(text));
