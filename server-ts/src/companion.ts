import type {FastifyInstance} from 'fastify';
import type PgBoss from 'pg-boss';
import {pino, type Logger} from 'pino';
import type {Config} from './config.js';
import {openDatabase, type Database, type DbConnection} from './db/connection.js';
import {loadSummaryRows} from './db/load_summary_rows.js';
import {seedRituals} from './db/seed_rituals.js';
import {isKnownCommandToken} from './db/slash_command_tokens.js';
import {HANDBOOK_RITUALS} from './domain/ritual_seeds.js';
import {buildApp} from './http/app.js';
import {cachedWhoAmI} from './http/auth_cache.js';
import {createSummaryService, type SummaryService} from './http/summary_service.js';
import {mattermostWhoAmI, type WhoAmI} from './http/who_am_i.js';
import {startBoss} from './jobs/boss.js';
import {loadJobCounts} from './jobs/job_counts.js';
import {startDigestWorker} from './jobs/triage_digest.js';
import {startIncidents, type Incidents} from './incidents/start_incidents.js';
import {createBotClient, type BotClient} from './mattermost/bot_client.js';
import {createIncidentBot, type IncidentBot} from './mattermost/bot_incident_actions.js';
import {createInteractionBot} from './mattermost/interaction_bot.js';
import type {InteractionBot} from './mattermost/interaction_ports.js';
import {connectMattermost} from './mattermost/connect_at_start.js';
import {readinessChecks} from './readiness.js';
import {StartupError} from './startup_error.js';
import {startTriage} from './triage/start_triage.js';
import type {TriageService} from './triage/triage_service.js';

export {StartupError} from './startup_error.js';

export type Companion = {
    url: string;
    app: FastifyInstance;
    db: Database;
    connection: DbConnection;
    boss: PgBoss;
    logger: Logger;
    incidents: Incidents;
    close(): Promise<void>;
};

export type CompanionOptions = {
    logger?: Logger;
    // Overrides config.port; 0 picks a free port (tests, bench).
    port?: number;
    // Test seams: stand-ins for Mattermost's bot API and session check.
    bot?: BotClient;
    incidentBot?: IncidentBot;
    interactionBot?: InteractionBot;
    whoAmI?: WhoAmI;
};

export async function startCompanion(config: Config, options: CompanionOptions = {}): Promise<Companion> {
    const logger = options.logger ?? pino({level: config.logLevel});
    const opened = await openDatabase({databaseUrl: config.databaseUrl, dataDir: config.dataDir,
        onListenError: (error) => logger.warn({err: error}, 'database notification connection lost; reconnecting')});
    if (!opened.ok) {
        throw new StartupError(opened.error);
    }
    const connection = opened.value;
    const cleanups: (() => Promise<unknown>)[] = [() => connection.close()];
    let closing: Promise<void> | null = null;
    // Reverse start order; safe to call twice (a second SIGTERM, a test's afterAll after a failure).
    const closeAll = () => {
        closing ??= (async () => {
            for (const cleanup of [...cleanups].reverse()) {
                await cleanup().catch((error: unknown) => logger.error({err: error}, 'shutdown step failed'));
            }
        })();
        return closing;
    };
    try {
        return await startOnDatabase(config, options, logger, connection, cleanups, closeAll);
    } catch (error) {
        await closeAll();
        throw error;
    }
}

// Every instance's writes arrive through sre_changes (the payload is the table), so every instance's caches stay right.
function invalidateCaches(table: string, summaries: SummaryService, triage: TriageService): void {
    summaries.invalidate();
    if (table === 'triage_items') {
        triage.invalidate();
    }
}

async function startOnDatabase(config: Config, options: CompanionOptions, logger: Logger, connection: DbConnection,
    cleanups: (() => Promise<unknown>)[], closeAll: () => Promise<void>): Promise<Companion> {
    await seedRituals(connection.db, HANDBOOK_RITUALS, config.teamTimeZone);
    let isBossRunning = false;
    const boss = await startBoss(connection, (error) => logger.error({err: error}, 'pg-boss error'));
    isBossRunning = true;
    cleanups.push(async () => {
        isBossRunning = false;
        await boss.stop({graceful: true, timeout: 10_000, close: false});
    });
    const summaries = createSummaryService({load: (now) => loadSummaryRows(connection.db, now), onProblem: (m) => logger.warn(m)});
    cleanups.push(() => Promise.resolve(summaries.close()));
    const bot = options.bot ?? createBotClient(config.mmUrl, config.mmBotToken);
    const mattermost = await connectMattermost({config, boss, logger, connection, bot});
    const incidents = await startIncidents({config, db: connection.db, boss, logger,
        bot: options.incidentBot ?? createIncidentBot(config.mmUrl, config.mmBotToken)});
    const {triage, close: closeTriage} = await startTriage({config, db: connection.db, incidents, logger, isMattermostUp: mattermost.isConnected()});
    cleanups.push(closeTriage);
    cleanups.push(await connection.listen('sre_changes', (table) => invalidateCaches(table, summaries, triage)));
    await startDigestWorker(boss, {db: connection.db, bot: {...incidents.botCalls.bot, getMyTeams: () => bot.getMyTeams()},
        schedule: {weekday: config.digest.weekday, time: config.digest.time, timeZone: config.teamTimeZone}, channel: config.digest.channel,
        teams: config.mmTeams, siteUrl: config.mmUrl, sla: config.sla, log: logger});
    const app = await buildApp({
        summaries, logger, triage,
        incidents: incidents.incidents, templates: incidents.templates, isSre: incidents.isSre, hiddenFor: incidents.access.hiddenFor,
        interactions: {incidents: incidents.incidents, templates: incidents.templates, triage, isSre: incidents.isSre, companionUrl: config.companionUrl,
            signingSecret: incidents.signingSecret, bot: options.interactionBot ?? createInteractionBot(config.mmUrl, config.mmBotToken),
            isKnownCommandToken: (token) => isKnownCommandToken(connection.db, token)},
        whoAmI: options.whoAmI ?? cachedWhoAmI(mattermostWhoAmI(config.mmUrl), {seconds: config.authCacheSeconds}),
        readiness: readinessChecks({connection, mmUrl: config.mmUrl, isBossRunning: () => isBossRunning, isBotConnected: mattermost.isConnected}),
        metrics: {jobCounts: () => loadJobCounts(connection), poolStats: () => connection.poolStats()},
    });
    // Registered last so it runs first: stop taking requests and drain before jobs and database go.
    cleanups.push(() => app.close());
    const url = await app.listen({port: options.port ?? config.port, host: config.host});
    logger.info({url: `${url}/sre-toolkit`, database: connection.kind}, 'SRE Toolkit companion listening');
    return {url, app, db: connection.db, connection, boss, logger, incidents, close: closeAll};
}
