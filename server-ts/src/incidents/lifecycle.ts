import type {IncidentRole, IncidentView} from '../contract/incidents.js';
import {changeIncident, type Change} from '../db/change_incident.js';
import {findIncident, type IncidentRow} from '../db/incident_rows.js';
import {drillMark} from '../domain/incident_posts.js';
import {changeStatus, reopen, resolve} from '../domain/incident_status.js';
import {nextUpdateDue} from '../domain/reminders.js';
import {err, ok, type Result} from '../domain/result.js';
import {parseSeverity} from '../domain/severity.js';
import {type EventData, type EventKind} from '../domain/timeline.js';
import type {Actor} from './access.js';
import {broadcastChange, broadcastChangeText, type BroadcastKind} from './incident_broadcast.js';
import {incidentView} from './incident_view.js';
import {refreshChecklistPost} from './refresh_checklist.js';
import type {ServiceDeps} from './service_deps.js';
import {requireTeamMember} from './team_membership.js';

type Changed = Promise<Result<IncidentView, string>>;
type Mutated = Result<IncidentRow, string>;
const event = <K extends EventKind>(kind: K, data: EventData[K], actor: Actor) => ({kind, data, actorId: actor.id});

// Access check → the optional extra check (after access, so a non-member learns nothing) → locked
// decide-and-write with its timeline event.
async function mutate(deps: ServiceDeps, id: string, actor: Actor, decide: (row: IncidentRow, now: Date) => Result<Change, string>,
    check?: (row: IncidentRow) => Promise<Result<true, string>>): Promise<Mutated> {
    const row = await findIncident(deps.db, id);
    if (!row) {
        return err('not_found');
    }
    const allowed = await deps.access.canChange(row, actor);
    const checked = allowed.ok && check ? await check(row) : allowed;
    if (!checked.ok) {
        return checked;
    }
    const now = (deps.now ?? (() => new Date()))();
    const changed = await changeIncident(deps.db, id, (current) => decide(current, now));
    if (!changed.ok) {
        return changed;
    }
    const due = changed.value.nextUpdateDueAt;
    if (due !== null && due.getTime() !== row.nextUpdateDueAt?.getTime()) {
        await deps.jobs.scheduleReminder(id, due);
    }
    return changed;
}

type Aftermath = {notice?: {text: (row: IncidentRow) => string; step: string}; broadcast?: {kind: BroadcastKind; text: string; actor: Actor};
    refreshChecklist?: boolean};

// What Mattermost shows after a committed change: a one-line notice in the channel, the broadcast, fresh
// checklist buttons. All best effort: the change is already committed, and the timeline has it.
async function announce(deps: ServiceDeps, changed: Mutated, after: Aftermath): Changed {
    if (!changed.ok) {
        return changed;
    }
    const row = changed.value;
    if (row.channelId !== null && after.notice) {
        const {text, step} = after.notice;
        const posted = await deps.bot.createPost({channelId: row.channelId, message: text(row), props: {sre_incident_id: row.id, sre_step: step}});
        if (!posted.ok) {
            deps.onProblem?.('incident notice not posted', {incidentId: row.id, step, failure: posted.error});
        }
    }
    // Before the channel exists the declaration broadcast has not gone out either; an update must not precede it.
    if (row.channelId !== null && after.broadcast) {
        const {kind, text, actor} = after.broadcast;
        await broadcastChange(deps, row, kind, broadcastChangeText(row, kind, text, actor.username));
    }
    if (after.refreshChecklist) {
        await refreshChecklistPost(deps, row);
    }
    return ok(incidentView(row));
}

// The resolution is committed whatever happens here; a review that failed to open is opened when first read.
async function afterResolve(deps: ServiceDeps, changed: Mutated): Promise<Mutated> {
    if (changed.ok && deps.onResolved) {
        await deps.onResolved(changed.value.id).catch((error: unknown) =>
            deps.onProblem?.('retrospective not opened', {incidentId: changed.value.id, error: String(error)}));
    }
    return changed;
}

const dueFrom = (row: IncidentRow, severity: IncidentRow['severity'], now: Date) =>
    row.updateIntervalMinutes === null ? null : nextUpdateDue(severity, row.updateIntervalMinutes, now);

