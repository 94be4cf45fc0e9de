import {describe, expect, it} from 'vitest';
import type {TriagePriority} from '../contract/summary.js';
import type {SlaRule, TriageStatus} from '../contract/triage.js';
import {formatAge, isUntriaged, nextSlaChange, slaBreaches, slaRulesFor} from './triage_sla.js';
import type {QueueItem} from './triage_queue.js';

const NOW = new Date('2025-03-11T08:00:00Z');
const H = 3_600_000;
const item = (number: number, priority: TriagePriority, ageMs: number, status: TriageStatus = 'new'): QueueItem => ({
    id: `r${number}`, number, priority, status, category: 'ktlo', area: null, owner: null, createdAt: new Date(NOW.getTime() - ageMs),
});

describe('slaRulesFor', () => {
    it.each<[string, QueueItem, SlaRule[]]>([
        ['P1 exactly 4 h old is within', item(1, 'p1', 4 * H), []],
        ['P1 4 h and 1 ms old breaches', item(1, 'p1', 4 * H + 1), ['untriaged_p1']],
        ['P2 5 h old is fine', item(1, 'p2', 5 * H), []],
        ['anything exactly 7 d old is within', item(1, 'p3', 7 * 24 * H), []],
        ['7 d and 1 ms breaches', item(1, 'p4', 7 * 24 * H + 1), ['untriaged_too_long']],
        ['an old P1 breaks both', item(1, 'p1', 8 * 24 * H), ['untriaged_p1', 'untriaged_too_long']],
        ['triaged requests never breach', item(1, 'p1', 30 * 24 * H, 'accepted'), []],
        ['nor do declined ones', item(1, 'p1', 30 * 24 * H, 'declined'), []],
        ['created in the future (clock skew) is fine', item(1, 'p1', -H), []],
    ])('%s', (_, request, rules) => expect(slaRulesFor(request, NOW)).toEqual(rules));

    it('takes thresholds from config', () => {
        const thresholds = {untriagedP1Hours: 1, untriagedDays: 2};
        expect(slaRulesFor(item(1, 'p1', 2 * H), NOW, thresholds)).toEqual(['untriaged_p1']);
        expect(slaRulesFor(item(1, 'p3', 3 * 24 * H), NOW, thresholds)).toEqual(['untriaged_too_long']);
    });
});

it('lists breaches most urgent first, each with why', () => {
    const breaches = slaBreaches([item(1, 'p3', 9 * 24 * H), item(2, 'p1', 5 * H), item(3, 'p1', 3 * H), item(4, 'p1', 10 * 24 * H)], NOW);
    expect(breaches.map((b) => [b.request.number, b.why])).toEqual([
        [4, ['P1 untriaged for 10 d (limit 4 h)', 'untriaged for 10 d (limit 7 d)']],
        [2, ['P1 untriaged for 5 h (limit 4 h)']],
        [1, ['untriaged for 9 d (limit 7 d)']],
    ]);
});

it.each<[TriageStatus, boolean]>([['new', true], ['accepted', false], ['in_progress', false], ['done', false], ['declined', false], ['duplicate', false]])(
    '%s is untriaged: %s', (status, expected) => expect(isUntriaged({status})).toBe(expected));

it.each<[number, string]>([[0, '0 min'], [59 * 60_000, '59 min'], [H, '1 h'], [47 * H, '47 h'], [48 * H, '2 d'], [-5, '0 min']])(
    'formats %i ms as %s', (ms, text) => expect(formatAge(ms)).toBe(text));

describe('nextSlaChange', () => {
    const at = (ms: number) => new Date(NOW.getTime() + ms);
    it.each<[string, QueueItem[], Date | null]>([
        ['nothing untriaged: never', [item(1, 'p1', H, 'accepted')], null],
        ['a 3 h old P1 turns red 1 h and 1 ms from now', [item(1, 'p1', 3 * H), item(2, 'p3', 6 * 24 * H)], at(H + 1)],
        ['a breached P1 next changes at its 7-day limit', [item(1, 'p1', 5 * H)], at(7 * 24 * H - 5 * H + 1)],
        ['a P3 changes only at 7 days', [item(1, 'p3', 6 * 24 * H)], at(24 * H + 1)],
        ['exactly at the limit, the change is 1 ms away', [item(1, 'p1', 4 * H)], at(1)],
        ['past every limit: never again', [item(1, 'p1', 8 * 24 * H)], null],
    ])('%s', (_, requests, expected) => expect(nextSlaChange(requests, NOW)).toEqual(expected));

    it('agrees with slaRulesFor just before and at the change', () => {
        const requests = [item(1, 'p1', 3 * H), item(2, 'p2', 6 * 24 * H), item(3, 'p1', 2 * H)];
        const change = nextSlaChange(requests, NOW);
        const marks = (when: Date) => requests.map((r) => slaRulesFor(r, when).join());
        expect(change).not.toBeNull();
        expect(marks(new Date((change?.getTime() ?? 0) - 1))).toEqual(marks(NOW));
        expect(marks(change ?? NOW)).not.toEqual(marks(NOW));
    });
});
