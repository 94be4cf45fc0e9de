import type PgBoss from 'pg-boss';
import {claimReminders, findReminderRows, type ReminderClaim, type ReminderRow} from '../db/claim_reminders.js';
import type {Database} from '../db/database.js';
import {nextUpdateDue, reminderText, updateIntervalFor} from '../domain/reminders.js';
import type {IncidentBot} from '../mattermost/bot_incident_actions.js';

export const STATUS_REMINDER = 'incident-status-reminder';
type Payload = {incidentId: string; dueAt: string};
export type Reminder = {incidentId: string; dueAt: Date};

export const createStatusReminderQueue = (boss: PgBoss) => // 'short': ≤1 queued job per key
    boss.createQueue(STATUS_REMINDER, {name: STATUS_REMINDER, policy: 'short'});

// Same incident + deadline = same key, so a duplicate send is dropped.
const jobFor = ({incidentId, dueAt}: Reminder) => {
    const data: Payload = {incidentId, dueAt: dueAt.toISOString()};
    return {data, options: {singletonKey: `${incidentId}@${data.dueAt}`, startAfter: dueAt, expireInSeconds: 60}};
};

export function scheduleStatusReminder(boss: PgBoss, incidentId: string, dueAt: Date): Promise<string | null> {
    const {data, options} = jobFor({incidentId, dueAt});
    return boss.send(STATUS_REMINDER, data, options);
}

// One statement for a whole batch: 10,000 reminders due in one minute must not cost 10,000 round trips.
export async function scheduleStatusReminders(boss: PgBoss, reminders: Reminder[]): Promise<void> {
    if (reminders.length > 0) {
        await boss.insert(reminders.map((r) => {
            const {data, options} = jobFor(r);
            return {name: STATUS_REMINDER, data, ...options};
        }));
    }
}

type Deps = {db: Database; bot: IncidentBot; schedule: (reminders: Reminder[]) => Promise<unknown>};

// Deadline moved by a later update, or incident closed (or its channel never came): a stale job.
const isStillDue = (row: ReminderRow | undefined, dueAt: Date): row is ReminderRow & {updateIntervalMinutes: NonNullable<ReminderRow['updateIntervalMinutes']>} =>
    row?.nextUpdateDueAt?.getTime() === dueAt.getTime() && row.updateIntervalMinutes !== null && row.channelId !== null;

// This deadline was claimed by an earlier run of the job that then failed: its next reminder may never have
// been queued, so queue it again (the singleton key drops it if it was).
const wasClaimedBefore = (row: ReminderRow | undefined, dueAt: Date): row is ReminderRow & {nextUpdateDueAt: Date} =>
    row?.reminderClaimedFor?.getTime() === dueAt.getTime() && row.nextUpdateDueAt !== null;

type Plan = {claims: ReminderClaim[]; next: Reminder[]; rows: Map<string, ReminderRow>};

async function planFor(db: Database, jobs: PgBoss.Job<Payload>[]): Promise<Plan> {
    const rows = new Map((await findReminderRows(db, [...new Set(jobs.map((j) => j.data.incidentId))])).map((r) => [r.id, r]));
    const claims = new Map<string, ReminderClaim>();
    const repairs: Reminder[] = [];
    for (const {data} of jobs) {
        const row = rows.get(data.incidentId);
        const dueAt = new Date(data.dueAt);
        if (isStillDue(row, dueAt)) {
            claims.set(`${row.id}@${data.dueAt}`, {id: row.id, dueAt, next: nextUpdateDue(row.severity, row.updateIntervalMinutes, dueAt)});
        } else if (wasClaimedBefore(row, dueAt)) {
            repairs.push({incidentId: row.id, dueAt: row.nextUpdateDueAt});
        }
    }
    const next = [...claims.values()].map((c) => ({incidentId: c.id, dueAt: c.next}));
    return {claims: [...claims.values()], next: [...next, ...repairs], rows};
}

const POSTS_AT_ONCE = 50;

async function postReminders(bot: IncidentBot, claimed: ReminderRow[]): Promise<void> {
    const failures: unknown[] = [];
    const failed = (r: PromiseSettledResult<unknown>): unknown[] => (r.status === 'rejected' ? [r.reason] : []);
    // Bounded, so a storm of reminders does not open thousands of requests to Mattermost at once.
    for (let i = 0; i < claimed.length; i += POSTS_AT_ONCE) {
        const results = await Promise.allSettled(claimed.slice(i, i + POSTS_AT_ONCE).map((row) => bot.createPost({
            channelId: row.channelId ?? '', props: {sre_incident_id: row.id, sre_step: 'reminder'},
            message: reminderText({number: row.number, title: row.title, severity: row.severity, isDrill: row.isDrill, commanderUsername: row.commanderUsername ?? '',
                intervalMinutes: updateIntervalFor(row.severity, row.updateIntervalMinutes ?? {sev1: 0, sev2: 0, sev3: 0, sev4: 0})}),
        })));
        failures.push(...results.flatMap(failed));
    }
    if (failures.length > 0) {
        throw new Error(`${failures.length} reminder post(s) failed: ${String(failures[0])}`);
    }
}

export function statusReminderHandler({db, bot, schedule}: Deps) {
    return async (jobs: PgBoss.Job<Payload>[]) => {
        const {claims, next, rows} = await planFor(db, jobs);
        // Queueing the next reminders and claiming these run side by side (half the wait of a storm): if queueing
        // fails, the job is retried and the retry re-queues them (wasClaimedBefore). Claim before posting: a
        // retried batch finds its deadlines claimed, and a lost reminder beats a double post.
        const [queued, claimed] = await Promise.allSettled([schedule(next), claimReminders(db, claims)]);
        if (claimed.status === 'rejected') {
            throw claimed.reason;
        }
        await postReminders(bot, [...claimed.value].flatMap((id) => rows.get(id) ?? []));
        if (queued.status === 'rejected') {
            throw queued.reason;
        }
    };
}

const BATCH = 1000;

// Per FACTS.md: pg-boss sleeps between fetches even after a full batch; waking the worker keeps lateness low.
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