const stateChanges = (deps: ServiceDeps) => ({
    changeStatus: async (id: string, status: string, actor: Actor) => announce(deps, await mutate(deps, id, actor, (row) => {
        const next = changeStatus(row.status, status);
        return next.ok ? ok({set: {status: next.value}, event: event('status_changed', {from: row.status, to: next.value}, actor)}) : next;
    }), {notice: {text: (r) => `:information_source: ${drillMark(r.isDrill)}Status is now **${r.status}** (set by @${actor.username}).`, step: 'status_changed'}}),
    changeSeverity: async (id: string, raw: string, actor: Actor) => announce(deps, await mutate(deps, id, actor, (row, now) => {
        const severity = parseSeverity(raw);
        if (!severity.ok || row.status === 'resolved' || severity.value === row.severity) {
            return err(!severity.ok ? severity.error : row.status === 'resolved' ? 'the incident is resolved: reopen it first' : `the incident is already ${row.severity.toUpperCase()}`);
        }
        return ok({set: {severity: severity.value, nextUpdateDueAt: dueFrom(row, severity.value, now)},
            event: event('severity_changed', {from: row.severity, to: severity.value}, actor)});
    }), {notice: {text: (r) => `:information_source: ${drillMark(r.isDrill)}Severity is now **${r.severity.toUpperCase()}** (set by @${actor.username}).`,
        step: 'severity_changed'}}),
    assignRole: async (id: string, role: IncidentRole, given: {id: string; username: string}, actor: Actor) => {
        // The browser sends only the user id; Mattermost says who that is (and whether they exist).
        const found = given.username !== '' ? null : await deps.bot.getUsersByIds([given.id]);
        const user = found === null ? given : found.ok ? found.value[0] : undefined;
        if (user === undefined) {
            return err(found?.ok === false ? 'Mattermost did not answer: try again in a moment' : 'no such Mattermost user: choose one from the list');
        }
        const changed = await mutate(deps, id, actor, () => ok({set: roleColumns(role, user), event: event('role_assigned', {role, username: user.username}, actor)}),
            (row) => requireTeamMember(deps.bot, row.teamId, user));
        return announce(deps, changed, {notice: {text: (r) => `:information_source: ${drillMark(r.isDrill)}@${user.username} is now ${role} (set by @${actor.username}).`,
            step: 'role_assigned'}});
    },
});

const recordChanges = (deps: ServiceDeps) => ({
    postUpdate: async (id: string, text: string, actor: Actor) => announce(deps, await mutate(deps, id, actor, (row, now) => {
        const trimmed = text.trim();
        if (trimmed === '' || row.status === 'resolved') {
            return err(trimmed === '' ? 'write what changed in the update' : 'the incident is resolved: reopen it first');
        }
        return ok({set: {nextUpdateDueAt: dueFrom(row, row.severity, now)}, event: event('status_update', {text: trimmed}, actor)});
    }), {notice: {text: (r) => `#### ${drillMark(r.isDrill)}Status update · ${r.severity.toUpperCase()} · ${r.status}\n${text.trim()}\n— @${actor.username}`,
        step: 'status_update'},
        broadcast: {kind: 'status_update', text: text.trim(), actor}}),
    resolve: async (id: string, summary: string, actor: Actor) => announce(deps, await afterResolve(deps, await mutate(deps, id, actor, (row, now) => {
        const next = resolve(row.status);
        if (!next.ok || summary.trim() === '') {
            return next.ok ? err('say in a sentence how it was resolved') : next;
        }
        return ok({set: {status: next.value, resolvedAt: now, resolutionSummary: summary.trim(), nextUpdateDueAt: null},
            event: event('resolved', {summary: summary.trim()}, actor)});
    })), {notice: {text: (r) => `:white_check_mark: **${drillMark(r.isDrill)}Resolved** by @${actor.username}: ${r.resolutionSummary ?? ''}`, step: 'resolved'},
        broadcast: {kind: 'resolved', text: summary.trim(), actor}, refreshChecklist: true}),
    reopen: async (id: string, actor: Actor) => announce(deps, await mutate(deps, id, actor, (row, now) => {
        const next = reopen(row.status);
        return next.ok ? ok({set: {status: next.value, resolvedAt: null, nextUpdateDueAt: dueFrom(row, row.severity, now)},
            event: event('reopened', {}, actor)}) : next;
    }), {notice: {text: (r) => `:warning: ${drillMark(r.isDrill)}Reopened by @${actor.username}.`, step: 'reopened'}, refreshChecklist: true}),
});

const checklistAndTimeline = (deps: ServiceDeps) => ({
    tickChecklist: async (id: string, index: number, done: boolean, actor: Actor) => announce(deps, await mutate(deps, id, actor, (row, now) => {
        const item = row.checklist[index];
        if (item === undefined) {
            return err(`there is no checklist step ${index + 1}: the checklist has ${row.checklist.length}`);
        }
        const checklist = row.checklist.map((c, k) => (k === index ? {...c, doneAt: done ? now.toISOString() : null, doneBy: done ? actor.username : null} : c));
        return ok({set: {checklist}, event: event(done ? 'checklist_ticked' : 'checklist_unticked', {step: item.title}, actor)});
    }), {refreshChecklist: true}),
    addTimelinePost: async (id: string, postId: string, actor: Actor) => {
        const post = await deps.bot.getPost(postId);
        if (!post.ok || post.value === null) {
            return err(post.ok ? 'the message was not found: it may have been deleted' : 'Mattermost did not answer: try again in a moment');
        }
        const {message, userId} = post.value;
        const author = await deps.bot.getUsersByIds([userId]);
        const authorUsername = author.ok ? author.value[0]?.username ?? 'unknown' : 'unknown';
        return announce(deps, await mutate(deps, id, actor, () => ok({set: {}, event: {...event('timeline_post', {authorUsername, message}, actor),
            data: {authorUsername, message, postId}}})), {});
    },
});

export const lifecycle = (deps: ServiceDeps) => ({...stateChanges(deps), ...recordChanges(deps), ...checklistAndTimeline(deps)});

function roleColumns(role: IncidentRole, user: {id: string; username: string}): Partial<IncidentRow> {
    switch (role) {
    case 'commander':
        return {commanderId: user.id, commanderUsername: user.username};
    case 'communications':
        return {communicationsId: user.id, communicationsUsername: user.username};
    case 'scribe':
        return {scribeId: user.id, scribeUsername: user.username};
    }
}

