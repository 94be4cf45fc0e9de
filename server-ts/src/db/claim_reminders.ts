import {inArray, sql} from 'drizzle-orm';
import type {UpdateIntervals} from '../contract/incidents.js';
import type {Severity} from '../contract/summary.js';
import type {Database, SqlRows} from './database.js';
import {incidents} from './schema.js';

export type ReminderClaim = {id: string; dueAt: Date; next: Date};
// Only what a reminder needs: 10,000 reminders in a minute make every mapped column count.
export type ReminderRow = {
    id: string; number: number; title: string; severity: Severity; isDrill: boolean; commanderUsername: string | null;
    channelId: string | null; nextUpdateDueAt: Date | null; updateIntervalMinutes: UpdateIntervals | null;
    reminderClaimedFor: Date | null;
};

// PostgreSQL array literals; uuids and ISO instants never need quoting inside one.
const arrayLiteral = (values: string[]) => `{${values.join(',')}}`;

const REMINDER_COLUMNS = {
    id: incidents.id, number: incidents.number, title: incidents.title, severity: incidents.severity, isDrill: incidents.isDrill,
    commanderUsername: incidents.commanderUsername, channelId: incidents.channelId, nextUpdateDueAt: incidents.nextUpdateDueAt,
    updateIntervalMinutes: incidents.updateIntervalMinutes, reminderClaimedFor: incidents.reminderClaimedFor,
};

export async function findReminderRows(db: Database, ids: string[]): Promise<ReminderRow[]> {
    return ids.length === 0 ? [] : db.select(REMINDER_COLUMNS).from(incidents).where(inArray(incidents.id, ids));
}

/**
 * Claims a whole batch of reminder deadlines in one statement: it moves each deadline to `next` and records a
 * `reminder_sent` timeline event beside it (the update and the insert commit together). Only the first caller
 * for a deadline wins (two instances, or pg-boss retrying a job); a deadline that moved, or an incident
 * resolved meanwhile, is left out. Returns the ids it claimed.
 */
export async function claimReminders(db: Database, claims: ReminderClaim[]): Promise<Set<string>> {
    if (claims.length === 0) {
        return new Set();
    }
    const ids = arrayLiteral(claims.map((c) => c.id));
    const due = arrayLiteral(claims.map((c) => c.dueAt.toISOString()));
    const next = arrayLiteral(claims.map((c) => c.next.toISOString()));
    // Both drivers answer execute() with {rows}; the generic Database type cannot say so.
    const result = await db.execute(sql`
        with due as (select * from unnest(${ids}::uuid[], ${due}::timestamptz[], ${next}::timestamptz[]) as d(id, due_at, next_at)),
        claimed as (
            update incidents set reminder_claimed_for = due.due_at, next_update_due_at = due.next_at
            from due
            where incidents.id = due.id and incidents.next_update_due_at = due.due_at and incidents.status <> 'resolved'
                and incidents.reminder_claimed_for is distinct from due.due_at
            returning incidents.id, incidents.commander_username),
        recorded as (
            insert into incident_events (incident_id, kind, actor_id, data)
            select id, 'reminder_sent', null, jsonb_build_object('commanderUsername', coalesce(commander_username, ''))
            from claimed)
        select id from claimed`);
    return new Set((result as SqlRows).rows.map((r) => String(r.id)));
}
