import type {FastifyInstance} from 'fastify';
import type PgBoss from 'pg-boss';
import {pino, type Logger} from 'pino';
import type {Config} from './config.js';
import {openDatabase, type Database, type DbConnection} from './db/connection.js';
import {appDepsFor} from './companion_app_deps.js';
import {startParts} from './companion_parts.js';
import {buildApp} from './http/app.js';
import type {WhoAmI} from './http/who_am_i.js';
import type {Incidents} from './incidents/start_incidents.js';
import type {BotClient} from './mattermost/bot_client.js';
import type {IncidentBot} from './mattermost/bot_incident_actions.js';
import type {InteractionBot} from './mattermost/interaction_ports.js';
import {StartupError} from './startup_error.js';

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

async function startOnDatabase(config: Config, options: CompanionOptions, logger: Logger, connection: DbConnection,
    cleanups: (() => Promise<unknown>)[], closeAll: () => Promise<void>): Promise<Companion> {
    const parts = await startParts({config, options, logger, connection, cleanups});
    const app = await buildApp(appDepsFor({config, options, logger, connection, parts}));
    // Registered last so it runs first: stop taking requests and drain before jobs and database go.
    cleanups.push(() => app.close());
    const url = await app.listen({port: options.port ?? config.port, host: config.host});
    logger.info({url: `${url}/sre-toolkit`, database: connection.kind}, 'SRE Toolkit companion listening');
    return {url, app, db: connection.db, connection, boss: parts.boss, logger, incidents: parts.incidents, close: closeAll};
}
