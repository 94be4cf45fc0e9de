import type {Result} from '../domain/result.js';
import type {MattermostFailure} from './bot_client.js';
import type {IncidentBot} from './bot_incident_actions.js';

export type TeamChannelBot = Pick<IncidentBot, 'getChannelByName' | 'createPost'> & {
    getMyTeams: () => Promise<Result<{id: string; name: string}[], MattermostFailure>>;
};
type Log = {warn(obj: object, msg: string): void};
export type TeamChannelPost = {
    // MM_TEAMS (lower case); empty: every team of the bot.
    teams: string[];
    channel: string;
    // Per team: links in the text name the team.
    render: (teamName: string) => string;
    props: Record<string, unknown>;
    log: Log;
};

/**
 * Posts to the channel of that name in each of the bot's teams (the team's channel for digests, hand-offs,
 * alerts); a team without it is skipped with a warning. Returns how many posts were made; throws only when the
 * teams cannot be listed at all (a job retries then).
 */
export async function postToTeamChannels(bot: TeamChannelBot, post: TeamChannelPost): Promise<number> {
    const teams = await bot.getMyTeams();
    if (!teams.ok) {
        throw new Error(`cannot list the bot's teams: ${teams.error.message}`);
    }
    let posts = 0;
    for (const team of teams.value.filter((t) => post.teams.length === 0 || post.teams.includes(t.name.toLowerCase()))) {
        const channel = await bot.getChannelByName(team.id, post.channel);
        if (!channel.ok || channel.value === null) {
            post.log.warn({team: team.name, channel: post.channel}, 'no such channel in this team (or the bot cannot see it); not posted there');
            continue;
        }
        const posted = await bot.createPost({channelId: channel.value.id, message: post.render(team.name), props: post.props});
        if (posted.ok) {
            posts += 1;
        } else {
            post.log.warn({team: team.name, failure: posted.error}, 'a team channel post failed');
        }
    }
    return posts;
}
