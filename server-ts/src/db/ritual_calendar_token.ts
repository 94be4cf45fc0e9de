import {and, eq} from 'drizzle-orm';
import type {Database} from './database.js';
import {loadSecret} from './signing_secret.js';
import {secrets, secretToken} from './schema.js';

// The one feed of every ritual has one token; it is a secret like the signing secret, so it lives beside it.
const NAME = 'RITUAL_CALENDAR_TOKEN';

// Made by the first ask (of any instance); the others read the winner's.
export const ritualCalendarToken = (db: Database): Promise<string> => loadSecret(db, NAME, secretToken);

// A new token: every earlier subscription stops working at once.
export async function regenerateRitualCalendarToken(db: Database): Promise<string> {
    const [row] = await db.insert(secrets).values({name: NAME, value: secretToken()})
        .onConflictDoUpdate({target: secrets.name, set: {value: secretToken()}}).returning({value: secrets.value});
    if (!row) {
        throw new Error('upsert into secrets returned no row');
    }
    return row.value;
}

// Whether `token` opens the ritual feed (compared in the database, as the schedule feeds' tokens are).
export async function isRitualCalendarToken(db: Database, token: string): Promise<boolean> {
    const rows = await db.select({name: secrets.name}).from(secrets).where(and(eq(secrets.name, NAME), eq(secrets.value, token)));
    return rows.length > 0;
}
