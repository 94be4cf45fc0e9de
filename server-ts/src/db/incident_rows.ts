import {and, asc, desc, eq, like, ne, or} from 'drizzle-orm';
import type {Database} from './database.js';
import {incidentEvents, incidents} from './schema.js';
import {isUuid} from '../domain/uuid.js';

export type IncidentRow = typeof incidents.$inferSelect;
export type NewIncidentRow = typeof incidents.$inferInsert;
export type EventRow = typeof incidentEvents.$inferSelect;
export type IncidentFilter = 'active' | 'resolved' | 'all';

export async function findIncident(db: Database, id: string): Promise<IncidentRow | null> {
    if (!isUuid(id)) {
        return null;
    }
    const [row] = await db.select().from(incidents).where(eq(incidents.id, id));
    return row ?? null;
}

export async function findIncidentByChannel(db: Database, channelId: string): Promise<IncidentRow | null> {
    const [row] = await db.select().from(incidents).where(eq(incidents.channelId, channelId)).orderBy(desc(incidents.declaredAt)).limit(1);
    return row ?? null;
}

export async function findIncidentByKey(db: Database, idempotencyKey: string): Promise<IncidentRow | null> {
    const [row] = await db.select().from(incidents).where(eq(incidents.idempotencyKey, idempotencyKey));
    return row ?? null;
}

const LIST_CAP = 500;

export async function listIncidents(db: Database, filter: IncidentFilter): Promise<IncidentRow[]> {
    const where = filter === 'all' ? undefined : filter === 'active' ? ne(incidents.status, 'resolved') : eq(incidents.status, 'resolved');
    return db.select().from(incidents).where(where).orderBy(desc(incidents.declaredAt)).limit(LIST_CAP);
}

// The team's incident channel names sharing a base, so a new one can take base-2, base-3… without a clash.
export async function takenChannelNames(db: Database, teamId: string, base: string): Promise<Set<string>> {
    const rows = await db.select({name: incidents.channelName}).from(incidents)
        .where(and(eq(incidents.teamId, teamId), or(eq(incidents.channelName, base), like(incidents.channelName, `${base.slice(0, 60)}-%`))));
    return new Set(rows.map((r) => r.name));
}

export async function loadTimeline(db: Database, incidentId: string): Promise<EventRow[]> {
    return db.select().from(incidentEvents).where(eq(incidentEvents.incidentId, incidentId)).orderBy(asc(incidentEvents.at), asc(incidentEvents.id));
}

export async function nextIncidentNumber(db: Database): Promise<number> {
    const result = await db.execute<{n: number}>("select nextval(pg_get_serial_sequence('incidents', 'number'))::int as n");
    // The drivers' result shapes differ in type only; both carry `rows`.
    const n = (result as {rows: {n?: number}[]}).rows[0]?.n;
    if (n === undefined) {
        throw new Error('the incident number sequence returned no value');
    }
    return n;
}
