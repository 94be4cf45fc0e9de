import {and, asc, eq} from 'drizzle-orm';
import type {Detection} from '../domain/gameday.js';
import type {EventData} from '../domain/timeline.js';
import type {Database} from './database.js';
import {incidentEvents, incidents} from './schema.js';

const DETECTED = 'drill_detected';

type EventRead = {data: unknown; at: Date};

function detectionOf(row: EventRead | undefined): Detection | null {
    if (row === undefined) {
        return null;
    }
    const data = typeof row.data === 'object' && row.data !== null ? row.data as Partial<EventData['drill_detected']> : {};
    return {at: row.at, username: data.username ?? '', how: data.how ?? ''};
}

const firstOf = (db: Pick<Database, 'select'>, incidentId: string, kind: string) =>
    db.select({data: incidentEvents.data, at: incidentEvents.at}).from(incidentEvents)
        .where(and(eq(incidentEvents.incidentId, incidentId), eq(incidentEvents.kind, kind)))
        .orderBy(asc(incidentEvents.at), asc(incidentEvents.id)).limit(1);

// The detection time to detect counts from: the first one recorded (a second is refused, but rows are not trusted).
export async function firstDetection(db: Database, incidentId: string): Promise<Detection | null> {
    return detectionOf((await firstOf(db, incidentId, DETECTED))[0]);
}

export type Recorded = {kind: 'recorded'} | {kind: 'already'; detection: Detection} | {kind: 'not_found'};

// The incident row is locked, so of two people recording at once only the first is kept; the other learns whose stands.
export async function recordDetection(db: Database, incidentId: string, actorId: string, detection: Detection): Promise<Recorded> {
    return db.transaction(async (tx): Promise<Recorded> => {
        const [row] = await tx.select({id: incidents.id}).from(incidents).where(eq(incidents.id, incidentId)).for('update');
        if (!row) {
            return {kind: 'not_found'};
        }
        const earlier = detectionOf((await firstOf(tx, incidentId, DETECTED))[0]);
        if (earlier !== null) {
            return {kind: 'already', detection: earlier};
        }
        const data: EventData['drill_detected'] = {username: detection.username, how: detection.how};
        await tx.insert(incidentEvents).values({incidentId, kind: DETECTED, actorId, data, at: detection.at});
        return {kind: 'recorded'};
    });
}

// Whether the gameday was started with pageRealOnCall: kept on its 'declared' event, which every incident has once.
export async function mayPageRealOnCall(db: Database, incidentId: string): Promise<boolean> {
    const [declared] = await firstOf(db, incidentId, 'declared');
    const data = typeof declared?.data === 'object' && declared.data !== null ? declared.data as Partial<EventData['declared']> : {};
    return data.pageRealOnCall === true;
}
