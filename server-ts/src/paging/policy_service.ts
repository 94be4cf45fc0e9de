import type {EscalationPolicyBody, EscalationPolicyView} from '../contract/paging.js';
import {findPolicy, insertPolicy, listPolicies, updatePolicy, type PolicyRow} from '../db/page_policies.js';
import {schedulesIn, usersIn, validatePolicy, type NamedPolicy} from '../domain/paging_policy.js';
import {err, ok, type Result} from '../domain/result.js';
import {unknownUsernames} from './page_targets.js';
import {nowOf, type Actor, type FieldErrors, type PagingDeps} from './paging_deps.js';

// Errors name the field ("steps[1].notify.users"); '_' carries 'not_found' or 'forbidden: …'.
export type PolicyService = {
    list(): Promise<EscalationPolicyView[]>;
    get(id: string): Promise<EscalationPolicyView | null>;
    create(body: EscalationPolicyBody, actor: Actor): Promise<Result<EscalationPolicyView, FieldErrors>>;
    replace(id: string, body: EscalationPolicyBody, actor: Actor): Promise<Result<EscalationPolicyView, FieldErrors>>;
};

export const policyView = (row: PolicyRow): EscalationPolicyView =>
    ({id: row.id, name: row.name, steps: row.steps, repeat: row.repeat, updatedAt: row.updatedAt.toISOString()});

const NAME_TAKEN = {name: 'another escalation policy has this name'};

// The domain checks the shape; this checks the world: every schedule exists, every user is a Mattermost user.
async function checked(deps: PagingDeps, body: EscalationPolicyBody, actor: Actor): Promise<Result<NamedPolicy, FieldErrors>> {
    if (!await deps.isSre(actor)) {
        return err({_: 'forbidden: only SREs change escalation policies'});
    }
    const valid = validatePolicy(body);
    if (!valid.ok) {
        return valid;
    }
    const problems: FieldErrors = {};
    const now = nowOf(deps);
    for (const {id, field} of schedulesIn(valid.value)) {
        if (await deps.oncallUsers(id, now) === null) {
            problems[field] = `no on-call schedule has the id "${id}"`;
        }
    }
    for (const {usernames, field} of usersIn(valid.value)) {
        const unknown = await unknownUsernames(deps, usernames);
        if (!unknown.ok) {
            return unknown;
        }
        if (unknown.value.length > 0) {
            problems[field] = `not Mattermost users: ${unknown.value.map((u) => `"${u}"`).join(', ')}`;
        }
    }
    return Object.keys(problems).length === 0 ? valid : err(problems);
}

export function createPolicyService(deps: PagingDeps): PolicyService {
    return {
        list: async () => (await listPolicies(deps.db)).map(policyView),
        get: async (id) => {
            const row = await findPolicy(deps.db, id);
            return row === null ? null : policyView(row);
        },
        create: async (body, actor) => {
            const policy = await checked(deps, body, actor);
            if (!policy.ok) {
                return policy;
            }
            const row = await insertPolicy(deps.db, policy.value, nowOf(deps));
            return row === 'name_taken' ? err(NAME_TAKEN) : ok(policyView(row));
        },
        replace: async (id, body, actor) => {
            const policy = await checked(deps, body, actor);
            if (!policy.ok) {
                return policy;
            }
            const row = await updatePolicy(deps.db, id, policy.value, nowOf(deps));
            return row === null ? err({_: 'not_found'}) : row === 'name_taken' ? err(NAME_TAKEN) : ok(policyView(row));
        },
    };
}
