import type PgBoss from 'pg-boss';
import {err, ok, type Result} from '../domain/result.js';
import type {BotClient, BotUser, MattermostFailure} from '../mattermost/bot_client.js';
import {registerCommandInTeams, type Registration} from '../mattermost/register_command.js';
import type {SlashCommandRecord} from '../db/slash_command_tokens.js';

const MATTERMOST_CONNECT = 'mattermost-connect';
const MAX_RETRY_SECONDS = 300;

type Payload = {attempt: number};
export type Connected = {bot: BotUser; registered: Registration[]; missing: string[]};
export type ConnectDeps = {
    bot: BotClient;
    companionUrl: string;
    teams: string[];
    save: (record: SlashCommandRecord) => Promise<void>;
    log: {info(obj: object, msg: string): void; warn(obj: object, msg: string): void; error(obj: object, msg: string): void};
};

// Verify the bot, then make sure /sre exists in every team. Idempotent, so retries and restarts are safe.
export async function connectToMattermost(deps: ConnectDeps): Promise<Result<Connected, MattermostFailure>> {
    const me = await deps.bot.getMe();
    if (!me.ok) {
        return me;
    }
    const registered = await registerCommandInTeams(deps, deps.teams);
    if (!registered.ok) {
        return err(registered.error);
    }
    if (registered.value.missing.length > 0) {
        deps.log.warn({teams: registered.value.missing}, 'the bot is not a member of these MM_TEAMS; /sre is not registered there');
    }
    deps.log.info({bot: me.value.username, registered: registered.value.registered}, 'connected to Mattermost');
    return ok({bot: me.value, ...registered.value});
}

// Doubling delay, capped: Mattermost down for an hour is retried every five minutes, never given up on.
export const retryDelaySeconds = (attempt: number): number => Math.min(MAX_RETRY_SECONDS, 2 ** Math.min(attempt, 16));

export async function scheduleConnect(boss: PgBoss, attempt: number): Promise<void> {
    const data: Payload = {attempt};
    // One pending connect per cluster: `short` drops a second queued job with the same key.
    await boss.send(MATTERMOST_CONNECT, data, {singletonKey: 'connect', startAfter: retryDelaySeconds(attempt), retryLimit: 0});
}

export async function startConnectWorker(boss: PgBoss, deps: ConnectDeps, onConnected: (c: Connected) => void): Promise<void> {
    await boss.createQueue(MATTERMOST_CONNECT, {name: MATTERMOST_CONNECT, policy: 'short'});
    await boss.work<Payload>(MATTERMOST_CONNECT, async (jobs) => {
        for (const {data} of jobs) {
            const connected = await connectToMattermost(deps);
            if (connected.ok) {
                onConnected(connected.value);
                continue;
            }
            deps.log.error({attempt: data.attempt, failure: connected.error, retryInSeconds: retryDelaySeconds(data.attempt + 1)},
                'cannot connect to Mattermost; will retry');
            // A new delayed job instead of pg-boss's own retry: its backoff has no ceiling.
            await scheduleConnect(boss, data.attempt + 1);
        }
    });
}
