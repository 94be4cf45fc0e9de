import {asc, desc, eq} from 'drizzle-orm';
import type {RitualDraft} from '../domain/ritual_fields.js';
import type {Database} from './database.js';
import {rituals} from './schema.js';

export type RitualRecord = typeof rituals.$inferSelect;

const columnsOf = (d: RitualDraft) => ({name: d.name, timeZone: d.timeZone, cadence: d.cadence, channelName: d.channelName,
    leadMinutes: d.leadMinutes, attendees: d.attendees, agenda: d.agenda, notes: d.notes, ...(d.isActive === undefined ? {} : {isActive: d.isActive})});

// A handful of meetings: active ones first, then by name.
export const listRitualRecords = (db: Database): Promise<RitualRecord[]> =>
    db.select().from(rituals).orderBy(desc(rituals.isActive), asc(rituals.name), asc(rituals.id));

export const listActiveRitualRecords = (db: Database): Promise<RitualRecord[]> =>
    db.select().from(rituals).where(eq(rituals.isActive, true)).orderBy(asc(rituals.name), asc(rituals.id));

export async function findRitualRecord(db: Database, id: string): Promise<RitualRecord | null> {
    const [row] = await db.select().from(rituals).where(eq(rituals.id, id));
    return row ?? null;
}

// null: the slug is taken (a ritual with the same name, however written). One statement, so nothing half-saved.
export async function insertRitual(db: Database, slug: string, draft: RitualDraft, now: Date): Promise<RitualRecord | null> {
    const [row] = await db.insert(rituals).values({slug, ...columnsOf(draft), createdAt: now, updatedAt: now})
        .onConflictDoNothing({target: rituals.slug}).returning();
    return row ?? null;
}

// null: no such ritual. The slug stays: seeding finds an edited handbook ritual by it and leaves it alone.
// updated_at moves on every edit, and the agenda sweep never looks back before it (a changed cadence must not
// post a late agenda for a slot the old cadence never had).
export async function updateRitual(db: Database, id: string, draft: RitualDraft, now: Date): Promise<RitualRecord | null> {
    const [row] = await db.update(rituals).set({...columnsOf(draft), updatedAt: now}).where(eq(rituals.id, id)).returning();
    return row ?? null;
}

export async function setRitualActive(db: Database, id: string, isActive: boolean, now: Date): Promise<RitualRecord | null> {
    const [row] = await db.update(rituals).set({isActive, updatedAt: now}).where(eq(rituals.id, id)).returning();
    return row ?? null;
}
