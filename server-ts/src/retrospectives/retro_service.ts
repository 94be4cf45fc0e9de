import type {NewFollowUpBody, RetrospectiveView, SaveRetrospectiveBody} from '../contract/retrospectives.js';
import {firstDetection} from '../db/drill_rows.js';
import {findIncident, type IncidentRow} from '../db/incident_rows.js';
import {linkFollowUp, listFollowUpRows, publishRetrospective, saveRetrospective, type RetroRow, type SaveError} from '../db/retro_rows.js';
import {applyEdit, validateFollowUp} from '../domain/retro_edit.js';
import {renderRetrospective} from '../domain/retro_markdown.js';
import {err, ok, type Result} from '../domain/result.js';
import type {Actor} from '../incidents/access.js';
import {openRetrospective, reminderDueAt} from './open_retrospective.js';
import {postPublished} from './publish_posts.js';
import type {RetroDeps, RetroFailure} from './retro_deps.js';
import {retrospectiveView} from './retro_view.js';
import {UNREACHABLE} from '../triage/triage_deps.js';

export type {RetroDeps, RetroFailure} from './retro_deps.js';
type Answer = Promise<Result<RetrospectiveView, RetroFailure>>;
type Found = {incident: IncidentRow; retro: RetroRow};

// The one place that runs domain → database → Mattermost for incident reviews; the HTTP routes call it. Private
// incidents answer not_found to whoever may not see them, as the incidents do.
export type RetroService = {
    get(incidentId: string, actor: Actor): Promise<RetrospectiveView | null>;
    markdown(incidentId: string, actor: Actor): Promise<string | null>;
    save(incidentId: string, body: SaveRetrospectiveBody, actor: Actor): Answer;
    addFollowUp(incidentId: string, body: NewFollowUpBody, actor: Actor): Answer;
    publish(incidentId: string, actor: Actor): Answer;
};

// What every operation shares: the clock, the view of a review, and the two access gates.
type Ctx = {
    deps: RetroDeps;
    now: () => Date;
    view: (found: Found) => Promise<RetrospectiveView>;
    // An incident still open has no review yet (null), and neither has one the actor may not see.
    visible: (incidentId: string, actor: Actor) => Promise<Found | null>;
    changeable: (incidentId: string, actor: Actor) => Promise<Result<Found, RetroFailure>>;
};

function context(deps: RetroDeps): Ctx {
    const now = () => deps.now?.() ?? new Date();
    const visible = async (incidentId: string, actor: Actor): Promise<Found | null> => {
        const incident = await findIncident(deps.db, incidentId);
        const retro = incident && await deps.access.canSee(incident, actor) ? await openRetrospective(deps, incident) : null;
        return incident && retro ? {incident, retro} : null;
    };
    return {
        deps, now, visible,
        view: async ({incident, retro}) => retrospectiveView({incident, retro, followUps: await listFollowUpRows(deps.db, incident.id),
            detection: incident.isDrill ? await firstDetection(deps.db, incident.id) : null,
            reminderDueAt: reminderDueAt(deps, retro.createdAt), zone: deps.timeZone, now: now()}),
        changeable: async (incidentId, actor) => {
            const found = await visible(incidentId, actor);
            const allowed = found ? await deps.access.canChange(found.incident, actor) : err('not_found');
            if (!found || !allowed.ok) {
                return err(!allowed.ok && allowed.error.startsWith('forbidden: ') ?
                    {code: 'forbidden', message: allowed.error.slice('forbidden: '.length)} : {code: 'not_found'});
            }
            return ok(found);
        },
    };
}

export function createRetroService(deps: RetroDeps): RetroService {
    const ctx = context(deps);
    return {
        get: async (incidentId, actor) => {
            const found = await ctx.visible(incidentId, actor);
            return found ? ctx.view(found) : null;
        },
        markdown: async (incidentId, actor) => {
            const found = await ctx.visible(incidentId, actor);
            return found ? renderRetrospective(await ctx.view(found), deps.timeZone) : null;
        },
        save: async (incidentId, body, actor) => save(ctx, await ctx.changeable(incidentId, actor), body),
        addFollowUp: async (incidentId, body, actor) => addFollowUp(ctx, await ctx.changeable(incidentId, actor), body, actor),
        publish: async (incidentId, actor) => publish(ctx, await ctx.changeable(incidentId, actor)),
    };
}

