import {incidents, schedules, triageItems} from '../../../server-ts/src/db/schema.ts';
import type {Database} from '../../../server-ts/src/db/database.ts';

// Rows written straight into the companion's database: later issues add the commands that create them,
// and a direct insert also proves the NOTIFY → SSE path that pushes them to open sidebars.

const HOUR_MS = 3_600_000;

export async function declareIncident(db: Database, title: string, severity: 'sev1' | 'sev2' | 'sev3' | 'sev4'): Promise<void> {
    await db.insert(incidents).values({title, severity});
}

/** A schedule of one person alone, whose override puts `username` on call for the next few hours. */
export async function putOnCall(db: Database, scheduleName: string, username: string): Promise<void> {
    const now = Date.now();
    const override = {user: username, start: new Date(now - HOUR_MS).toISOString(), end: new Date(now + 6 * HOUR_MS).toISOString()};
    await db.insert(schedules).values({name: scheduleName, timeZone: 'Europe/Berlin', definition: {overrides: [override],
        layers: [{name: 'daily', users: ['erin'], rotation: {every: 1, unit: 'day'}, start: '2026-01-05T09:00', restrictions: []}]}});
}

export async function fileTriageItem(db: Database, title: string, priority: 'p1' | 'p2' | 'p3' | 'p4'): Promise<void> {
    await db.insert(triageItems).values({title, priority});
}
