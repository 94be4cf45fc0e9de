import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import type {TriagePriority} from '../contract/summary.js';
import type {TriageQueueQuery} from '../contract/triage.js';
import {TRIAGE_CATEGORIES, TRIAGE_PRIORITIES, TRIAGE_STATUSES, OWNERSHIP_AREAS} from './triage_fields.js';
import {compareQueue, filterQueue, parseQueueFilter, sortQueue, type QueueFilter, type QueueItem} from './triage_queue.js';

const BOB = {id: 'u-bob', username: 'bob'};
const at = (day: number) => new Date(Date.UTC(2025, 2, day));
const ITEMS: QueueItem[] = [
    {id: 'a', number: 1, priority: 'p3', createdAt: at(1), status: 'new', category: 'ktlo', area: null, owner: null},
    {id: 'b', number: 2, priority: 'p1', createdAt: at(5), status: 'accepted', category: 'reliability', area: 'cloud', owner: BOB},
    {id: 'c', number: 3, priority: 'p1', createdAt: at(2), status: 'new', category: 'security', area: 'cloud', owner: null},
    {id: 'd', number: 4, priority: 'p2', createdAt: at(3), status: 'done', category: 'automation', area: 'community', owner: BOB},
    {id: 'e', number: 5, priority: 'p3', createdAt: at(1), status: 'in_progress', category: 'ktlo', area: 'internal_platform', owner: BOB},
];
const ids = (items: QueueItem[]) => items.map((i) => i.id).join('');

it('sorts by priority, then oldest first, then number', () => expect(ids(sortQueue(ITEMS))).toBe('cbdae'));
it('does not reorder its input', () => {
    sortQueue(ITEMS);
    expect(ids(ITEMS)).toBe('abcde');
});

describe('filterQueue', () => {
    it.each<[string, QueueFilter, string]>([
        ['nothing', {}, 'abcde'],
        ['status', {status: ['new']}, 'ac'],
        ['several statuses', {status: ['new', 'in_progress']}, 'ace'],
        ['category', {category: ['ktlo']}, 'ae'],
        ['priority', {priority: ['p1']}, 'bc'],
        ['area', {area: ['cloud']}, 'bc'],
        ['no area', {area: [null]}, 'a'],
        ['owner', {owner: ['u-bob']}, 'bde'],
        ['unowned', {owner: [null]}, 'ac'],
        ['combined', {status: ['new', 'accepted'], priority: ['p1'], owner: [null]}, 'c'],
        ['an empty list matches nothing', {status: []}, ''],
    ])('by %s', (_, filter, expected) => expect(ids(filterQueue(ITEMS, filter))).toBe(expected));

    it('keeps a sorted list sorted when it filters', () => expect(ids(filterQueue(sortQueue(ITEMS), {owner: ['u-bob']}))).toBe('bde'));
});

describe('parseQueueFilter', () => {
    it('reads comma lists, names and "none"', () => expect(parseQueueFilter({status: 'new, in_progress', category: 'Security,ktlo', priority: 'P1,2', area: 'none,cloud', owner: 'u-bob,none'}))
        .toEqual({ok: true, value: {status: ['new', 'in_progress'], category: ['security', 'ktlo'], priority: ['p1', 'p2'], area: [null, 'cloud'], owner: ['u-bob', null]}}));
    it('treats missing and empty as no filter', () => expect(parseQueueFilter({status: ''})).toEqual({ok: true, value: {status: undefined, category: undefined, priority: undefined, area: undefined, owner: undefined}}));
    it.each<[TriageQueueQuery, string]>([[{status: 'open'}, 'status'], [{category: 'x'}, 'category'], [{priority: 'p9'}, 'priority'], [{area: 'mars'}, 'area']])(
        'names a bad %o', (query, field) => expect(parseQueueFilter(query)).toMatchObject({ok: false, error: {[field]: expect.stringContaining('is not a') as unknown}}));
});

const arbitraryItem = fc.record({
    id: fc.uuid(), number: fc.integer({min: 1, max: 100}),
    priority: fc.constantFrom<TriagePriority>(...TRIAGE_PRIORITIES),
    createdAt: fc.date({min: at(1), max: at(3), noInvalidDate: true}),
    status: fc.constantFrom(...TRIAGE_STATUSES), category: fc.constantFrom(...TRIAGE_CATEGORIES),
    area: fc.constantFrom(null, ...OWNERSHIP_AREAS), owner: fc.constantFrom(null, BOB),
});

it('sorted output is an ordered permutation of the input', () => {
    fc.assert(fc.property(fc.array(arbitraryItem, {maxLength: 200}), (items) => {
        const sorted = sortQueue(items);
        expect([...sorted].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...items].sort((a, b) => a.id.localeCompare(b.id)));
        sorted.slice(1).forEach((item, i) => expect(compareQueue(sorted[i] ?? item, item)).toBeLessThanOrEqual(0));
    }), {numRuns: 300});
});

it('filtered output keeps exactly the matching items', () => {
    fc.assert(fc.property(fc.array(arbitraryItem, {maxLength: 100}), fc.subarray([...TRIAGE_STATUSES]), (items, status) => {
        const kept = filterQueue(items, {status});
        expect(kept).toEqual(items.filter((i) => status.includes(i.status)));
    }), {numRuns: 200});
});
