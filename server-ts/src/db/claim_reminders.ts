import {and, getTableColumns, inArray, ne, sql} from 'drizzle-orm';
import type {Database} from './database.js';
import type {IncidentRow} from './incident_rows.js';
import {incidentEvents, incidents} from './schema.js';

export type ReminderClaim = {id: string; dueAt: Date; next: Date};

// PostgreSQL array literals; uuids and ISO instants never need quoting inside one.
const arrayLiteral = (values: string[]) => `{${values.join(',')}}`;

export async function findIncidents(db: Database, ids: string[]): Promise<IncidentRow[]> {
    return ids.length === 0 ? [] : db.select().from(incidents).where(inArray(incidents.id, ids));
}

/**
 * Claims a whole batch of reminder deadlines in one transaction. Only the first caller for a deadline wins
 * (two instances, or pg-boss retrying a job): it moves the deadline to `next` and records the reminder.
 * Returns the rows it claimed; a deadline that moved, or an incident resolved meanwhile, is left out.
 */
export async function claimReminders(db: Database, claims: ReminderClaim[]): Promise<IncidentRow[]> {
    if (claims.length === 0) {
        return [];
    }
    const due = sql`unnest(${arrayLiteral(claims.map((c) => c.id))}::uuid[], ${arrayLiteral(claims.map((c) => c.dueAt.toISOString()))}::timestamptz[],
        ${arrayLiteral(claims.map((c) => c.next.toISOString()))}::timestamptz[]) as due(id, due_at, next_at)`;
    return db.transaction(async (tx) => {
        const claimed = await tx.update(incidents).set({reminderClaimedFor: sql`due.due_at`, nextUpdateDueAt: sql`due.next_at`})
            .from(due)
            .where(and(sql`${incidents.id} = due.id`, sql`${incidents.nextUpdateDueAt} = due.due_at`, ne(incidents.status, 'resolved'),
                sql`${incidents.reminderClaimedFor} is distinct from due.due_at`))
            // Named columns: with a FROM source drizzle cannot infer a bare returning() (it types it never).
            .returning(getTableColumns(incidents));
        if (claimed.length > 0) {
            await tx.insert(incidentEvents).values(claimed.map((row) => ({incidentId: row.id, kind: 'reminder_sent', actorId: null,
                data: {commanderUsername: row.commanderUsername ?? ''}})));
        }
        return claimed;
    });
}
