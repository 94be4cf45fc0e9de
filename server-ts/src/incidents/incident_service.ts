import type {StartGamedayBody} from '../contract/gamedays.js';
import type {DeclareIncidentBody, IncidentRole, IncidentView, IncidentWithTimeline} from '../contract/incidents.js';
import {findIncident, findIncidentByChannel, listIncidents, loadTimeline, type IncidentFilter, type IncidentRow} from '../db/incident_rows.js';
import type {Result} from '../domain/result.js';
import type {Actor} from './access.js';
import {declare, type Declared, type FieldErrors} from './declare.js';
import {recordDetection, startGameday, type DrillFailure} from './gamedays.js';
import {incidentView, timelineView} from './incident_view.js';
import {lifecycle} from './lifecycle.js';
import type {ServiceDeps} from './service_deps.js';

export type {Actor} from './access.js';
export type {FieldErrors} from './declare.js';
export type {DrillFailure} from './gamedays.js';

type Changed = Promise<Result<IncidentView, string>>;

// The one place that runs domain → database → Mattermost for incidents; HTTP routes and the slash
// commands, dialogs and buttons all call it. Errors: 'not_found' (also for private incidents the actor
// may not see), 'forbidden: …', or a sentence saying what to do.
export type IncidentService = {
    declare(input: DeclareIncidentBody, actor: Actor): Promise<Result<Declared, FieldErrors>>;
    get(id: string, actor: Actor): Promise<IncidentWithTimeline | null>;
    getByChannel(channelId: string, actor: Actor): Promise<IncidentWithTimeline | null>;
    list(filter: IncidentFilter, actor: Actor): Promise<IncidentView[]>;
    changeStatus(id: string, status: string, actor: Actor): Changed;
    changeSeverity(id: string, severity: string, actor: Actor): Changed;
    assignRole(id: string, role: IncidentRole, user: {id: string; username: string}, actor: Actor): Changed;
    postUpdate(id: string, text: string, actor: Actor): Changed;
    resolve(id: string, summary: string, actor: Actor): Changed;
    reopen(id: string, actor: Actor): Changed;
    tickChecklist(id: string, index: number, done: boolean, actor: Actor): Changed;
    addTimelinePost(id: string, postId: string, actor: Actor): Changed;
    // Chaos gamedays (incidents/gamedays.ts): a drill declared from the drill template, and when its fault was noticed.
    startGameday(body: StartGamedayBody, actor: Actor): Promise<Result<Declared, FieldErrors>>;
    recordDetection(id: string, how: string, actor: Actor): Promise<Result<IncidentView, DrillFailure>>;
};

export function createIncidentService(deps: ServiceDeps): IncidentService {
    const withTimeline = async (row: IncidentRow | null, actor: Actor): Promise<IncidentWithTimeline | null> => {
        if (!row || !await deps.access.canSee(row, actor)) {
            return null;
        }
        return {incident: incidentView(row), timeline: timelineView(await loadTimeline(deps.db, row.id))};
    };
    return {
        declare: (input, actor) => declare(deps, input, actor),
        get: async (id, actor) => withTimeline(await findIncident(deps.db, id), actor),
        getByChannel: async (channelId, actor) => withTimeline(await findIncidentByChannel(deps.db, channelId), actor),
        list: async (filter, actor) => {
            const rows = await listIncidents(deps.db, filter);
            const visible = await Promise.all(rows.map((row) => deps.access.canSee(row, actor)));
            return rows.filter((_, k) => visible[k]).map(incidentView);
        },
        startGameday: (body, actor) => startGameday(deps, body, actor),
        recordDetection: (id, how, actor) => recordDetection(deps, id, how, actor),
        ...lifecycle(deps),
    };
}
