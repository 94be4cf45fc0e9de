import type PgBoss from 'pg-boss';
import type {DbConnection} from '../../server-ts/src/db/connection.ts';
import {scheduleStatusReminder, STATUS_REMINDER} from '../../server-ts/src/jobs/status_reminder.ts';

const INTERVALS = {sev1: 30, sev2: 60, sev3: 120, sev4: 240};

// One statement each for the rows and the jobs: 10,000 round trips would take longer than the storm itself.
export async function seedStorm(conn: DbConnection, boss: PgBoss, count: number, dueAt: Date): Promise<void> {
    const due = dueAt.toISOString();
    const {rows} = await conn.executeSql(`insert into incidents (title, severity, team_id, channel_id, channel_name,
            commander_id, commander_username, update_interval_minutes, next_update_due_at)
        select 'Storm ' || i || ': region ' || (i % 12) || ' degraded', (array['sev1','sev2','sev3','sev4'])[1 + i % 4],
            'storm-team', 'storm-channel-' || i, 'storm-' || i, 'commander-id-' || (i % 40), 'commander' || (i % 40), $2::jsonb, $1::timestamptz
        from generate_series(1, $3::int) as i
        returning id`, [due, JSON.stringify(INTERVALS), count]);
    const ids = rows.map((r) => String(r.id));
    // The options scheduleStatusReminder uses, in bulk; the duplicate check below proves they match.
    await boss.insert(ids.map((incidentId) => ({name: STATUS_REMINDER, data: {incidentId, dueAt: due},
        singletonKey: `${incidentId}@${due}`, startAfter: dueAt, expireInSeconds: 60})));
    const [first] = ids;
    if (ids.length !== count || first === undefined || await scheduleStatusReminder(boss, first, dueAt) !== null) {
        throw new Error('the bulk-inserted reminder jobs do not match scheduleStatusReminder (its send was not a duplicate)');
    }
}
