import {mayPageRealOnCall} from '../db/drill_rows.js';
import {findIncident} from '../db/incident_rows.js';
import {drillPageRefusal} from '../domain/gameday.js';
import type {PagingDeps} from './paging_deps.js';

// Drills never page the real on-call unless asked: by this page (`--real`, `real: true`) or by the gameday that started
// the drill (pageRealOnCall). Why a page is refused, or null when it may go out.
export async function drillPageRefusalFor(deps: Pick<PagingDeps, 'db'>, incidentId: string | null, isReal: boolean): Promise<string | null> {
    if (incidentId === null || isReal) {
        return null;
    }
    const incident = await findIncident(deps.db, incidentId);
    if (incident === null || !incident.isDrill || await mayPageRealOnCall(deps.db, incidentId)) {
        return null;
    }
    return drillPageRefusal(incident.number);
}
