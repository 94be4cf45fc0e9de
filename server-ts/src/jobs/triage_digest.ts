import {DateTime} from 'luxon';
import type PgBoss from 'pg-boss';
import {claimDigestWeek, lastDigestRunAt, loadDigestInput} from '../db/digest_runs.js';
import type {Database} from '../db/database.js';
import type {Result} from '../domain/result.js';
import {buildDigest} from '../domain/triage_digest.js';
import {missedDigest, nextDigestAt, type DigestSchedule} from '../domain/triage_digest_schedule.js';
import type {SlaThresholds} from '../domain/triage_sla.js';
import {postToTeamChannels, type TeamChannelBot} from '../mattermost/team_channel_post.js';

export const TRIAGE_DIGEST = 'triage-digest';
type Payload = {slotAt: string};

export type DigestBot = TeamChannelBot;
export type DigestDeps = {
    db: Database;
    bot: DigestBot;
    schedule: DigestSchedule;
    channel: string;
    // MM_TEAMS; empty: every team of the bot.
    teams: string[];
    siteUrl: string;
    sla: SlaThresholds;
    now?: () => Date;
    log: {info(obj: object, msg: string): void; warn(obj: object, msg: string): void};
};
export type DigestOutcome = {kind: 'posted'; posts: number} | {kind: 'already_ran'};

const WEEK = 7 * 24 * 3_600_000;

function unwrap<T>(result: Result<T, string>): T {
    if (!result.ok) {
        throw new Error(result.error);
    }
    return result.value;
}

// The claim key: the Monday of the slot's week in the team's zone, so a catch-up and the regular slot of the
// same week (or a schedule changed mid-week) still post once.
export const digestWeekOf = (slotAt: Date, timeZone: string): string =>
    DateTime.fromJSDate(slotAt, {zone: timeZone}).startOf('week').toISODate() ?? slotAt.toISOString().slice(0, 10);

// The most recent slot at or before now: what a catch-up run stands in for.
export const latestDigestSlot = (schedule: DigestSchedule, now: Date): Date => unwrap(nextDigestAt(schedule, new Date(now.getTime() - WEEK)));

/**
 * Claim, then post: a week whose post failed stays claimed (a lost digest beats a double one, like reminders);
 * the next digest covers everything since the last claimed run anyway.
 */
export async function runDigest(deps: DigestDeps, slotAt: Date): Promise<DigestOutcome> {
    const now = deps.now?.() ?? new Date();
    const since = await lastDigestRunAt(deps.db) ?? new Date(now.getTime() - WEEK);
    if (!await claimDigestWeek(deps.db, {weekStart: digestWeekOf(slotAt, deps.schedule.timeZone), slotAt, ranAt: now})) {
        return {kind: 'already_ran'};
    }
    const {requests, events} = await loadDigestInput(deps.db, since);
    const posts = await postToTeamChannels(deps.bot, {teams: deps.teams, channel: deps.channel, props: {sre_step: 'triage_digest'}, log: deps.log,
        render: (teamName) => buildDigest(requests, events, {since, now, siteUrl: deps.siteUrl, teamName, thresholds: deps.sla})});
    deps.log.info({slotAt, since, posts}, 'triage digest posted');
    return {kind: 'posted', posts};
}

// Own scheduling instead of schedule(): pg-boss cron never backfills a slot missed while every instance was down.
export function sendDigest(boss: PgBoss, slotAt: Date): Promise<string | null> {
    const data: Payload = {slotAt: slotAt.toISOString()};
    // 'short' keeps one queued job per slot however many instances send it.
    return boss.send(TRIAGE_DIGEST, data, {singletonKey: data.slotAt, startAfter: slotAt, expireInSeconds: 120, retryLimit: 3, retryDelay: 30});
}

export function digestHandler(deps: DigestDeps, scheduleNext: (slotAt: Date) => Promise<unknown>) {
    return async (jobs: PgBoss.Job<Payload>[]) => {
        for (const {data} of jobs) {
            await runDigest(deps, new Date(data.slotAt));
            await scheduleNext(unwrap(nextDigestAt(deps.schedule, deps.now?.() ?? new Date())));
        }
    };
}

// The slots to send at start: the next one always, and the latest past one when a run was missed.
export async function digestSlotsAtStart(deps: Pick<DigestDeps, 'db' | 'schedule' | 'now'>): Promise<Date[]> {
    const now = deps.now?.() ?? new Date();
    const next = unwrap(nextDigestAt(deps.schedule, now));
    const missed = unwrap(missedDigest(await lastDigestRunAt(deps.db), deps.schedule, now));
    return missed ? [latestDigestSlot(deps.schedule, now), next] : [next];
}

export async function startDigestWorker(boss: PgBoss, deps: DigestDeps): Promise<void> {
    await boss.createQueue(TRIAGE_DIGEST, {name: TRIAGE_DIGEST, policy: 'short'});
    await boss.work<Payload>(TRIAGE_DIGEST, digestHandler(deps, (slotAt) => sendDigest(boss, slotAt)));
    for (const slotAt of await digestSlotsAtStart(deps)) {
        await sendDigest(boss, slotAt);
    }
}
