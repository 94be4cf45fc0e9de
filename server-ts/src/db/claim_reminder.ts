import {and, eq, ne, sql} from 'drizzle-orm';
import type {Database} from './database.js';
import type {IncidentRow} from './incident_rows.js';
import {incidentEvents, incidents} from './schema.js';

// Only the first caller for a deadline wins (two instances, or pg-boss retrying a job): it moves the deadline
// to `next` and records the reminder. Null means someone else already did, or the deadline moved.
export async function claimReminder(db: Database, id: string, dueAt: Date, next: Date): Promise<IncidentRow | null> {
    return db.transaction(async (tx) => {
        const [claimed] = await tx.update(incidents).set({reminderClaimedFor: dueAt, nextUpdateDueAt: next})
            .where(and(eq(incidents.id, id), eq(incidents.nextUpdateDueAt, dueAt), ne(incidents.status, 'resolved'),
                sql`${incidents.reminderClaimedFor} is distinct from ${dueAt.toISOString()}::timestamptz`))
            .returning();
        if (!claimed) {
            return null;
        }
        await tx.insert(incidentEvents).values({incidentId: id, kind: 'reminder_sent', actorId: null,
            data: {commanderUsername: claimed.commanderUsername ?? ''}});
        return claimed;
    });
}
