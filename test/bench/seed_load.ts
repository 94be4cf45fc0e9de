import type {Database} from '../../server-ts/src/db/connection.ts';
import {incidents, oncallShifts, schedules, triageItems} from '../../server-ts/src/db/schema.ts';

const SEVERITIES = ['sev1', 'sev2', 'sev3', 'sev4'] as const;
const INCIDENT_STATUSES = ['investigating', 'identified', 'monitoring', 'resolved'] as const;
const TRIAGE_STATUSES = ['new', 'accepted', 'in_progress', 'done'] as const;
const PRIORITIES = ['p1', 'p2', 'p3', 'p4'] as const;
const USERS = ['alice', 'bob', 'erin'];
const HOUR = 3_600_000;

const pick = <T>(values: readonly T[], i: number): T => values[i % values.length] as T;

// Inserts in chunks: one statement per chunk keeps PGlite's single connection from doing 5,000 round trips.
async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
    for (let i = 0; i < rows.length; i += 500) {
        await insert(rows.slice(i, i + 500));
    }
}

export async function seedLoad(db: Database, counts: {incidents: number; triage: number; schedules: number}, now: Date) {
    const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * HOUR);
    await insertChunked(Array.from({length: counts.incidents}, (_, i) => ({
        title: `Incident ${i}: elevated 5xx on workspace ${i}`,
        severity: pick(SEVERITIES, i),
        status: pick(INCIDENT_STATUSES, i),
        declaredAt: at(i),
    })), (chunk) => db.insert(incidents).values(chunk));
    await insertChunked(Array.from({length: counts.triage}, (_, i) => ({
        title: `Request ${i}: please check the backups of customer ${i}`,
        status: pick(TRIAGE_STATUSES, i),
        priority: pick(PRIORITIES, i),
        createdAt: at(i / 10),
    })), (chunk) => db.insert(triageItems).values(chunk));
    const scheduleRows = await db.insert(schedules)
        .values(Array.from({length: counts.schedules}, (_, i) => ({name: `Schedule ${i}`, timeZone: 'Europe/Berlin'})))
        .returning({id: schedules.id});
    await insertChunked(scheduleRows.flatMap(({id}, i) => [
        {scheduleId: id, username: pick(USERS, i), startsAt: at(12), endsAt: at(-12)},
        {scheduleId: id, username: pick(USERS, i + 1), startsAt: at(-12), endsAt: at(-36)},
    ]), (chunk) => db.insert(oncallShifts).values(chunk));
}
