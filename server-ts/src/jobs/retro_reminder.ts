import type PgBoss from 'pg-boss';
import type {Database} from '../db/database.js';
import {findIncident} from '../db/incident_rows.js';
import {claimRetroReminder, findRetrospective} from '../db/retro_rows.js';
import {retroReminderText} from '../domain/retro_markdown.js';
import type {IncidentBot} from '../mattermost/bot_incident_actions.js';

export const RETRO_REMINDER = 'retrospective-reminder';
type Payload = {incidentId: string};
type Log = {warn(obj: object, msg: string): void};

export const createRetroReminderQueue = (boss: PgBoss) => // 'short': ≤1 queued job per key
    boss.createQueue(RETRO_REMINDER, {name: RETRO_REMINDER, policy: 'short'});

// One job per retrospective: the incident is the key, so resolving again (or a second instance) queues no other.
export function scheduleRetroReminder(boss: PgBoss, incidentId: string, dueAt: Date): Promise<string | null> {
    const data: Payload = {incidentId};
    return boss.send(RETRO_REMINDER, data, {singletonKey: incidentId, startAfter: dueAt, expireInSeconds: 60});
}

type Deps = {db: Database; bot: Pick<IncidentBot, 'createPost'>; businessDays: number; log: Log; now?: () => Date};

// Published meanwhile, reopened, no channel or no commander: nothing to remind of. The claim is taken before the
// post (retries and a second instance find it), so a failed post is logged rather than retried into a double one.
export function retroReminderHandler({db, bot, businessDays, log, now = () => new Date()}: Deps) {
    return async (jobs: PgBoss.Job<Payload>[]) => {
        for (const {data} of jobs) {
            const [incident, retro] = await Promise.all([findIncident(db, data.incidentId), findRetrospective(db, data.incidentId)]);
            const commander = incident?.commanderUsername ?? null;
            if (!incident || incident.channelId === null || commander === null || retro?.status !== 'draft') {
                continue;
            }
            if (!await claimRetroReminder(db, incident.id, commander, now())) {
                continue;
            }
            const posted = await bot.createPost({channelId: incident.channelId, props: {sre_incident_id: incident.id, sre_step: 'retrospective_reminder'},
                message: retroReminderText({isDrill: incident.isDrill, incidentNumber: incident.number, incidentTitle: incident.title}, commander, businessDays)});
            if (!posted.ok) {
                log.warn({incidentId: incident.id, failure: posted.error}, 'retrospective reminder not posted');
            }
        }
    };
}

export async function startRetroReminderWorker(boss: PgBoss, deps: Deps): Promise<void> {
    await createRetroReminderQueue(boss);
    await boss.work<Payload>(RETRO_REMINDER, {batchSize: 20, pollingIntervalSeconds: 2}, retroReminderHandler(deps));
}
