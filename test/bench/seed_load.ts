import type {Weekday} from '../../server-ts/src/contract/schedules.ts';
import type {Database} from '../../server-ts/src/db/connection.ts';
import {incidents, schedules, triageItems} from '../../server-ts/src/db/schema.ts';

const SEVERITIES = ['sev1', 'sev2', 'sev3', 'sev4'] as const;
const INCIDENT_STATUSES = ['investigating', 'identified', 'monitoring', 'resolved'] as const;
const TRIAGE_STATUSES = ['new', 'accepted', 'in_progress', 'done'] as const;
const PRIORITIES = ['p1', 'p2', 'p3', 'p4'] as const;
const USERS = ['alice', 'bob', 'erin'];
const HOUR = 3_600_000;
const WORKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const WEEKEND: Weekday[] = ['sat', 'sun'];

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
    // Three layers (weekly, a daily follow-the-sun pair, a weekend hourly) and a handful of overrides each.
    await insertChunked(Array.from({length: counts.schedules}, (_, i) => ({name: `Schedule ${i}`, timeZone: 'Europe/Berlin', definition: {
        layers: [
            {name: 'weekly', users: [pick(USERS, i), pick(USERS, i + 1)], rotation: {every: 1, unit: 'week' as const}, start: '2026-01-05T09:00', restrictions: []},
            {name: 'daytime', users: [pick(USERS, i + 1), pick(USERS, i + 2)], rotation: {every: 1, unit: 'day' as const}, start: '2026-01-05T09:00',
                restrictions: [{days: WORKDAYS, from: '09:00', to: '17:00'}]},
            {name: 'weekend', users: [pick(USERS, i + 2)], rotation: {every: 12, unit: 'hour' as const}, start: '2026-01-03T08:00',
                restrictions: [{days: WEEKEND, from: '08:00', to: '20:00'}]},
        ],
        overrides: Array.from({length: 5}, (_, k) => ({user: pick(USERS, i + k),
            start: new Date(now.getTime() + (k * 48 - 12) * HOUR).toISOString(), end: new Date(now.getTime() + (k * 48 - 6) * HOUR).toISOString()})),
    }})), (chunk) => db.insert(schedules).values(chunk));
}
