import {eq} from 'drizzle-orm';
import {err, ok, type Result} from '../domain/result.js';
import type {Database} from './database.js';
import type {IncidentRow, NewIncidentRow} from './incident_rows.js';
import type {NewEvent} from './insert_incident.js';
import {incidentEvents, incidents} from './schema.js';

export type Change = {set: Partial<NewIncidentRow>; event: NewEvent | null};
export type Decide = (current: IncidentRow) => Result<Change, string>;

// Every incident change goes through here: the row is locked, the decision made on what is really stored,
// and the update and its timeline event commit together (the pg_notify trigger fires once, on commit).
export async function changeIncident(db: Database, id: string, decide: Decide): Promise<Result<IncidentRow, string>> {
    return db.transaction(async (tx) => {
        const [current] = await tx.select().from(incidents).where(eq(incidents.id, id)).for('update');
        if (!current) {
            return err('not_found');
        }
        const decided = decide(current);
        if (!decided.ok) {
            return decided;
        }
        const [updated] = Object.keys(decided.value.set).length === 0 ? [current] :
            await tx.update(incidents).set(decided.value.set).where(eq(incidents.id, id)).returning();
        if (decided.value.event) {
            await tx.insert(incidentEvents).values({incidentId: id, ...decided.value.event});
        }
        return updated ? ok(updated) : err('not_found');
    });
}
