import {changeIncident} from '../db/change_incident.js';
import {findIncident, type IncidentRow} from '../db/incident_rows.js';
import {templateTier} from '../db/retro_rows.js';
import {broadcastText, threadReplyText} from '../domain/incident_posts.js';
import {err, ok, type Result} from '../domain/result.js';
import type {MattermostFailure} from '../mattermost/bot_client.js';
import {checklistPost} from '../mattermost/checklist_post.js';
import {createIncidentChannel} from './create_incident_channel.js';
import {incidentRunbooksPost} from './incident_runbooks.js';
import {incidentView} from './incident_view.js';
import {postOnce} from './post_once.js';
import type {StepDeps} from './step_deps.js';

export type StepFailure = {step: string; failure: MattermostFailure | {kind: 'broken'; status: null; message: string}};
type StepOutcome = Result<{results: Record<string, string>; set?: Partial<IncidentRow>}, StepFailure['failure']>;

// Runs the incident's pending declaration steps in order, each checked, done, then recorded (removed from
// pending_steps with its result in one update). Stops at the first failure, leaving the rest pending.
// `isRetry`: an earlier attempt may have acted without recording it, so posts are looked for before posting.
export async function runPendingSteps(deps: StepDeps, incidentId: string, isRetry: boolean, start?: IncidentRow): Promise<Result<IncidentRow, StepFailure>> {
    let row = start ?? await findIncident(deps.db, incidentId);
    while (row) {
        const step = row.pendingSteps[0];
        if (step === undefined) {
            return ok(row);
        }
        const outcome = await runStep(deps, row, step, isRetry);
        if (!outcome.ok) {
            return err({step, failure: outcome.error});
        }
        const recorded = await changeIncident(deps.db, incidentId, (current) => ok({event: null, set: {
            ...outcome.value.set,
            pendingSteps: current.pendingSteps.filter((s) => s !== step),
            stepResults: {...current.stepResults, ...outcome.value.results},
        }}));
        row = recorded.ok ? recorded.value : null;
    }
    return err({step: 'load', failure: {kind: 'broken', status: null, message: `incident ${incidentId} is gone`}});
}

const broken = (message: string): StepOutcome => err({kind: 'broken', status: null, message});

async function runStep(deps: StepDeps, row: IncidentRow, step: string, isRetry: boolean): Promise<StepOutcome> {
    const declaration = row.declaration;
    if (declaration === null) {
        return broken('the incident has no stored declaration');
    }
    if (step === 'create_channel') {
        return createIncidentChannel(deps, row, declaration);
    }
    const channelId = row.channelId;
    if (channelId === null) {
        return broken(`${step} needs the channel, which is not created yet`);
    }
    const once = (where: string, message: string, props: Record<string, unknown> = {}, rootId?: string) =>
        postOnce(deps.bot, {channelId: where, message, rootId, props: {...props, sre_incident_id: row.id, sre_step: step}}, isRetry);
    switch (step) {
    case 'add_members':
        return addMembers(deps, channelId, declaration.memberUsernames);
    case 'first_post':
        return keyed(step, await once(channelId, declaration.firstPost));
    case 'checklist_post': {
        const post = checklistPost(incidentView(row), deps.signing);
        return keyed(step, await once(channelId, post.message, post.props));
    }
    case 'runbooks_post': {
        const text = await runbooksText(deps, row);
        return text === null ? ok({results: {}}) : keyed(step, await once(channelId, text));
    }
    case 'pin_summary':
        return pinSummary(deps, row.stepResults.first_post);
    case 'reply_in_thread':
        return declaration.source === null ? ok({results: {}}) :
            keyed(step, await once(declaration.source.channelId, threadReplyText(declaration.subject, row.channelName), {}, declaration.source.rootId));
    case 'broadcast':
        return broadcast(deps, row, declaration.broadcastChannels, (where) => once(where, broadcastText(declaration.subject, row.channelName)));
    default:
        return broken(`unknown declaration step ${step}`);
    }
}

const keyed = (step: string, posted: Result<string, MattermostFailure>): StepOutcome =>
    posted.ok ? ok({results: {[step]: posted.value}}) : posted;

async function addMembers(deps: StepDeps, channelId: string, usernames: string[]): Promise<StepOutcome> {
    const users = await deps.bot.getUsersByUsernames(usernames);
    if (!users.ok) {
        return users;
    }
    // Unknown usernames (a template naming someone who left) are skipped rather than blocking the incident.
    const botId = await deps.botUserId();
    const ids = users.value.map((u) => u.id).filter((id) => id !== botId);
    if (ids.length === 0) {
        return ok({results: {}});
    }
    const added = await deps.bot.addChannelMembers(channelId, ids);
    return added.ok ? ok({results: {}}) : added;
}

// The runbooks the checklist links (as declared), and the library's for the template's tier; null when none.
async function runbooksText(deps: StepDeps, row: IncidentRow): Promise<string | null> {
    const linked = row.checklist.flatMap((item) => (item.runbook ? [item.runbook.id] : []));
    return incidentRunbooksPost(deps, linked, await templateTier(deps.db, row.templateId), (deps.now ?? (() => new Date()))());
}

async function pinSummary(deps: StepDeps, postId: string | undefined): Promise<StepOutcome> {
    if (postId === undefined) {
        return broken('pin_summary needs the first post, which is not recorded');
    }
    const pinned = await deps.bot.pinPost(postId);
    return pinned.ok ? ok({results: {}}) : pinned;
}

async function broadcast(deps: StepDeps, row: IncidentRow, channels: string[],
    post: (channelId: string) => Promise<Result<string, MattermostFailure>>): Promise<StepOutcome> {
    const results: Record<string, string> = {};
    for (const name of channels) {
        const channel = await deps.bot.getChannelByName(row.teamId, name);
        if (!channel.ok) {
            return channel;
        }
        // A template naming a channel that does not exist (yet) must not hold the incident back.
        if (channel.value === null) {
            results[`broadcast:${name}`] = 'missing';
            continue;
        }
        const posted = await post(channel.value.id);
        if (!posted.ok) {
            return posted;
        }
        results[`broadcast:${name}`] = posted.value;
    }
    return ok({results});
}
