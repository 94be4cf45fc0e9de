import mattermostClient from '@mattermost/client';
import type {Command} from '@mattermost/types/integrations';
import type {Team} from '@mattermost/types/teams';
import {err, ok, type Result} from '../domain/result.js';

// @mattermost/client is CommonJS without static named exports: take Client4 from the default export.
const {Client4} = mattermostClient;

export type MattermostFailure = {kind: 'unauthorized' | 'unreachable' | 'refused'; status: number | null; message: string};
export type BotUser = {id: string; username: string};

// The slice of Mattermost the companion's bot uses; tests hand in a fake with the same shape.
export interface BotClient {
    getMe(): Promise<Result<BotUser, MattermostFailure>>;
    getMyTeams(): Promise<Result<Team[], MattermostFailure>>;
    listCustomCommands(teamId: string): Promise<Result<Command[], MattermostFailure>>;
    addCommand(command: Command): Promise<Result<Command, MattermostFailure>>;
    editCommand(command: Command): Promise<Result<Command, MattermostFailure>>;
}

// One Client4 per purpose, each acting as the bot (Client4 keeps its URL and token as state).
export function botClient4(mmUrl: string, botToken: string): InstanceType<typeof Client4> {
    const client = new Client4();
    client.setUrl(mmUrl);
    client.setToken(botToken);
    return client;
}

export function createBotClient(mmUrl: string, botToken: string): BotClient {
    const client = botClient4(mmUrl, botToken);
    return {
        getMe: () => attempt(async () => {
            const me = await client.getMe();
            return {id: me.id, username: me.username};
        }),
        getMyTeams: () => attempt(() => client.getMyTeams()),
        listCustomCommands: (teamId) => attempt(() => client.getCustomTeamCommands(teamId)),
        addCommand: (command) => attempt(() => client.addCommand(command)),
        editCommand: (command) => attempt(() => client.editCommand(command)),
    };
}

// Client4 throws ClientError: with a status_code when Mattermost answered, without one when it did not.
export async function attempt<T>(call: () => Promise<T>): Promise<Result<T, MattermostFailure>> {
    try {
        return ok(await call());
    } catch (error) {
        const status = statusOf(error);
        const message = error instanceof Error ? error.message : String(error);
        if (status === null) {
            return err({kind: 'unreachable', status, message});
        }
        return err({kind: status === 401 ? 'unauthorized' : 'refused', status, message});
    }
}

function statusOf(error: unknown): number | null {
    if (typeof error === 'object' && error !== null && 'status_code' in error && typeof error.status_code === 'number' && error.status_code > 0) {
        return error.status_code;
    }
    return null;
}

// Readiness must answer fast even when Mattermost hangs, so this bypasses Client4 to set a timeout.
export async function pingMattermost(mmUrl: string, timeoutMs = 2000): Promise<Result<true, string>> {
    try {
        const response = await fetch(`${mmUrl}/api/v4/system/ping`, {signal: AbortSignal.timeout(timeoutMs)});
        return response.ok ? ok(true) : err(`Mattermost ping answered ${response.status}`);
    } catch (error) {
        return err(`Mattermost unreachable at ${mmUrl}: ${error instanceof Error ? error.message : String(error)}`);
    }
}
