import {and, asc, eq, sql} from 'drizzle-orm';
import type {Schedule} from '../contract/schedules.js';
import type {Database} from './database.js';
import {schedules, secretToken} from './schema.js';

export type ScheduleRecord = typeof schedules.$inferSelect;

export const listScheduleRecords = (db: Database): Promise<ScheduleRecord[]> =>
    db.select().from(schedules).orderBy(asc(schedules.name), asc(schedules.id));

export async function findScheduleRecord(db: Database, id: string): Promise<ScheduleRecord | null> {
    const [row] = await db.select().from(schedules).where(eq(schedules.id, id));
    return row ?? null;
}

const columnsOf = (s: Schedule) => ({name: s.name, timeZone: s.timeZone, definition: {layers: s.layers, overrides: s.overrides}});

export async function insertSchedule(db: Database, schedule: Schedule): Promise<ScheduleRecord> {
    const [row] = await db.insert(schedules).values(columnsOf(schedule)).returning();
    if (!row) {
        throw new Error('insert into schedules returned no row');
    }
    return row;
}

/**
 * Replaces a schedule if it is still at `version` (an edit based on what the editor saw; null: whatever it is).
 * null when there is no such schedule, 'moved' when someone changed it meanwhile.
 */
export async function replaceSchedule(db: Database, id: string, schedule: Schedule, version: number | null): Promise<ScheduleRecord | 'moved' | null> {
    const [row] = await db.update(schedules)
        .set({...columnsOf(schedule), version: sql`${schedules.version} + 1`, updatedAt: new Date()})
        .where(version === null ? eq(schedules.id, id) : and(eq(schedules.id, id), eq(schedules.version, version)))
        .returning();
    if (row) {
        return row;
    }
    return version !== null && await findScheduleRecord(db, id) !== null ? 'moved' : null;
}

export async function regenerateCalendarToken(db: Database, id: string): Promise<string | null> {
    const [row] = await db.update(schedules)
        .set({calendarToken: secretToken()})
        .where(eq(schedules.id, id)).returning({token: schedules.calendarToken});
    return row?.token ?? null;
}
