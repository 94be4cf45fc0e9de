import {err, ok, type Result} from '../domain/result.js';
import type {IncidentBot} from '../mattermost/bot_incident_actions.js';

// An incident's people must be able to join its channel, which Mattermost allows only for team members
// (issue 5: "commander not in the team" is bad input). The message names the person so the fix is obvious.
export async function requireTeamMember(bot: IncidentBot, teamId: string, user: {id: string; username: string}): Promise<Result<true, string>> {
    const member = await bot.isTeamMember(teamId, user.id);
    if (!member.ok) {
        return err('Mattermost did not answer: try again in a moment');
    }
    return member.value ? ok(true) : err(`@${user.username} is not a member of this team`);
}
