import {randomUUID} from 'node:crypto';
import type {NewPageBody} from '../contract/paging.js';
import {findIncident, type IncidentRow} from '../db/incident_rows.js';
import {insertPage, type PageRow} from '../db/page_rows.js';
import type {PageEvent} from '../domain/paging_events.js';
import {planNext, type Plan} from '../domain/paging_state.js';
import {err, ok, type Result} from '../domain/result.js';
import {drillPageRefusalFor} from './drill_guard.js';
import {alertTeams, noteInIncident, pageContext, sendDms} from './page_effects.js';
import {resolveTarget, usersByStep, type ResolvedTarget} from './page_targets.js';
import {nowOf, type Actor, type FieldErrors, type PagingDeps} from './paging_deps.js';

const MESSAGE_MAX = 2000;

function checkMessage(raw: string): Result<string, FieldErrors> {
    const message = raw.trim();
    if (message === '' || Array.from(message).length > MESSAGE_MAX) {
        return err({message: `say what is wrong in 1 to ${MESSAGE_MAX} characters`});
    }
    return ok(message);
}

async function checkIncident(deps: PagingDeps, incidentId: string | undefined, actor: Actor): Promise<Result<IncidentRow | null, FieldErrors>> {
    const id = incidentId?.trim() ?? '';
    if (id === '') {
        return ok(null);
    }
    const incident = await findIncident(deps.db, id);
    return incident !== null && await deps.canSeeIncident(id, actor) ? ok(incident) : err({incidentId: 'no such incident'});
}

function firstEvents(actor: Actor, resolved: ResolvedTarget, plan: Plan): PageEvent[] {
    const users = plan.kind === 'notify' ? plan.users : [];
    const at = plan.kind === 'notify' ? plan.position : {step: 0, round: 0};
    const raised: PageEvent = {kind: 'raised', data: {by: actor.username, targetName: resolved.target.name, users, ...at, skipped: plan.skipped}};
    return plan.kind === 'notify' ? [raised] : [raised, {kind: 'exhausted', data: {by: null, skipped: 0}}];
}

/**
 * Raises a page: validates, resolves who the first step reaches, queues its timer, then saves it (so the timer
 * exists before the page does: a crash in between leaves a timer that finds no page, never a page without one),
 * then DMs them and notes it in the incident. A page whose every step reaches nobody is exhausted at once.
 */
export async function raisePage(deps: PagingDeps, body: NewPageBody, actor: Actor): Promise<Result<PageRow, FieldErrors>> {
    const now = nowOf(deps);
    const [message, resolved, incident] = [checkMessage(body.message), await resolveTarget(deps, body.target, now), await checkIncident(deps, body.incidentId, actor)];
    if (!message.ok || !resolved.ok || !incident.ok) {
        return err({...(message.ok ? {} : message.error), ...(resolved.ok ? {} : resolved.error), ...(incident.ok ? {} : incident.error)});
    }
    const refusal = await drillPageRefusalFor(deps, incident.value, body.real === true);
    if (refusal !== null) {
        return err({real: refusal});
    }
    const {policy, target} = resolved.value;
    const plan = planNext(policy, null, await usersByStep(deps, policy, now), now);
    const id = randomUUID();
    if (plan.kind === 'notify') {
        await deps.jobs.scheduleTimer(id, plan.position, plan.dueAt);
    }
    const position = plan.kind === 'notify' ? plan.position : {step: 0, round: 0};
    const users = plan.kind === 'notify' ? plan.users : [];
    const row = await insertPage(deps.db, {
        id, message: message.value, target, policy, incidentId: incident.value?.id ?? null, status: plan.kind === 'notify' ? 'paging' : 'exhausted',
        stepIndex: position.step, round: position.round, notified: users, stepStartedAt: now,
        createdById: actor.id, createdByUsername: actor.username, createdAt: now,
    }, firstEvents(actor, resolved.value, plan), (page) => (plan.kind === 'notify' ?
        {kind: 'page_sent', data: {pageNumber: page.number, usernames: users, targetName: target.name}} :
        {kind: 'page_exhausted', data: {pageNumber: page.number}}), actor.id);
    await afterRaise(deps, row, plan, now);
    return ok(row);
}

async function afterRaise(deps: PagingDeps, row: PageRow, plan: Plan, now: Date): Promise<void> {
    const ctx = await pageContext(deps, row);
    if (plan.kind === 'notify') {
        await sendDms(deps, ctx, plan.users, plan.position, now);
        await noteInIncident(deps, ctx, {kind: 'sent', users: plan.users});
    } else {
        await alertTeams(deps, ctx, now);
        await noteInIncident(deps, ctx, {kind: 'outcome', outcome: {kind: 'exhausted', alertChannel: deps.alert.channel}});
    }
}
