import {err, ok, type Result} from '../domain/result.js';
import type {IncidentBot} from '../mattermost/bot_incident_actions.js';
import type {TeamChannelBot} from '../mattermost/team_channel_post.js';

export type AgendaBot = TeamChannelBot & Pick<IncidentBot, 'recentPosts'>;
type AgendaPost = {
    // MM_TEAMS (lower case); empty: every team of the bot.
    teams: string[];
    channel: string;
    // Marks the post as this occurrence's agenda, so a retry finds it (sre_ritual_id, sre_occurrence_at).
    props: {sre_step: 'ritual_agenda'; sre_ritual_id: string; sre_occurrence_at: string};
    render: (teamName: string) => Promise<string>;
};

/**
 * Posts one agenda to the ritual's channel in the first of the bot's teams that has it (a ritual is one meeting:
 * one post). Before posting it looks for this occurrence's agenda among the channel's recent posts: an earlier
 * attempt whose answer was lost made it already. The post id, or why nothing was posted.
 */
export async function postAgendaOnce(bot: AgendaBot, post: AgendaPost): Promise<Result<string, string>> {
    const teams = await bot.getMyTeams();
    if (!teams.ok) {
        return err(`cannot list the bot's teams: ${teams.error.message}`);
    }
    for (const team of teams.value.filter((t) => post.teams.length === 0 || post.teams.includes(t.name.toLowerCase()))) {
        const channel = await bot.getChannelByName(team.id, post.channel);
        if (!channel.ok) {
            return err(`cannot look up ~${post.channel} in ${team.name}: ${channel.error.message}`);
        }
        if (channel.value === null) {
            continue;
        }
        const recent = await bot.recentPosts(channel.value.id);
        if (!recent.ok) {
            return err(`cannot read ~${post.channel}: ${recent.error.message}`);
        }
        const earlier = recent.value.find((p) => p.props.sre_ritual_id === post.props.sre_ritual_id && p.props.sre_occurrence_at === post.props.sre_occurrence_at);
        if (earlier) {
            return ok(earlier.id);
        }
        const posted = await bot.createPost({channelId: channel.value.id, message: await post.render(team.name), props: post.props});
        return posted.ok ? ok(posted.value.id) : err(`post to ~${post.channel} failed: ${posted.error.message}`);
    }
    return err(`no team of the bot has a channel ~${post.channel} the bot can see`);
}
