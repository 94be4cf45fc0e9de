import {asc, eq} from 'drizzle-orm';
import type {NamedPolicy} from '../domain/paging_policy.js';
import type {Database} from './database.js';
import {escalationPolicies} from './schema.js';
import {isUuid} from '../domain/uuid.js';

export type PolicyRow = typeof escalationPolicies.$inferSelect;

export const listPolicies = (db: Database): Promise<PolicyRow[]> =>
    db.select().from(escalationPolicies).orderBy(asc(escalationPolicies.name));

export async function findPolicy(db: Database, id: string): Promise<PolicyRow | null> {
    if (!isUuid(id)) {
        return null;
    }
    const [row] = await db.select().from(escalationPolicies).where(eq(escalationPolicies.id, id));
    return row ?? null;
}

// 'name_taken': names are unique, so `/sre page` and the sidebar can name a policy.
export async function insertPolicy(db: Database, policy: NamedPolicy, at: Date): Promise<PolicyRow | 'name_taken'> {
    const [row] = await db.insert(escalationPolicies).values({...policy, createdAt: at, updatedAt: at}).onConflictDoNothing().returning();
    return row ?? 'name_taken';
}

// null: no such policy. Pages already raised keep the copy of the policy they were raised with.
export async function updatePolicy(db: Database, id: string, policy: NamedPolicy, at: Date): Promise<PolicyRow | null | 'name_taken'> {
    if (!isUuid(id)) {
        return null;
    }
    const [other] = await db.select({id: escalationPolicies.id}).from(escalationPolicies).where(eq(escalationPolicies.name, policy.name));
    if (other !== undefined && other.id !== id) {
        return 'name_taken';
    }
    const [row] = await db.update(escalationPolicies).set({...policy, updatedAt: at}).where(eq(escalationPolicies.id, id)).returning();
    return row ?? null;
}
