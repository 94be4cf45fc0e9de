import type PgBoss from 'pg-boss';
import type {Logger} from 'pino';
import type {CompanionOptions} from './companion.js';
import type {Config} from './config.js';
import type {DbConnection} from './db/connection.js';
import {loadSummaryRows} from './db/load_summary_rows.js';
import {seedRituals} from './db/seed_rituals.js';
import {HANDBOOK_RITUALS} from './domain/ritual_seeds.js';
import {createSummaryService, type SummaryService} from './http/summary_service.js';
import {startBoss} from './jobs/boss.js';
import {startDigestWorker} from './jobs/triage_digest.js';
import {startIncidents, type Incidents} from './incidents/start_incidents.js';
import {createKpiService, type KpiService} from './kpis/kpi_service.js';
import {mattermostTimeZones} from './kpis/mattermost_time_zones.js';
import {createBotClient} from './mattermost/bot_client.js';
import {createIncidentBot} from './mattermost/bot_incident_actions.js';
import {connectMattermost} from './mattermost/connect_at_start.js';
import {directChannelOpener} from './mattermost/page_bot.js';
import {knownUsernamesVia} from './oncall/known_usernames.js';
import type {CalendarFeeds} from './oncall/calendar_feeds.js';
import {createScheduleCatalog, summarySchedules} from './oncall/schedule_catalog.js';
import type {ScheduleService} from './oncall/schedule_service.js';
import type {SwapService} from './oncall/schedule_swaps.js';
import {startOncall} from './oncall/start_oncall.js';
import type {PageService} from './paging/page_service.js';
import {startPaging} from './paging/start_paging.js';
import {startRetrospectives} from './retrospectives/start_retrospectives.js';
import type {RetroService} from './retrospectives/retro_service.js';
import type {RitualService} from './rituals/ritual_service.js';
import {startRituals} from './rituals/start_rituals.js';
import {createRunbookService, type RunbookService} from './runbooks/runbook_service.js';
import {startTriage} from './triage/start_triage.js';
import type {TriageService} from './triage/triage_service.js';

export type Parts = {
    boss: PgBoss; isBossRunning: () => boolean; isBotConnected: () => boolean;
    summaries: SummaryService; incidents: Incidents; triage: TriageService; schedules: ScheduleService; swaps: SwapService; calendars: CalendarFeeds; pages: PageService; kpis: KpiService;
    runbooks: RunbookService; retrospectives: RetroService;
    rituals: RitualService;
};
type Deps = {config: Config; options: CompanionOptions; logger: Logger; connection: DbConnection; cleanups: (() => Promise<unknown>)[]};

// Every instance's writes arrive through sre_changes (the payload is the table), so every instance's caches stay right.
function invalidateCaches(table: string, summaries: SummaryService, triage: TriageService): void {
    summaries.invalidate();
    if (table === 'triage_items') {
        triage.invalidate();
    }
}

// pg-boss, stopped gracefully at shutdown; readiness asks whether it still runs.
async function startJobQueue({connection, logger, cleanups}: Pick<Deps, 'connection' | 'logger' | 'cleanups'>): Promise<{boss: PgBoss; isBossRunning: () => boolean}> {
    const boss = await startBoss(connection, (error) => logger.error({err: error}, 'pg-boss error'));
    let isRunning = true;
    cleanups.push(async () => {
        isRunning = false;
        await boss.stop({graceful: true, timeout: 10_000, close: false});
    });
    return {boss, isBossRunning: () => isRunning};
}

// Jobs, caches, Mattermost and the services, in dependency order; each registers its own shutdown step.
export async function startParts({config, options, logger, connection, cleanups}: Deps): Promise<Parts> {
    const {db} = connection;
    await seedRituals(db, HANDBOOK_RITUALS, config.teamTimeZone);
    const {boss, isBossRunning} = await startJobQueue({connection, logger, cleanups});
    const catalog = createScheduleCatalog(db);
    const summaries = createSummaryService({load: (now) => loadSummaryRows(db, () => summarySchedules(catalog), now), onProblem: (m) => logger.warn(m)});
    cleanups.push(() => Promise.resolve(summaries.close()));
    const bot = options.bot ?? createBotClient(config.mmUrl, config.mmBotToken);
    const mattermost = await connectMattermost({config, boss, logger, connection, bot});
    const retros = startRetrospectives({config, db, boss, logger: logger.child({part: 'retrospectives'})});
    const incidents = await startIncidents({config, db, boss, logger, bot: options.incidentBot ?? createIncidentBot(config.mmUrl, config.mmBotToken),
        onResolved: retros.onResolved});
    const {triage, close: closeTriage} = await startTriage({config, db, incidents, logger, isMattermostUp: mattermost.isConnected()});
    cleanups.push(closeTriage);
    cleanups.push(await connection.listen('sre_changes', (table) => invalidateCaches(table, summaries, triage)));
    // One check of usernames against Mattermost for every service that names people.
    const knownUsernames = knownUsernamesVia(incidents.botCalls.bot);
    const kpis = createKpiService({db, catalog, teamTimeZone: config.teamTimeZone, sla: config.sla,
        retroBusinessDays: config.retroReminderBusinessDays, hiddenFor: incidents.access.hiddenFor,
        timeZoneOf: mattermostTimeZones(config.mmUrl, config.mmBotToken, (m) => logger.warn(m))});
    const runbooks = createRunbookService({db, isSre: incidents.isSre, knownUsernames});
    const teamBot = {...incidents.botCalls.bot, getMyTeams: () => bot.getMyTeams(), openDirectChannel: directChannelOpener(config.mmUrl, config.mmBotToken)};
    const {schedules, calendars, swaps} = await startOncall({config, db, boss, logger, catalog, isSre: incidents.isSre, knownUsernames,
        signingSecret: incidents.signingSecret, bot: teamBot});
    const retrospectives = await retros.start({bot: teamBot, access: incidents.access, triage});
    const pages = await startPaging({config, db, boss, logger: logger.child({part: 'paging'}), incidents, bot, oncallUsers: schedules.oncallUsers});
    await startDigestWorker(boss, {db, bot: teamBot,
        schedule: {weekday: config.digest.weekday, time: config.digest.time, timeZone: config.teamTimeZone}, channel: config.digest.channel,
        teams: config.mmTeams, siteUrl: config.mmUrl, sla: config.sla, log: logger});
    const rituals = await startRituals({config, db, boss, logger, bot: teamBot, isSre: incidents.isSre, kpis});
    return {boss, isBossRunning, isBotConnected: mattermost.isConnected, summaries, incidents, triage, schedules, swaps, calendars, pages, kpis, runbooks, retrospectives, rituals};
}
