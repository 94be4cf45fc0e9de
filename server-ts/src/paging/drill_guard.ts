import {mayPageRealOnCall} from '../db/drill_rows.js';
import type {IncidentRow} from '../db/incident_rows.js';
import {drillPageRefusal} from '../domain/gameday.js';
import type {PagingDeps} from './paging_deps.js';

// Drills never page the real on-call unless asked: by this page (`--real`, `real: true`) or by the gameday that started
// the drill (pageRealOnCall). Why a page for `incident` (as the page checked it) is refused, or null when it may go out.
export async function drillPageRefusalFor(deps: Pick<PagingDeps, 'db'>, incident: Pick<IncidentRow, 'id' | 'isDrill' | 'number'> | null,
    isReal: boolean): Promise<string | null> {
    if (incident === null || isReal || !incident.isDrill || await mayPageRealOnCall(deps.db, incident.id)) {
        return null;
    }
    return drillPageRefusal(incident.number);
}
