import type {RetrospectiveView} from '../contract/retrospectives.js';
import type {IncidentRow} from '../db/incident_rows.js';
import {clip} from '../domain/incident_posts.js';
import {privateRetroNotice, renderRetrospective} from '../domain/retro_markdown.js';
import {postToTeamChannels} from '../mattermost/team_channel_post.js';
import type {RetroDeps} from './retro_deps.js';

// Mattermost refuses posts over 16,383 characters; the export always has the whole text.
const POST_MAX = 16_000;

const postText = (view: RetrospectiveView, zone: string) => {
    const text = renderRetrospective(view, zone);
    return text.length <= POST_MAX ? text : `${clip(text, POST_MAX)}\n\n_Cut to fit a post: export the retrospective for the whole text._`;
};

// Runs once, for the call that published (best effort: the review is published either way, and a failure is logged).
// A private incident's review stays in its channel; the team channel learns only that it exists.
export async function postPublished(deps: RetroDeps, incident: IncidentRow, view: RetrospectiveView): Promise<void> {
    const props = {sre_incident_id: incident.id, sre_step: 'retrospective'};
    const full = postText(view, deps.timeZone);
    if (incident.channelId !== null) {
        const posted = await deps.bot.createPost({channelId: incident.channelId, message: full, props});
        if (!posted.ok) {
            deps.log.warn({incidentId: incident.id, failure: posted.error}, 'retrospective not posted in the incident channel');
        }
    }
    const shared = incident.isPrivate ? privateRetroNotice(view, incident.commanderUsername ?? '') : full;
    const own = incident.teamId === '' ? null : await deps.bot.getChannelByName(incident.teamId, deps.teamChannel);
    if (own?.ok && own.value !== null) {
        const posted = await deps.bot.createPost({channelId: own.value.id, message: shared, props});
        if (!posted.ok) {
            deps.log.warn({incidentId: incident.id, failure: posted.error}, 'retrospective not posted in the team channel');
        }
        return;
    }
    try {
        await postToTeamChannels(deps.bot, {teams: deps.teams, channel: deps.teamChannel, render: () => shared, props, log: deps.log});
    } catch (error) {
        deps.log.warn({incidentId: incident.id, err: error}, 'retrospective not posted in the team channels');
    }
}
