import {randomUUID} from 'node:crypto';
import type {StartGamedayBody} from '../contract/gamedays.js';
import type {IncidentView} from '../contract/incidents.js';
import {recordDetection as insertDetection} from '../db/drill_rows.js';
import {findIncident} from '../db/incident_rows.js';
import {listTemplates} from '../db/template_rows.js';
import {alreadyDetectedText, checkHow, checkScenario, detectionNotice, gamedayTitle} from '../domain/gameday.js';
import {err, ok, type Result} from '../domain/result.js';
import type {Actor} from './access.js';
import {declare, type Declared, type FieldErrors} from './declare.js';
import {incidentView} from './incident_view.js';
import type {ServiceDeps} from './service_deps.js';

// Refusals of recording detection, each its own status: 404, 403, 400 naming `how`, 400, 409.
export type DrillFailure =
    | {code: 'not_found'}
    | {code: 'forbidden'; message: string}
    | {code: 'invalid_fields'; fields: FieldErrors}
    | {code: 'invalid'; message: string}
    | {code: 'conflict'; message: string};

const NO_DRILL_TEMPLATE = 'there is no live drill template: an SRE must add one (or unarchive "Chaos gameday drill") first';

// A drill from the first live drill template (templates list drills last, so take the first drill among them), through
// the one declaration path; the caller commands it. It pages nobody: pages from it are for whoever asks (paging/).
export async function startGameday(deps: ServiceDeps, body: StartGamedayBody, actor: Actor): Promise<Result<Declared, FieldErrors>> {
    const scenario = checkScenario(body.scenario);
    if (!scenario.ok) {
        return err({scenario: scenario.error});
    }
    const template = (await listTemplates(deps.db, false)).find((t) => t.isDrill);
    if (template === undefined) {
        return err({templateId: NO_DRILL_TEMPLATE});
    }
    return declare(deps, {idempotencyKey: body.idempotencyKey ?? `gameday-${randomUUID()}`, teamId: body.teamId, templateId: template.id,
        title: gamedayTitle(scenario.value), severity: ''}, actor, {scenario: scenario.value, pageRealOnCall: body.pageRealOnCall ?? false});
}

// The team noticed the injected fault: recorded once on the drill's timeline (time to detect counts from it), then
// said in its channel (best effort: the timeline has it either way).
export async function recordDetection(deps: ServiceDeps, id: string, rawHow: string, actor: Actor): Promise<Result<IncidentView, DrillFailure>> {
    const row = await findIncident(deps.db, id);
    const allowed = row === null ? err('not_found') : await deps.access.canChange(row, actor);
    if (row === null || !allowed.ok) {
        const why = allowed.ok ? 'not_found' : allowed.error;
        return err(why === 'not_found' ? {code: 'not_found'} : {code: 'forbidden', message: why.replace(/^forbidden:\s*/, '')});
    }
    if (!row.isDrill || row.status === 'resolved') {
        return err({code: 'invalid', message: row.isDrill ? 'the drill is resolved: write how the fault was detected in its gameday report' :
            `incident ${row.number} is not a drill: detection is recorded for gamedays only`});
    }
    const how = checkHow(rawHow);
    if (!how.ok) {
        return err({code: 'invalid_fields', fields: {how: how.error}});
    }
    const detection = {at: (deps.now ?? (() => new Date()))(), username: actor.username, how: how.value};
    const recorded = await insertDetection(deps.db, id, actor.id, detection);
    if (recorded.kind !== 'recorded') {
        return err(recorded.kind === 'not_found' ? {code: 'not_found'} : {code: 'conflict', message: alreadyDetectedText(recorded.detection)});
    }
    if (row.channelId !== null) {
        const posted = await deps.bot.createPost({channelId: row.channelId, message: detectionNotice(detection, row.declaredAt),
            props: {sre_incident_id: row.id, sre_step: 'drill_detected'}});
        if (!posted.ok) {
            deps.onProblem?.('detection notice not posted', {incidentId: row.id, failure: posted.error});
        }
    }
    return ok(incidentView(row));
}