async function save(ctx: Ctx, found: Result<Found, RetroFailure>, body: SaveRetrospectiveBody): Answer {
    if (!found.ok) {
        return found;
    }
    const {incident} = found.value;
    const {version, ...edit} = body;
    const saved = await saveRetrospective(ctx.deps.db, incident.id, version, ctx.now(), (current) => applyEdit(current, edit, incident.isDrill));
    return saved.ok ? ok(await ctx.view({incident, retro: saved.value})) : err(await saveFailure(ctx, saved.error, incident));
}

async function saveFailure(ctx: Ctx, error: SaveError, incident: IncidentRow): Promise<RetroFailure> {
    switch (error.kind) {
    case 'not_found':
        return {code: 'not_found'};
    case 'published':
        return {code: 'invalid_fields', fields: {status: 'the retrospective is published: it can no longer be edited'}};
    case 'conflict':
        return {code: 'version_conflict', retrospective: await ctx.view({incident, retro: error.current})};
    case 'fields':
        return {code: 'invalid_fields', fields: error.fields};
    }
}

// Only the call that moved it from draft posts; pressing Publish again (or from another tab) answers the same review.
async function publish(ctx: Ctx, found: Result<Found, RetroFailure>): Answer {
    if (!found.ok) {
        return found;
    }
    const {incident} = found.value;
    const published = await publishRetrospective(ctx.deps.db, incident.id, ctx.now());
    if (published === null) {
        return err({code: 'not_found'});
    }
    const current = await ctx.view({incident, retro: published.row});
    if (published.isFirst) {
        await postPublished(ctx.deps, incident, current);
    }
    return ok(current);
}

// Validated → the owner looked up in Mattermost → a triage request through the triage service → linked and accepted.
// A replay (same key) finds the request made the first time and links it again; nothing is made twice.
async function addFollowUp(ctx: Ctx, found: Result<Found, RetroFailure>, body: NewFollowUpBody, actor: Actor): Answer {
    if (!found.ok) {
        return found;
    }
    const {deps} = ctx;
    const now = ctx.now();
    const {incident} = found.value;
    const valid = validateFollowUp(body, deps.timeZone, now);
    if (!valid.ok) {
        return err({code: 'invalid_fields', fields: valid.error});
    }
    const users = await deps.bot.getUsersByUsernames([valid.value.ownerUsername]);
    const owner = users.ok ? users.value.find((u) => u.username.toLowerCase() === valid.value.ownerUsername) : undefined;
    if (!owner) {
        return err(users.ok ? {code: 'invalid_fields', fields: {ownerUsername: `no Mattermost user @${valid.value.ownerUsername}: choose the owner from the list`}} :
            {code: 'unavailable', message: UNREACHABLE});
    }
    const description = [valid.value.description, `Follow-up of ${incident.isDrill ? 'drill ' : ''}incident ${incident.number}: ${incident.title}`]
        .filter((line) => line !== '').join('\n\n');
    const created = await deps.triage.create({idempotencyKey: `followup:${incident.id}:${body.idempotencyKey}`, title: valid.value.title,
        description, category: valid.value.category}, actor);
    if (!created.ok) {
        return err(created.error._ === UNREACHABLE ? {code: 'unavailable', message: UNREACHABLE} : {code: 'invalid_fields', fields: created.error});
    }
    const linked = await linkFollowUp(deps.db, created.value.request.id, {incidentId: incident.id, dueAt: valid.value.dueAt, category: valid.value.category,
        owner: {id: owner.id, username: owner.username}, actor: {id: actor.id, username: actor.username}}, now);
    deps.triage.invalidate();
    return linked.ok ? ok(await ctx.view(found.value)) : err({code: 'invalid_fields', fields: linked.error});
}
