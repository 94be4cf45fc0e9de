import {eq} from 'drizzle-orm';
import type {Database} from './database.js';
import {sreMembers} from './schema.js';

// Adds, never removes: once running, the table (not the environment) says who is an SRE.
export async function seedSreMembers(db: Database, usernames: readonly string[]): Promise<void> {
    if (usernames.length === 0) {
        return;
    }
    await db.insert(sreMembers).values(usernames.map((username) => ({username}))).onConflictDoNothing();
}

export async function isSreMember(db: Database, username: string): Promise<boolean> {
    const rows = await db.select({username: sreMembers.username}).from(sreMembers).where(eq(sreMembers.username, username.toLowerCase())).limit(1);
    return rows.length > 0;
}
