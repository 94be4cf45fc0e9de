import {triageRequest} from '../../test_support/triage';

import {byPriorityAndAge, countByStatus, filterQueue, findDuplicates, NO_FILTER, UNOWNED, walkOrder} from './triage_order';

const r = (id: string, over: Parameters<typeof triageRequest>[0] = {}) => triageRequest({id, number: Number(id.slice(1)), ...over});
const ids = (list: {id: string}[]) => list.map((x) => x.id);

it('sorts by priority, then oldest first', () => {
    const list = [r('r1', {priority: 'p3', createdAt: '2025-01-02T00:00:00Z'}), r('r2', {priority: 'p1', createdAt: '2025-01-05T00:00:00Z'}),
        r('r3', {priority: 'p3', createdAt: '2025-01-01T00:00:00Z'})];
    expect(ids(byPriorityAndAge(list))).toEqual(['r2', 'r3', 'r1']);
});

it('walks new requests only, SLA breaches first, each oldest first', () => {
    const list = [r('r1', {createdAt: '2025-01-01T00:00:00Z'}), r('r2', {createdAt: '2025-01-03T00:00:00Z', slaBreaches: ['untriaged_p1']}),
        r('r3', {status: 'accepted', slaBreaches: ['untriaged_too_long']}), r('r4', {createdAt: '2025-01-02T00:00:00Z', slaBreaches: ['untriaged_too_long']})];
    expect(ids(walkOrder(list))).toEqual(['r4', 'r2', 'r1']);
});

it.each<[string, Partial<typeof NO_FILTER>, string[]]>([
    ['nothing', {}, ['r1', 'r2', 'r3']],
    ['status', {status: 'accepted'}, ['r2']],
    ['owner', {owner: 'u1'}, ['r2']],
    ['no owner', {owner: UNOWNED}, ['r1', 'r3']],
    ['category and priority', {category: 'security', priority: 'p1'}, ['r3']],
    ['area', {area: 'cloud'}, ['r1']],
])('filters by %s', (_n, f, expected) => {
    const list = [r('r1', {area: 'cloud'}), r('r2', {status: 'accepted', owner: {id: 'u1', username: 'bob'}}), r('r3', {category: 'security', priority: 'p1'})];
    expect(ids(filterQueue(list, {...NO_FILTER, ...f}))).toEqual(expected);
});

it('counts every status', () => {
    expect(countByStatus([r('r1'), r('r2'), r('r3', {status: 'done'})])).toEqual({new: 2, accepted: 0, in_progress: 0, done: 1, declined: 0, duplicate: 0});
});

it.each<[string, string[]]>([['#1', ['r1', 'r12']], ['tls', ['r12']], ['', []], ['nothing like it', []]])('finds duplicates of %p', (q, expected) => {
    const list = [r('r1', {title: 'Disk full'}), r('r12', {title: 'Rotate TLS'}), r('r5', {title: 'TLS', status: 'duplicate'}), r('r10', {title: 'TLS again'})];
    expect(ids(findDuplicates(list, q, 'r10'))).toEqual(expected);
});
