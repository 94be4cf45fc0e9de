import type {RitualSeed} from '../domain/ritual_seeds.js';
import type {Database} from './database.js';
import {rituals} from './schema.js';

// Safe on every start and from several instances at once: an existing slug is left as the team edited it.
export async function seedRituals(db: Database, seeds: readonly RitualSeed[], timeZone: string): Promise<void> {
    if (seeds.length === 0) {
        return;
    }
    await db.insert(rituals).values(seeds.map((s) => ({...s, timeZone}))).onConflictDoNothing({target: rituals.slug});
}
