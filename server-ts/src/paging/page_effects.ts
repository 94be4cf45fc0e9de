import {findIncident} from '../db/incident_rows.js';
import {insertPageEvents, pagePosts, type PageRow} from '../db/page_rows.js';
import {nextPosition, type Position} from '../domain/paging_state.js';
import {alertText, closedDmText, incidentNoteText, pageDmText, type IncidentNote, type PageFacts, type PageOutcome} from '../domain/paging_texts.js';
import {pagePostProps} from '../mattermost/page_buttons.js';
import type {PagingDeps} from './paging_deps.js';

// What happens in Mattermost as a page moves. Only whoever claimed the move runs these, so each happens once; they
// are best effort (a failure is recorded on the page's timeline or logged), because the page must keep escalating
// whether or not one DM got through.
export type PageContext = {row: PageRow; facts: PageFacts; incident: {channelId: string | null; teamId: string} | null};

export async function pageContext(deps: PagingDeps, row: PageRow): Promise<PageContext> {
    const incident = row.incidentId === null ? null : await findIncident(deps.db, row.incidentId);
    return {
        row,
        facts: {number: row.number, message: row.message, createdBy: row.createdByUsername, targetName: row.target.name,
            incident: incident === null ? null : {number: incident.number, title: incident.title, isDrill: incident.isDrill}},
        incident: incident === null ? null : {channelId: incident.channelId, teamId: incident.teamId},
    };
}

const botIds = new WeakMap<object, string>();

async function botUserId(deps: PagingDeps): Promise<string | null> {
    const known = botIds.get(deps.bot);
    if (known !== undefined) {
        return known;
    }
    const me = await deps.bot.getMe();
    if (me.ok) {
        botIds.set(deps.bot, me.value.id);
    }
    return me.ok ? me.value.id : null;
}

async function directMessage(deps: PagingDeps, botId: string, userId: string, message: string, props: Record<string, unknown>): Promise<string | null> {
    const channel = await deps.bot.openDirectChannel([botId, userId]);
    const post = channel.ok ? await deps.bot.createPost({channelId: channel.value, message, props}) : channel;
    return post.ok ? post.value.id : null;
}

// One DM per person the step reaches, with Acknowledge / Escalate now; who got one (and who not) goes on the timeline.
export async function sendDms(deps: PagingDeps, ctx: PageContext, users: readonly string[], at: Position, now: Date): Promise<void> {
    const {row} = ctx;
    const step = row.policy.steps[at.step];
    const message = pageDmText(ctx.facts, {minutes: step?.waitMinutes ?? 0, isLast: nextPosition(row.policy, at) === null, alertChannel: deps.alert.channel});
    const props = pagePostProps({id: row.id, number: row.number, position: at}, deps.signing, 'both');
    const [botId, people] = await Promise.all([botUserId(deps), deps.bot.getUsersByUsernames([...users])]);
    const idOf = new Map((people.ok ? people.value : []).map((p) => [p.username.toLowerCase(), p.id]));
    const posts: {username: string; postId: string}[] = [];
    for (const username of users) {
        const userId = idOf.get(username);
        const postId = botId === null || userId === undefined ? null : await directMessage(deps, botId, userId, message, props);
        if (postId !== null) {
            posts.push({username, postId});
        }
    }
    const delivered = posts.map((p) => p.username);
    const failed = users.filter((u) => !delivered.includes(u));
    await insertPageEvents(deps.db, row.id, [{kind: 'notified', data: {delivered, posts, failed}}], null, now);
    if (failed.length > 0) {
        deps.onProblem?.('page DMs failed', {pageId: row.id, failed});
    }
}

export async function noteInIncident(deps: PagingDeps, ctx: PageContext, note: IncidentNote): Promise<void> {
    const channelId = ctx.incident?.channelId ?? null;
    if (channelId === null) {
        return;
    }
    const posted = await deps.bot.createPost({channelId, message: incidentNoteText(ctx.facts, note), props: {sre_page_id: ctx.row.id}});
    if (!posted.ok) {
        deps.onProblem?.('page note in the incident channel failed', {pageId: ctx.row.id, error: posted.error});
    }
}

async function alertTeamIds(deps: PagingDeps, ctx: PageContext): Promise<string[]> {
    if (ctx.incident !== null && ctx.incident.teamId !== '') {
        return [ctx.incident.teamId];
    }
    const teams = await deps.bot.getMyTeams();
    if (!teams.ok) {
        deps.onProblem?.('cannot list the bot\'s teams for a page alert', {pageId: ctx.row.id, error: teams.error});
        return [];
    }
    return teams.value.filter((t) => deps.alert.teams.length === 0 || deps.alert.teams.includes(t.name.toLowerCase())).map((t) => t.id);
}

// The loud one, in the alert channel, with an Acknowledge button for the SREs there.
export async function alertTeams(deps: PagingDeps, ctx: PageContext, now: Date): Promise<void> {
    const {row} = ctx;
    const props = pagePostProps({id: row.id, number: row.number, position: {step: row.stepIndex, round: row.round}}, deps.signing, 'ack');
    const postIds: string[] = [];
    for (const teamId of await alertTeamIds(deps, ctx)) {
        const channel = await deps.bot.getChannelByName(teamId, deps.alert.channel);
        const post = channel.ok && channel.value !== null ?
            await deps.bot.createPost({channelId: channel.value.id, message: alertText(ctx.facts, row.notified), props}) : null;
        if (post?.ok === true) {
            postIds.push(post.value.id);
        }
    }
    await insertPageEvents(deps.db, row.id, [{kind: 'alerted', data: {channel: deps.alert.channel, postIds}}], null, now);
}

// Every DM and alert of the page says how it ended; only a page that ran out of steps keeps its Acknowledge button.
export async function closePosts(deps: PagingDeps, ctx: PageContext, outcome: PageOutcome): Promise<void> {
    const {row} = ctx;
    const props = pagePostProps({id: row.id, number: row.number, position: {step: row.stepIndex, round: row.round}}, deps.signing,
        outcome.kind === 'exhausted' ? 'ack' : 'none');
    const message = closedDmText(ctx.facts, outcome);
    for (const postId of await pagePosts(deps.db, row.id)) {
        const patched = await deps.bot.patchPost(postId, {message, props});
        if (!patched.ok) {
            deps.onProblem?.('could not update a page post', {pageId: row.id, postId, error: patched.error});
        }
    }
}
