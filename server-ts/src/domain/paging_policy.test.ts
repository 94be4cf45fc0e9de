import {describe, expect, it} from 'vitest';
import type {EscalationPolicyBody} from '../contract/paging.js';
import {directPolicy, schedulesIn, usersIn, validatePolicy, type NamedPolicy} from './paging_policy.js';

const body = (over: Partial<EscalationPolicyBody> = {}): EscalationPolicyBody => ({
    name: 'Cloud user-facing', repeat: 1,
    steps: [{notify: {schedule: 'sched-primary'}, waitMinutes: 5}, {notify: {users: ['@Erin', 'dave', 'erin']}, waitMinutes: 10}],
    ...over,
});

describe('validatePolicy', () => {
    it.each<[string, Partial<EscalationPolicyBody>, NamedPolicy]>([
        ['a schedule then users, names cleaned and deduplicated', {}, {name: 'Cloud user-facing', repeat: 1,
            steps: [{notify: {schedule: 'sched-primary'}, waitMinutes: 5}, {notify: {users: ['erin', 'dave']}, waitMinutes: 10}]}],
        ['repeat left out means once through', {repeat: undefined, name: '  Night   shift '}, {name: 'Night shift', repeat: 0,
            steps: [{notify: {schedule: 'sched-primary'}, waitMinutes: 5}, {notify: {users: ['erin', 'dave']}, waitMinutes: 10}]}],
        ['the limits themselves', {repeat: 10, steps: [{notify: {users: ['bob']}, waitMinutes: 1440}]},
            {name: 'Cloud user-facing', repeat: 10, steps: [{notify: {users: ['bob']}, waitMinutes: 1440}]}],
    ])('accepts %s', (_what, over, policy) => expect(validatePolicy(body(over))).toEqual({ok: true, value: policy}));

    it.each<[string, Partial<EscalationPolicyBody>, string[]]>([
        ['no name', {name: '  '}, ['name']],
        ['no steps', {steps: []}, ['steps']],
        ['eleven steps', {steps: Array.from({length: 11}, () => ({notify: {users: ['bob']}, waitMinutes: 5}))}, ['steps']],
        ['repeat out of range', {repeat: 11}, ['repeat']],
        ['repeat not whole', {repeat: 0.5}, ['repeat']],
        ['a zero wait', {steps: [{notify: {users: ['bob']}, waitMinutes: 0}]}, ['steps[0].waitMinutes']],
        ['a fractional wait', {steps: [{notify: {users: ['bob']}, waitMinutes: 2.5}]}, ['steps[0].waitMinutes']],
        ['both a schedule and users', {steps: [{notify: {schedule: 's', users: ['bob']}, waitMinutes: 5}]}, ['steps[0].notify']],
        ['neither', {steps: [{notify: {schedule: ' ', users: []}, waitMinutes: 5}]}, ['steps[0].notify']],
        ['a bad username', {steps: [{notify: {users: ['Bob Smith']}, waitMinutes: 5}]}, ['steps[0].notify.users']],
        ['too many users', {steps: [{notify: {users: Array.from({length: 21}, (_, i) => `u${i}`)}, waitMinutes: 5}]}, ['steps[0].notify.users']],
        ['every problem at once', {name: '', repeat: -1, steps: [{notify: {}, waitMinutes: -5}]}, ['name', 'repeat', 'steps[0].notify', 'steps[0].waitMinutes']],
    ])('refuses %s, naming the fields', (_what, over, fields) => {
        const result = validatePolicy(body(over));
        expect(result.ok ? [] : Object.keys(result.error).sort()).toEqual(fields.sort());
    });
});

it('pages a schedule or a person directly with one step, waited and repeated as configured', () => {
    expect(directPolicy({users: ['bob']}, {ackMinutes: 5, repeat: 2})).toEqual({steps: [{notify: {users: ['bob']}, waitMinutes: 5}], repeat: 2});
});

it('says where each schedule and user sits, for the checks against the world', () => {
    const policy = {repeat: 0, steps: [{notify: {users: ['bob']}, waitMinutes: 5}, {notify: {schedule: 's1'}, waitMinutes: 5}]};
    expect(schedulesIn(policy)).toEqual([{id: 's1', field: 'steps[1].notify.schedule'}]);
    expect(usersIn(policy)).toEqual([{usernames: ['bob'], field: 'steps[0].notify.users'}]);
});
