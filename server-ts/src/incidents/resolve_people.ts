import type {DeclareIncidentBody, Person} from '../contract/incidents.js';
import type {SourcePost} from '../domain/incident_posts.js';
import {err, ok, type Result} from '../domain/result.js';
import type {Actor} from './access.js';
import type {ServiceDeps} from './service_deps.js';

export type People = {commander: Person; sourcePost?: SourcePost; source: {channelId: string; rootId: string} | null};
const UNREACHABLE = 'Mattermost did not answer: try again in a moment';

// Who the commander is and what the source message says, in as few calls as possible (none when the
// declarer commands and there is no message; at most four otherwise, in two parallel rounds).
export async function resolvePeople(deps: ServiceDeps, input: DeclareIncidentBody, actor: Actor): Promise<Result<People, Record<string, string>>> {
    const commanderId = input.commanderId === undefined || input.commanderId === '' ? actor.id : input.commanderId;
    const [post, teamName] = input.sourcePostId === undefined ? [null, null] :
        await Promise.all([deps.bot.getPost(input.sourcePostId), deps.bot.getTeamName(input.teamId)]);
    if ((post && !post.ok) || (teamName && !teamName.ok)) {
        return err({_: UNREACHABLE});
    }
    if (post && post.value === null) {
        return err({sourcePostId: 'the message was not found: it may have been deleted'});
    }
    const known = await knownPeople(deps, input.teamId, commanderId, post?.value?.userId, actor);
    if (!known.ok) {
        return known;
    }
    const commanderName = known.value.get(commanderId) ?? '';
    const source = post?.value;
    if (!source || !teamName?.ok) {
        return ok({commander: {id: commanderId, username: commanderName}, source: null});
    }
    return ok({
        commander: {id: commanderId, username: commanderName},
        sourcePost: {id: source.id, authorUsername: known.value.get(source.userId) ?? 'unknown', message: source.message,
            permalink: `${deps.mmUrl}/${teamName.value}/pl/${source.id}`},
        source: {channelId: source.channelId, rootId: source.rootId === '' ? source.id : source.rootId},
    });
}

// Usernames by id for the commander and the message's author, with the commander checked to exist and to be
// in the team (asked in parallel; the declarer is known already and needs neither call).
async function knownPeople(deps: ServiceDeps, teamId: string, commanderId: string, authorId: string | undefined, actor: Actor):
    Promise<Result<Map<string, string>, Record<string, string>>> {
    const wanted = [...new Set([commanderId, authorId].filter((id): id is string => id !== undefined && id !== actor.id))];
    const [users, inTeam] = await Promise.all([wanted.length === 0 ? ok([]) : deps.bot.getUsersByIds(wanted),
        commanderId === actor.id ? ok(true) : deps.bot.isTeamMember(teamId, commanderId)]);
    if (!users.ok) {
        return err({_: UNREACHABLE});
    }
    const known = new Map([[actor.id, actor.username], ...users.value.map((u): [string, string] => [u.id, u.username])]);
    const commanderName = known.get(commanderId);
    // Unknown first: Mattermost refuses the team look-up of a malformed id, which is no outage.
    if (commanderName === undefined) {
        return err({commanderId: 'no such Mattermost user: choose the commander from the list'});
    }
    if (!inTeam.ok) {
        return err({_: UNREACHABLE});
    }
    return inTeam.value ? ok(known) : err({commanderId: `@${commanderName} is not a member of this team`});
}
