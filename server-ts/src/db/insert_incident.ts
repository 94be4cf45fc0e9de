import {eq} from 'drizzle-orm';
import type {EventKind} from '../domain/timeline.js';
import type {Database} from './database.js';
import type {IncidentRow, NewIncidentRow} from './incident_rows.js';
import {incidentEvents, incidents} from './schema.js';

export type NewEvent = {kind: EventKind; actorId: string | null; data: Record<string, unknown>; at?: Date};
export type Inserted = {kind: 'inserted'; incident: IncidentRow} | {kind: 'replayed'; incident: IncidentRow} | {kind: 'name_taken'};

// One transaction: the row and its 'declared' event. A replayed idempotency key returns the first row untouched;
// a channel name another declaration took meanwhile is reported so the caller can pick the next one.
export async function insertIncident(db: Database, row: NewIncidentRow & {idempotencyKey: string}, event: NewEvent): Promise<Inserted> {
    return db.transaction(async (tx) => {
        const [inserted] = await tx.insert(incidents).values(row).onConflictDoNothing().returning();
        if (inserted) {
            await tx.insert(incidentEvents).values({incidentId: inserted.id, ...event});
            return {kind: 'inserted', incident: inserted};
        }
        const [existing] = await tx.select().from(incidents).where(eq(incidents.idempotencyKey, row.idempotencyKey));
        return existing ? {kind: 'replayed', incident: existing} : {kind: 'name_taken'};
    });
}
