import type PgBoss from 'pg-boss';
import type {Logger} from 'pino';
import type {Config} from '../config.js';
import type {DbConnection} from '../db/connection.js';
import {saveSlashCommand} from '../db/slash_command_tokens.js';
import {connectToMattermost, scheduleConnect, startConnectWorker, type ConnectDeps} from '../jobs/mattermost_connect.js';
import {StartupError} from '../startup_error.js';
import type {BotClient, MattermostFailure} from './bot_client.js';

const FIRST_ATTEMPT_MS = 10_000;

type Deps = {config: Config; boss: PgBoss; logger: Logger; connection: DbConnection; bot: BotClient};

// A wrong bot token is a configuration error: fail the start. Mattermost down is an outage: run anyway
// (readiness says not ready) and keep retrying through a pg-boss job, so no crash loop.
export async function connectMattermost({config, boss, logger, connection, bot}: Deps): Promise<{isConnected: () => boolean}> {
    let isConnected = false;
    const deps: ConnectDeps = {bot, companionUrl: config.companionUrl, teams: config.mmTeams, log: logger,
        save: (record) => saveSlashCommand(connection.db, record)};
    await startConnectWorker(boss, deps, () => {
        isConnected = true;
    });
    const first = await withTimeout(connectToMattermost(deps), FIRST_ATTEMPT_MS);
    if (first.ok) {
        isConnected = true;
    } else if (first.error.kind === 'unauthorized') {
        throw new StartupError(`MM_BOT_TOKEN was rejected by Mattermost at ${config.mmUrl} (401): create a new access token for the bot and set MM_BOT_TOKEN`);
    } else {
        logger.warn({failure: first.error}, 'Mattermost is not reachable yet; the companion runs and retries in the background');
        await scheduleConnect(boss, 1);
    }
    return {isConnected: () => isConnected};
}

async function withTimeout<R>(work: Promise<R>, ms: number): Promise<R | {ok: false; error: MattermostFailure}> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<{ok: false; error: MattermostFailure}>((resolve) => {
        timer = setTimeout(() => resolve({ok: false, error: {kind: 'unreachable', status: null, message: `no answer within ${ms} ms`}}), ms);
    });
    try {
        return await Promise.race([work, timeout]);
    } finally {
        clearTimeout(timer);
    }
}
