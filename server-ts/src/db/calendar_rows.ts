import {eq} from 'drizzle-orm';
import type {Database} from './database.js';
import type {ScheduleRecord} from './schedule_rows.js';
import {personCalendars, schedules, secretToken} from './schema.js';

export async function findScheduleByCalendarToken(db: Database, token: string): Promise<ScheduleRecord | null> {
    const [row] = await db.select().from(schedules).where(eq(schedules.calendarToken, token));
    return row ?? null;
}

// The username whose own feed the token opens.
export async function findPersonByCalendarToken(db: Database, token: string): Promise<string | null> {
    const [row] = await db.select({username: personCalendars.username}).from(personCalendars).where(eq(personCalendars.calendarToken, token));
    return row?.username ?? null;
}

// A person's token, made on first ask. Two first asks at once both get the one that was stored.
export async function personCalendarToken(db: Database, username: string): Promise<string> {
    await db.insert(personCalendars).values({username}).onConflictDoNothing({target: personCalendars.username});
    const [row] = await db.select({token: personCalendars.calendarToken}).from(personCalendars).where(eq(personCalendars.username, username));
    if (!row) {
        throw new Error(`person_calendars has no row for ${username} right after inserting it`);
    }
    return row.token;
}

// A new token for the person (made if they had none): the old URL stops working at once.
export async function regeneratePersonCalendarToken(db: Database, username: string): Promise<string> {
    const [row] = await db.insert(personCalendars).values({username})
        .onConflictDoUpdate({target: personCalendars.username, set: {calendarToken: secretToken()}})
        .returning({token: personCalendars.calendarToken});
    if (!row) {
        throw new Error('upsert into person_calendars returned no row');
    }
    return row.token;
}
