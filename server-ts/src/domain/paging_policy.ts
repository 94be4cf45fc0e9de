import type {EscalationPolicyBody, PolicyNotify, PolicyStep} from '../contract/paging.js';
import {err, ok, type Result} from './result.js';

export type {PolicyNotify, PolicyStep} from '../contract/paging.js';

// What a page walks: the steps in order, then the whole list `repeat` more times.
export type Policy = {steps: PolicyStep[]; repeat: number};
export type NamedPolicy = Policy & {name: string};
export type FieldErrors = Record<string, string>;

export const POLICY_LIMITS = {name: 80, steps: 10, usersPerStep: 20, waitMinutes: 24 * 60, repeat: 10} as const;
// Mattermost usernames: lower case letters, digits, '.', '_' and '-'.
const USERNAME = /^[a-z0-9._-]{1,22}$/;

export const normalizeUsername = (raw: string): string => raw.trim().replace(/^@/, '').toLowerCase();

const isWholeIn = (n: number, min: number, max: number) => Number.isInteger(n) && n >= min && n <= max;

function checkNotify(raw: EscalationPolicyBody['steps'][number]['notify'], at: string, problems: FieldErrors): PolicyNotify | null {
    const schedule = raw.schedule?.trim() ?? '';
    const users = raw.users ?? [];
    if ((schedule === '') === (users.length === 0)) {
        problems[`${at}.notify`] = 'notify either a schedule (its on-call) or a list of users, not both and not neither';
        return null;
    }
    if (schedule !== '') {
        return {schedule};
    }
    const names = [...new Set(users.map(normalizeUsername))];
    const bad = names.filter((n) => !USERNAME.test(n));
    if (bad.length > 0) {
        problems[`${at}.notify.users`] = `not a Mattermost username: ${bad.map((n) => `"${n}"`).join(', ')}`;
    } else if (names.length > POLICY_LIMITS.usersPerStep) {
        problems[`${at}.notify.users`] = `${names.length} users: keep a step to ${POLICY_LIMITS.usersPerStep}`;
    }
    return {users: names};
}

function checkSteps(steps: EscalationPolicyBody['steps'], problems: FieldErrors): PolicyStep[] {
    if (steps.length === 0 || steps.length > POLICY_LIMITS.steps) {
        problems.steps = `give the policy 1 to ${POLICY_LIMITS.steps} steps (it has ${steps.length})`;
    }
    return steps.flatMap((step, i) => {
        const at = `steps[${i}]`;
        if (!isWholeIn(step.waitMinutes, 1, POLICY_LIMITS.waitMinutes)) {
            problems[`${at}.waitMinutes`] = `wait a whole number of minutes from 1 to ${POLICY_LIMITS.waitMinutes} (got ${step.waitMinutes})`;
        }
        const notify = checkNotify(step.notify, at, problems);
        return notify === null ? [] : [{notify, waitMinutes: step.waitMinutes}];
    });
}

// Every bad field at once, named by its path; schedules and users are checked against the world by the service.
export function validatePolicy(input: EscalationPolicyBody): Result<NamedPolicy, FieldErrors> {
    const problems: FieldErrors = {};
    const name = input.name.trim().replace(/\s+/g, ' ');
    if (name === '' || name.length > POLICY_LIMITS.name) {
        problems.name = `give the policy a name of 1 to ${POLICY_LIMITS.name} characters`;
    }
    const repeat = input.repeat ?? 0;
    if (!isWholeIn(repeat, 0, POLICY_LIMITS.repeat)) {
        problems.repeat = `repeat the steps 0 to ${POLICY_LIMITS.repeat} more times (got ${repeat})`;
    }
    const steps = checkSteps(input.steps, problems);
    return Object.keys(problems).length === 0 ? ok({name, steps, repeat}) : err(problems);
}

// Paging a schedule or a person directly: one step, waited out and repeated as configured.
export const directPolicy = (notify: PolicyNotify, defaults: {ackMinutes: number; repeat: number}): Policy =>
    ({steps: [{notify, waitMinutes: defaults.ackMinutes}], repeat: defaults.repeat});

// Where each schedule and each named user sits in a policy, for the service's checks against the world.
export const schedulesIn = (policy: Policy): {id: string; field: string}[] =>
    policy.steps.flatMap((s, i) => ('schedule' in s.notify ? [{id: s.notify.schedule, field: `steps[${i}].notify.schedule`}] : []));

export const usersIn = (policy: Policy): {usernames: string[]; field: string}[] =>
    policy.steps.flatMap((s, i) => ('users' in s.notify ? [{usernames: s.notify.users, field: `steps[${i}].notify.users`}] : []));
