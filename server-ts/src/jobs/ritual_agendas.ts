import type PgBoss from 'pg-boss';
import {listActiveRitualRecords} from '../db/ritual_rows.js';
import {claimRun, postedRunKeys, recordRunPost, releaseRun, runKey, type RunClaim} from '../db/ritual_runs.js';
import {dueOccurrences, nextPostTime} from '../domain/ritual_occurrences.js';
import {renderAgenda, type AgendaSourceDeps} from '../rituals/agenda_source.js';
import {postAgendaOnce, type AgendaBot} from '../rituals/post_agenda.js';
import {validRituals, type ValidRitual} from '../rituals/ritual_view.js';

export const RITUAL_AGENDAS = 'ritual-agendas';

export type RitualAgendaDeps = AgendaSourceDeps & {
    bot: AgendaBot;
    // MM_TEAMS; empty: every team of the bot.
    teams: string[];
    now?: () => Date;
    log: {info(obj: object, msg: string): void; warn(obj: object, msg: string): void};
};

const MINUTE = 60_000;
// After a long outage only the last week's agendas are posted (a late one still helps the meeting it belongs to).
const LOOK_BACK_MS = 7 * 24 * 60 * MINUTE;
// A claim this old without a post id belongs to an instance that died mid-post: another may take it over.
const CLAIM_TIMEOUT_MS = 5 * MINUTE;

// Claim, post, record; a failed post gives the claim back, so the next sweep tries again (a retry first looks for
// the post among the channel's recent ones, so a post whose answer was lost is not made twice).
async function postOccurrence(deps: RitualAgendaDeps, ritual: ValidRitual, occurrenceAt: Date, now: Date): Promise<void> {
    const {record} = ritual;
    const claim: RunClaim = {ritualId: record.id, occurrenceAt, late: now >= occurrenceAt, claimedAt: now};
    if (!await claimRun(deps.db, claim, new Date(now.getTime() - CLAIM_TIMEOUT_MS))) {
        return;
    }
    const props = {sre_step: 'ritual_agenda', sre_ritual_id: record.id, sre_occurrence_at: occurrenceAt.toISOString()} as const;
    const posted = await postAgendaOnce(deps.bot, {teams: deps.teams, channel: record.channelName, props,
        render: (teamName) => renderAgenda(deps, {ritual, occurrenceAt, now, isLate: claim.late, teamName})})
        .catch((error: unknown) => ({ok: false as const, error: error instanceof Error ? error.message : String(error)}));
    if (!posted.ok) {
        await releaseRun(deps.db, claim);
        deps.log.warn({ritual: record.name, occurrenceAt, failure: posted.error}, 'ritual agenda not posted; the next sweep tries again');
        return;
    }
    await recordRunPost(deps.db, claim, posted.value, deps.now?.() ?? new Date());
    deps.log.info({ritual: record.name, occurrenceAt, late: claim.late}, 'ritual agenda posted');
}

/**
 * Posts every active ritual's agenda whose post time (start − lead) has come and that has none yet, each exactly
 * once whichever instance sweeps, looking back at most a week and never before the ritual was created or last
 * edited. Returns the next post time of any active ritual (or null).
 */
export async function sweepRitualAgendas(deps: RitualAgendaDeps): Promise<Date | null> {
    const now = deps.now?.() ?? new Date();
    const lookBack = new Date(now.getTime() - LOOK_BACK_MS);
    const [records, posted] = await Promise.all([listActiveRitualRecords(deps.db), postedRunKeys(deps.db, lookBack)]);
    const {rituals, problems} = validRituals(records);
    problems.forEach((problem) => deps.log.warn({problem}, 'ritual not swept'));
    for (const ritual of rituals) {
        const {createdAt, updatedAt, id} = ritual.record;
        const since = new Date(Math.max(lookBack.getTime(), createdAt.getTime(), updatedAt.getTime()));
        for (const occurrenceAt of dueOccurrences(ritual.timing, since, now).filter((at) => !posted.has(runKey(id, at)))) {
            await postOccurrence(deps, ritual, occurrenceAt, now);
        }
    }
    const upcoming = rituals.map((r) => nextPostTime(r.timing, now)).filter((d) => d !== null);
    return upcoming.length === 0 ? null : new Date(Math.min(...upcoming.map((d) => d.getTime())));
}

// A sweep every minute (pg-boss runs a cron once across instances) catches edits, failures and outages; a one-off
// job at the next known post time makes the usual agenda land within seconds rather than up to a minute late.
export async function startRitualAgendaWorker(boss: PgBoss, deps: RitualAgendaDeps): Promise<void> {
    await boss.createQueue(RITUAL_AGENDAS, {name: RITUAL_AGENDAS, policy: 'short'});
    await boss.work(RITUAL_AGENDAS, async () => {
        const next = await sweepRitualAgendas(deps);
        if (next !== null) {
            await boss.send(RITUAL_AGENDAS, {}, {singletonKey: next.toISOString(), startAfter: next, expireInSeconds: 300});
        }
    });
    // Posting runs a few queries and Mattermost calls: a short expiry lets a sweep of a dead instance be retried soon.
    await boss.schedule(RITUAL_AGENDAS, '* * * * *', {}, {singletonKey: 'every-minute', expireInSeconds: 300});
}
