import type PgBoss from 'pg-boss';
import {claimReminder} from '../db/claim_reminder.js';
import type {Database} from '../db/database.js';
import {findIncident} from '../db/incident_rows.js';
import {nextUpdateDue, reminderText, updateIntervalFor} from '../domain/reminders.js';
import type {IncidentBot} from '../mattermost/bot_incident_actions.js';

export const STATUS_REMINDER = 'incident-status-reminder';
type Payload = {incidentId: string; dueAt: string};

export const createStatusReminderQueue = (boss: PgBoss) => // 'short': ≤1 queued job per key
    boss.createQueue(STATUS_REMINDER, {name: STATUS_REMINDER, policy: 'short'});

export function scheduleStatusReminder(boss: PgBoss, incidentId: string, dueAt: Date): Promise<string | null> {
    const data: Payload = {incidentId, dueAt: dueAt.toISOString()};
    // Same incident + deadline = same key, so a duplicate send is dropped.
    return boss.send(STATUS_REMINDER, data, {singletonKey: `${incidentId}@${data.dueAt}`, startAfter: dueAt, expireInSeconds: 60});
}

type Deps = {db: Database; bot: IncidentBot; schedule: (incidentId: string, dueAt: Date) => Promise<unknown>};

export function statusReminderHandler({db, bot, schedule}: Deps) {
    const remind = async ({incidentId, dueAt: raw}: Payload) => {
        const dueAt = new Date(raw);
        const incident = await findIncident(db, incidentId);
        // Deadline moved by a later update, or incident closed: stale job.
        if (incident?.nextUpdateDueAt?.getTime() !== dueAt.getTime() || incident.updateIntervalMinutes === null || incident.channelId === null) {
            return;
        }
        const next = nextUpdateDue(incident.severity, incident.updateIntervalMinutes, dueAt);
        // The next one is queued before claiming, so a crash after the claim cannot end the reminders.
        await schedule(incidentId, next);
        // Claim before posting: pg-boss retries failed jobs, and a lost reminder beats a double post.
        const claimed = await claimReminder(db, incidentId, dueAt, next);
        if (claimed?.channelId) {
            await bot.createPost({channelId: claimed.channelId, props: {sre_incident_id: incidentId, sre_step: 'reminder'},
                message: reminderText({number: claimed.number, title: claimed.title, severity: claimed.severity,
                    commanderUsername: claimed.commanderUsername ?? '', intervalMinutes: updateIntervalFor(claimed.severity, incident.updateIntervalMinutes)})});
        }
    };
    // A whole batch at once: 10,000 reminders due in the same minute must not queue behind each other's posts.
    return async (jobs: PgBoss.Job<Payload>[]) => {
        const results = await Promise.allSettled(jobs.map((job) => remind(job.data)));
        const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
        if (failed) {
            throw failed.reason instanceof Error ? failed.reason : new Error(String(failed.reason));
        }
    };
}

const BATCH = 500;

// Per FACTS.md: pg-boss sleeps between fetches even after a full batch; waking the worker keeps p99 under a second.
export async function startStatusReminderWorker(boss: PgBoss, deps: Deps): Promise<void> {
    await createStatusReminderQueue(boss);
    const handle = statusReminderHandler(deps);
    const workerId = await boss.work<Payload>(STATUS_REMINDER, {batchSize: BATCH, pollingIntervalSeconds: 0.5}, async (jobs) => {
        await handle(jobs);
        if (jobs.length === BATCH) {
            boss.notifyWorker(workerId);
        }
    });
}
