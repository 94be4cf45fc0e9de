import type {NewPageBody} from '../contract/paging.js';
import {findPolicy} from '../db/page_policies.js';
import {scheduleNames} from '../db/page_rows.js';
import type {StoredPageTarget} from '../db/schema.js';
import {directPolicy, normalizeUsername, type Policy} from '../domain/paging_policy.js';
import {err, ok, type Result} from '../domain/result.js';
import {UNREACHABLE, type FieldErrors, type PagingDeps} from './paging_deps.js';

export type ResolvedTarget = {target: StoredPageTarget; policy: Policy};

const USERNAME = /^[a-z0-9._-]{1,22}$/;

// The usernames among `names` that Mattermost does not know; an error when Mattermost did not answer.
export async function unknownUsernames(deps: Pick<PagingDeps, 'bot'>, names: readonly string[]): Promise<Result<string[], FieldErrors>> {
    if (names.length === 0) {
        return ok([]);
    }
    const found = await deps.bot.getUsersByUsernames([...names]);
    if (!found.ok) {
        return err({_: UNREACHABLE});
    }
    const known = new Set(found.value.map((u) => u.username.toLowerCase()));
    return ok(names.filter((n) => !known.has(n)));
}

// What a page asks for, as a stored target (with its name as of now) and the policy it walks.
export async function resolveTarget(deps: PagingDeps, raw: NewPageBody['target'], now: Date): Promise<Result<ResolvedTarget, FieldErrors>> {
    switch (raw.kind) {
    case 'schedule': {
        const id = raw.scheduleId?.trim() ?? '';
        const name = (await scheduleNames(deps.db)).find((s) => s.id === id)?.name;
        if (id === '' || name === undefined || await deps.oncallUsers(id, now) === null) {
            return err({'target.scheduleId': 'no such on-call schedule'});
        }
        return ok({target: {kind: 'schedule', scheduleId: id, name}, policy: directPolicy({schedule: id}, deps.defaults)});
    }
    case 'user': {
        const username = normalizeUsername(raw.username ?? '');
        const unknown = USERNAME.test(username) ? await unknownUsernames(deps, [username]) : ok([username]);
        if (!unknown.ok || unknown.value.length > 0) {
            return unknown.ok ? err({'target.username': `no Mattermost user is called "${username}"`}) : unknown;
        }
        return ok({target: {kind: 'user', username, name: `@${username}`}, policy: directPolicy({users: [username]}, deps.defaults)});
    }
    case 'policy': {
        const row = await findPolicy(deps.db, raw.policyId?.trim() ?? '');
        return row === null ? err({'target.policyId': 'no such escalation policy'}) :
            ok({target: {kind: 'policy', policyId: row.id, name: row.name}, policy: {steps: row.steps, repeat: row.repeat}});
    }
    default:
        return err({'target.kind': 'page a schedule, a user or a policy'});
    }
}

// Whom each step of the policy reaches at `now`: a schedule's on-call (nobody for a gap or a deleted schedule),
// or its named users.
export async function usersByStep(deps: Pick<PagingDeps, 'oncallUsers'>, policy: Policy, now: Date): Promise<string[][]> {
    return Promise.all(policy.steps.map(async (step) => {
        if ('users' in step.notify) {
            return step.notify.users;
        }
        return ((await deps.oncallUsers(step.notify.schedule, now)) ?? []).map(normalizeUsername);
    }));
}
