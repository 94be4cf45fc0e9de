import {newCursor, type IntakeCursor} from '../domain/triage_intake.js';
import {ok, type Result} from '../domain/result.js';
import type {MattermostFailure} from '../mattermost/bot_client.js';
import type {IntakeBot} from '../mattermost/intake_bot.js';

export type WatchedChannel = {
    id: string;
    name: string;
    teamName: string;
    cursor: IntakeCursor;
    // A post here failed for a passing reason: the cursor stays before it until a catch-up gets through.
    isHeld: boolean;
};
export type IntakeSetup = {me: {id: string; username: string}; channels: WatchedChannel[]};
export type SetupDeps = {
    bot: IntakeBot;
    channels: string[];
    // MM_TEAMS; empty: every team of the bot.
    teams: string[];
    now: () => number;
    log: {warn(obj: object, msg: string): void};
};

type Team = {id: string; name: string};

/**
 * The intake channels in the bot's teams, joined (public ones) so the bot's WebSocket receives their posts,
 * with their catch-up cursors. An error means Mattermost did not answer as it should: the caller retries.
 * A channel that is missing or cannot be joined is only a warning: the others are still watched.
 */
export async function setUpIntake(deps: SetupDeps): Promise<Result<IntakeSetup, MattermostFailure>> {
    const me = await deps.bot.getMe();
    if (!me.ok) {
        return me;
    }
    const teams = await deps.bot.getMyTeams();
    if (!teams.ok) {
        return teams;
    }
    const cursors = await deps.bot.loadCursors(me.value.id);
    if (!cursors.ok) {
        return cursors;
    }
    const channels: WatchedChannel[] = [];
    for (const team of teams.value.filter((t) => deps.teams.length === 0 || deps.teams.includes(t.name.toLowerCase()))) {
        for (const name of deps.channels) {
            const watched = await watchChannel(deps, me.value.id, team, name, cursors.value);
            if (!watched.ok) {
                return watched;
            }
            if (watched.value) {
                channels.push(watched.value);
            }
        }
    }
    return ok({me: me.value, channels});
}

async function watchChannel(deps: SetupDeps, botUserId: string, team: Team, name: string, cursors: Map<string, IntakeCursor>):
    Promise<Result<WatchedChannel | null, MattermostFailure>> {
    const channel = await deps.bot.getChannelByName(team.id, name);
    if (!channel.ok) {
        return channel;
    }
    if (channel.value === null) {
        deps.log.warn({team: team.name, channel: name}, 'intake channel not found, or private without the bot: add the bot to it; not watched');
        return ok(null);
    }
    // Joining a private channel needs a permission the bot may lack; finding one by name means it is already in.
    if (!channel.value.isPrivate) {
        const joined = await deps.bot.joinChannel(channel.value.id, botUserId);
        if (!joined.ok && joined.error.kind !== 'refused') {
            return joined;
        }
        if (!joined.ok) {
            deps.log.warn({team: team.name, channel: name, failure: joined.error}, 'the bot cannot join the intake channel; not watched');
            return ok(null);
        }
    }
    const known = cursors.get(channel.value.id);
    const cursor = known ?? newCursor(deps.now());
    // Saved at once: a restart before the first post must still resume from here, not from its own "now".
    if (!known) {
        const saved = await deps.bot.saveCursor(botUserId, channel.value.id, cursor);
        if (!saved.ok) {
            return saved;
        }
    }
    return ok({id: channel.value.id, name, teamName: team.name, cursor, isHeld: false});
}
