import type PgBoss from 'pg-boss';
import type {Logger} from 'pino';
import type {Config} from '../config.js';
import type {Database} from '../db/database.js';
import {findIncident} from '../db/incident_rows.js';
import {pagingPages} from '../db/page_rows.js';
import type {Incidents} from '../incidents/start_incidents.js';
import {schedulePageTimer, startPageEscalationWorker} from '../jobs/page_escalation.js';
import type {BotClient} from '../mattermost/bot_client.js';
import {directChannelOpener} from '../mattermost/page_bot.js';
import {createPageService, type PageService} from './page_service.js';
import type {OncallUsers} from './paging_deps.js';

type Deps = {
    config: Config;
    db: Database;
    boss: PgBoss;
    logger: Logger;
    incidents: Pick<Incidents, 'botCalls' | 'isSre' | 'signingSecret' | 'access'>;
    bot: Pick<BotClient, 'getMyTeams'>;
    oncallUsers: OncallUsers;
};

// Paging shares the incidents' bot (its calls are counted with theirs), SRE check and button signing secret, and
// adds the one call it alone makes: opening a direct channel to the paged person.
export async function startPaging({config, db, boss, logger, incidents, bot, oncallUsers}: Deps): Promise<PageService> {
    const pages = createPageService({
        db, oncallUsers, isSre: incidents.isSre,
        canSeeIncident: async (incidentId, actor) => {
            const incident = await findIncident(db, incidentId);
            return incident === null || incidents.access.canSee(incident, actor);
        },
        bot: {...incidents.botCalls.bot, getMyTeams: () => bot.getMyTeams(), openDirectChannel: directChannelOpener(config.mmUrl, config.mmBotToken)},
        signing: {companionUrl: config.companionUrl, signingSecret: incidents.signingSecret},
        jobs: {scheduleTimer: async (pageId, at, dueAt) => {
            await schedulePageTimer(boss, pageId, at, dueAt);
        }},
        defaults: {ackMinutes: config.paging.ackMinutes, repeat: config.paging.repeat},
        alert: {channel: config.paging.alertChannel, teams: config.mmTeams},
        onProblem: (message, detail) => logger.warn(detail, message),
    });
    await startPageEscalationWorker(boss, {onTimer: (pageId, at) => pages.onTimer(pageId, at), paging: () => pagingPages(db)});
    return pages;
}
