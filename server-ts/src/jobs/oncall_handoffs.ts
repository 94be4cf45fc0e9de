import type PgBoss from 'pg-boss';
import type {Database} from '../db/database.js';
import {claimHandoff, lastNoticeBySchedule, loadHandoffContext} from '../db/handoff_notices.js';
import {handoffsBetween, handoffText, nextHandoffAfter, type Handoff} from '../domain/oncall_handoffs.js';
import type {IncidentBot} from '../mattermost/bot_incident_actions.js';
import {postToTeamChannels, type TeamChannelBot} from '../mattermost/team_channel_post.js';
import type {CatalogEntry, ScheduleCatalog} from '../oncall/schedule_catalog.js';

export const ONCALL_HANDOFFS = 'oncall-handoffs';

export type HandoffBot = TeamChannelBot & Pick<IncidentBot, 'getMe' | 'getUsersByUsernames'> & {
    openDirectChannel: (userIds: [string, string]) => ReturnType<IncidentBot['getTeamName']>;
};
export type HandoffDeps = {
    db: Database; catalog: ScheduleCatalog; bot: HandoffBot;
    teams: string[]; channel: string;
    now?: () => Date;
    log: {info(obj: object, msg: string): void; warn(obj: object, msg: string): void};
};

const MINUTE = 60_000;
// A notice more than this after its hand-off says it is late (the companion was down, or Mattermost was).
const LATE_AFTER_MS = 5 * MINUTE;
// After a long outage only the last week is announced, and at most this many per schedule per sweep.
const LOOK_BACK_MS = 7 * 24 * 60 * MINUTE;
const MAX_PER_SWEEP = 20;
const HORIZON_MS = 35 * 24 * 60 * MINUTE;

async function announce(deps: HandoffDeps, entry: CatalogEntry, handoff: Handoff, isLate: boolean): Promise<void> {
    const context = await loadHandoffContext(deps.db);
    const text = handoffText(handoff, {scheduleName: entry.schedule.name, isLate, ...context});
    const props = {sre_step: 'oncall_handoff', sre_schedule_id: entry.record.id};
    await postToTeamChannels(deps.bot, {teams: deps.teams, channel: deps.channel, render: () => text, props, log: deps.log});
    const [me, people] = await Promise.all([deps.bot.getMe(), deps.bot.getUsersByUsernames([...handoff.fromUsers, ...handoff.toUsers])]);
    for (const person of me.ok && people.ok ? people.value : []) {
        const dm = await deps.bot.openDirectChannel([me.ok ? me.value.id : '', person.id]);
        const posted = dm.ok ? await deps.bot.createPost({channelId: dm.value, message: text, props}) : dm;
        if (!posted.ok) {
            deps.log.warn({user: person.username, failure: posted.error}, 'hand-off DM not sent');
        }
    }
}

/**
 * Announces every hand-off since the last announced one (or the schedule's creation, at most a week back), each
 * exactly once whichever instance sweeps (claimHandoff), marked late when it comes well after the hand-off.
 * Claim, then post: a failed post is not retried (a lost notice beats a double one). Returns the next hand-off.
 */
export async function sweepHandoffs(deps: HandoffDeps): Promise<Date | null> {
    const now = deps.now?.() ?? new Date();
    const [{entries}, announced] = await Promise.all([deps.catalog.all(), lastNoticeBySchedule(deps.db)]);
    const upcoming: Date[] = [];
    for (const entry of entries) {
        const since = Math.max(announced.get(entry.record.id)?.getTime() ?? 0, entry.record.createdAt.getTime(), now.getTime() - LOOK_BACK_MS);
        for (const handoff of handoffsBetween(entry.compiled, new Date(since), now, MAX_PER_SWEEP)) {
            const isLate = now.getTime() - handoff.at.getTime() > LATE_AFTER_MS;
            if (await claimHandoff(deps.db, {scheduleId: entry.record.id, handoffAt: handoff.at, fromUsers: handoff.fromUsers, toUsers: handoff.toUsers, isLate})) {
                await announce(deps, entry, handoff, isLate);
                deps.log.info({schedule: entry.schedule.name, at: handoff.at, isLate}, 'on-call hand-off announced');
            }
        }
        upcoming.push(...[nextHandoffAfter(entry.compiled, now, new Date(now.getTime() + HORIZON_MS))].filter((d) => d !== null));
    }
    return upcoming.length === 0 ? null : new Date(Math.min(...upcoming.map((d) => d.getTime())));
}

// A sweep every minute (pg-boss runs a cron once across instances) catches edits and outages; a one-off job
// at the next known hand-off makes the usual notice land within seconds rather than up to a minute late.
export async function startHandoffWorker(boss: PgBoss, deps: HandoffDeps): Promise<void> {
    await boss.createQueue(ONCALL_HANDOFFS, {name: ONCALL_HANDOFFS, policy: 'short'});
    await boss.work(ONCALL_HANDOFFS, async () => {
        const next = await sweepHandoffs(deps);
        if (next !== null) {
            await boss.send(ONCALL_HANDOFFS, {}, {singletonKey: next.toISOString(), startAfter: next});
        }
    });
    await boss.schedule(ONCALL_HANDOFFS, '* * * * *', {}, {singletonKey: 'every-minute'});
}
