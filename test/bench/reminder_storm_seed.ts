import type PgBoss from 'pg-boss';
import type {DbConnection} from '../../server-ts/src/db/connection.ts';
import {scheduleStatusReminder, STATUS_REMINDER} from '../../server-ts/src/jobs/status_reminder.ts';

const INTERVALS = {sev1: 30, sev2: 60, sev3: 120, sev4: 240};

/**
 * `count` incidents whose next update is due from `firstDue` on, evenly over `spreadMs` (0: all at one instant),
 * each with its reminder job. One statement each for the rows and the jobs: 10,000 round trips would take longer
 * than the storm itself. Returns each incident's deadline (ms).
 */
export async function seedStorm(conn: DbConnection, boss: PgBoss, count: number, firstDue: Date, spreadMs: number): Promise<Map<string, number>> {
    const {rows} = await conn.executeSql(`insert into incidents (title, severity, team_id, channel_id, channel_name,
            commander_id, commander_username, update_interval_minutes, next_update_due_at)
        select 'Storm ' || i || ': region ' || (i % 12) || ' degraded', (array['sev1','sev2','sev3','sev4'])[1 + i % 4],
            'storm-team', 'storm-channel-' || i, 'storm-' || i, 'commander-id-' || (i % 40), 'commander' || (i % 40), $2::jsonb,
            $1::timestamptz + floor((i - 1) * $4::float8 / $3::int) * interval '1 millisecond'
        from generate_series(1, $3::int) as i
        returning id, (extract(epoch from next_update_due_at) * 1000)::float8 as due_ms`,
    [firstDue.toISOString(), JSON.stringify(INTERVALS), count, spreadMs]);
    const due = new Map(rows.map((r) => [String(r.id), Number(r.due_ms)]));
    // The options scheduleStatusReminder uses, in bulk; the duplicate check below proves they match.
    await boss.insert([...due].map(([incidentId, ms]) => {
        const dueAt = new Date(ms);
        return {name: STATUS_REMINDER, data: {incidentId, dueAt: dueAt.toISOString()},
            singletonKey: `${incidentId}@${dueAt.toISOString()}`, startAfter: dueAt, expireInSeconds: 60};
    }));
    const [first] = due;
    if (due.size !== count || first === undefined || await scheduleStatusReminder(boss, first[0], new Date(first[1])) !== null) {
        throw new Error('the bulk-inserted reminder jobs do not match scheduleStatusReminder (its send was not a duplicate)');
    }
    return due;
}
