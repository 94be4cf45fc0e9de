import type {DeclareIncidentBody, IncidentView} from '../contract/incidents.js';
import {findIncident, findIncidentByKey, nextIncidentNumber, takenChannelNames, type IncidentRow} from '../db/incident_rows.js';
import {insertIncident} from '../db/insert_incident.js';
import type {StoredDeclaration} from '../db/schema.js';
import {findTemplate} from '../db/template_rows.js';
import {planDeclaration, type DeclarationPlan} from '../domain/declaration.js';
import {uniqueChannelName} from '../domain/patterns.js';
import {err, ok, type Result} from '../domain/result.js';
import {validateTemplate, type ValidTemplate} from '../domain/template.js';
import type {Actor} from './access.js';
import {runPendingSteps} from './declaration_steps.js';
import {checklistRunbooks, hasIncidentRunbooks} from './incident_runbooks.js';
import {incidentView} from './incident_view.js';
import {resolvePeople, type People} from './resolve_people.js';
import type {ServiceDeps} from './service_deps.js';
import {templateInput} from './template_input.js';

export type FieldErrors = Record<string, string>;
export type Declared = {incident: IncidentView; replayed: boolean};
// A chaos gameday's own facts (incidents/gamedays.ts), kept with the drill it declares.
type DrillStart = {scenario: string; pageRealOnCall: boolean};
type UsableTemplate = ValidTemplate & {id: string};
const NAME_RACE_TRIES = 3;

// Plan (domain) → one insert with every step pending → the steps inline, for a channel the user can open at once.
// A failed step leaves the rest pending for the background job; the reply still carries the incident.
export async function declare(deps: ServiceDeps, input: DeclareIncidentBody, actor: Actor, drill?: DrillStart): Promise<Result<Declared, FieldErrors>> {
    const earlier = await findIncidentByKey(deps.db, input.idempotencyKey);
    if (earlier) {
        return ok({incident: incidentView(earlier), replayed: true});
    }
    const template = await usableTemplate(deps, input.templateId);
    if (!template.ok) {
        return template;
    }
    const people = await resolvePeople(deps, input, actor);
    if (!people.ok) {
        return people;
    }
    const now = (deps.now ?? (() => new Date()))();
    const plan = await planFor(deps, input, template.value, people.value, actor, now);
    if (!plan.ok) {
        return plan;
    }
    const inserted = await insertPlanned(deps, input, template.value, plan.value, people.value, actor, now, drill);
    if (inserted.kind === 'replayed') {
        return ok({incident: incidentView(inserted.incident), replayed: true});
    }
    await deps.jobs.scheduleReminder(inserted.incident.id, plan.value.nextUpdateDueAt);
    const finished = await runPendingSteps(deps, inserted.incident.id, false, inserted.incident);
    if (finished.ok) {
        return ok({incident: incidentView(finished.value), replayed: false});
    }
    deps.onProblem?.('declaration step failed; a job finishes the rest', {incidentId: inserted.incident.id, ...finished.error});
    await deps.jobs.finishDeclaration(inserted.incident.id);
    return ok({incident: await reload(deps, inserted.incident.id, inserted.incident), replayed: false});
}

// The number first (a channel name pattern may hold it), and the library's runbooks for the checklist and its post.
async function planFor(deps: ServiceDeps, input: DeclareIncidentBody, template: UsableTemplate, people: People, actor: Actor, now: Date) {
    const number = await nextIncidentNumber(deps.db);
    const linked = await checklistRunbooks(deps, template.checklist, now);
    const hasPost = await hasIncidentRunbooks(deps, linked.size, template.tier, now);
    return planDeclaration({title: input.title, severity: input.severity, summary: input.summary ?? '', commander: people.commander,
        declarer: {id: actor.id, username: actor.username}, sourcePost: people.sourcePost}, template,
    {now, timeZone: deps.timeZone, number, runbooks: {linked, hasPost}});
}

async function usableTemplate(deps: ServiceDeps, id: string): Promise<Result<UsableTemplate, FieldErrors>> {
    const row = await findTemplate(deps.db, id);
    if (!row || row.isArchived) {
        return err({templateId: 'unknown template: choose one from the list'});
    }
    const valid = validateTemplate(templateInput(row));
    return valid.ok ? ok({...valid.value, id: row.id}) :
        err({templateId: `template "${row.name}" is invalid (${Object.keys(valid.error).join(', ')}): an SRE must fix it first`});
}

type Inserted = Awaited<ReturnType<typeof insertIncident>> & {kind: 'inserted' | 'replayed'};

// Another declaration may take the same channel name between the look-up and the insert: look again, then retry.
async function insertPlanned(deps: ServiceDeps, input: DeclareIncidentBody, template: UsableTemplate,
    plan: DeclarationPlan, people: People, actor: Actor, now: Date, drill: DrillStart | undefined): Promise<Inserted> {
    for (let tries = 0; tries < NAME_RACE_TRIES; tries++) {
        const taken = await takenChannelNames(deps.db, input.teamId, plan.channelName);
        const name = uniqueChannelName(plan.channelName, (n) => taken.has(n));
        if (!name.ok) {
            throw new Error(name.error);
        }
        const row = {...incidentRow(input, template, plan, people, actor, now, name.value), drillScenario: drill?.scenario ?? null};
        const result = await insertIncident(deps.db, row, {kind: 'declared', actorId: actor.id,
            data: {title: plan.subject.title, severity: plan.subject.severity, template: template.name, ...drill}, at: now});
        if (result.kind !== 'name_taken') {
            return result;
        }
    }
    throw new Error(`channel name "${plan.channelName}" kept being taken by concurrent declarations`);
}

function incidentRow(input: DeclareIncidentBody, template: UsableTemplate, plan: DeclarationPlan, people: People,
    actor: Actor, now: Date, channelName: string) {
    const declaration: StoredDeclaration = {subject: plan.subject, displayName: plan.displayName, header: plan.header, purpose: plan.purpose,
        firstPost: plan.firstPost, memberUsernames: plan.memberUsernames, broadcastChannels: plan.broadcastChannels, source: people.source};
    return {
        idempotencyKey: input.idempotencyKey, number: plan.subject.number, title: plan.subject.title, summary: plan.subject.summary,
        severity: plan.subject.severity, templateId: template.id, teamId: input.teamId, channelName, isPrivate: template.isPrivate,
        isDrill: template.isDrill, commanderId: plan.commander.id, commanderUsername: plan.commander.username,
        declaredById: actor.id, declaredByUsername: actor.username, sourcePostId: plan.sourcePostId,
        nextUpdateDueAt: plan.nextUpdateDueAt, updateIntervalMinutes: template.updateIntervalMinutes, checklist: plan.checklist,
        declaration, pendingSteps: [...plan.steps], declaredAt: now,
    };
}

async function reload(deps: ServiceDeps, id: string, fallback: IncidentRow): Promise<IncidentView> {
    return incidentView(await findIncident(deps.db, id) ?? fallback);
}
