import {describe, expect, it} from 'vitest';
import type {Policy} from './paging_policy.js';
import {checkMove, dueAt, mayAct, mttaSeconds, nextPosition, planNext, positionsAfter, reach, type PageAction, type Plan, type Position} from './paging_state.js';

const NOW = new Date('2026-03-30T10:00:00Z');
const min = (m: number) => new Date(NOW.getTime() + m * 60_000);
// Two steps (primary on-call, then erin), the whole list twice.
const POLICY: Policy = {repeat: 1, steps: [{notify: {schedule: 's1'}, waitMinutes: 5}, {notify: {users: ['erin']}, waitMinutes: 10}]};
const p = (step: number, round: number): Position => ({step, round});

describe('positions', () => {
    it.each<[Position, Position | null]>([
        [p(0, 0), p(1, 0)],
        [p(1, 0), p(0, 1)],
        [p(0, 1), p(1, 1)],
        [p(1, 1), null],
    ])('after %o comes %o', (at, next) => expect(nextPosition(POLICY, at)).toEqual(next));

    it.each<[Policy, Position | null, Position[]]>([
        [POLICY, null, [p(0, 0), p(1, 0), p(0, 1), p(1, 1)]],
        [POLICY, p(1, 0), [p(0, 1), p(1, 1)]],
        [POLICY, p(1, 1), []],
        [{repeat: 2, steps: [{notify: {users: ['bob']}, waitMinutes: 5}]}, null, [p(0, 0), p(0, 1), p(0, 2)]],
        [{repeat: 0, steps: []}, null, []],
    ])('from %#: every position left in order', (policy, from, positions) => expect(positionsAfter(policy, from)).toEqual(positions));

    it('a step is due its wait after it started', () => expect(dueAt(POLICY, p(1, 0), NOW)).toEqual(min(10)));
});

describe('planNext', () => {
    it.each<[string, Position | null, string[][], Plan]>([
        ['raising reaches the on-call', null, [['bob'], ['erin']], {kind: 'notify', position: p(0, 0), users: ['bob'], skipped: 0, dueAt: min(5)}],
        ['a timeout moves to the next step', p(0, 0), [['bob'], ['erin']], {kind: 'notify', position: p(1, 0), users: ['erin'], skipped: 0, dueAt: min(10)}],
        ['the last step of a round starts the next round', p(1, 0), [['bob'], ['erin']], {kind: 'notify', position: p(0, 1), users: ['bob'], skipped: 0, dueAt: min(5)}],
        ['a gap in the schedule is skipped at once', null, [[], ['erin']], {kind: 'notify', position: p(1, 0), users: ['erin'], skipped: 1, dueAt: min(10)}],
        ['a gap at the start of the next round too', p(1, 0), [[], ['erin']], {kind: 'notify', position: p(1, 1), users: ['erin'], skipped: 1, dueAt: min(10)}],
        ['the last step of the last round exhausts the page', p(1, 1), [['bob'], ['erin']], {kind: 'exhausted', skipped: 0}],
        ['nobody anywhere exhausts it at once', null, [[], []], {kind: 'exhausted', skipped: 4}],
    ])('%s', (_what, from, users, plan) => expect(planNext(POLICY, from, users, NOW)).toEqual(plan));
});

describe('checkMove', () => {
    it.each<[string, 'paging' | 'acknowledged' | 'exhausted' | 'cancelled', Position, Position, ReturnType<typeof checkMove>]>([
        ['still there', 'paging', p(1, 0), p(1, 0), {ok: true, value: true}],
        ['moved on (a second timer, an old DM)', 'paging', p(0, 1), p(1, 0), {ok: false, error: 'moved'}],
        ['not there yet (a timer due before its move committed)', 'paging', p(1, 0), p(0, 1), {ok: false, error: 'ahead'}],
        ['not there yet, same round', 'paging', p(0, 0), p(1, 0), {ok: false, error: 'ahead'}],
        ['acknowledged meanwhile', 'acknowledged', p(1, 0), p(1, 0), {ok: false, error: 'not_paging'}],
        ['cancelled', 'cancelled', p(0, 0), p(0, 0), {ok: false, error: 'not_paging'}],
    ])('%s', (_what, status, position, expected, result) => expect(checkMove({status, position}, expected)).toEqual(result));
});

describe('mayAct', () => {
    const page = {notified: ['bob', 'erin'], createdBy: 'alice'};
    it.each<[string, boolean, PageAction, boolean]>([
        ['bob', false, 'acknowledge', true],
        ['erin', false, 'escalate', true],
        ['carol', true, 'acknowledge', true],
        ['alice', false, 'acknowledge', false],
        ['alice', false, 'escalate', true],
        ['alice', false, 'cancel', true],
        ['bob', false, 'cancel', false],
        ['carol', false, 'acknowledge', false],
        ['carol', false, 'escalate', false],
    ])('%s (SRE: %s) %s → %s', (username, isSre, action, allowed) => {
        const result = mayAct(page, {username, isSre}, action);
        expect(result.ok).toBe(allowed);
        expect(result.ok ? '' : result.error).toMatch(allowed ? /^$/ : /^forbidden: only /);
    });
});

it.each<[number, number]>([[0, 0], [65_400, 65], [125_000, 125], [-3000, 0]])('MTTA of %d ms is %d s', (ms, seconds) =>
    expect(mttaSeconds(NOW, new Date(NOW.getTime() + ms))).toBe(seconds));

it('keeps everyone reached, first reach first', () => expect(reach(['bob', 'erin'], ['dave', 'bob'])).toEqual(['bob', 'erin', 'dave']));
