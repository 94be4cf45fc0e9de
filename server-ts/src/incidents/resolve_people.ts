import type {DeclareIncidentBody, Person} from '../contract/incidents.js';
import type {SourcePost} from '../domain/incident_posts.js';
import {err, ok, type Result} from '../domain/result.js';
import type {Actor} from './access.js';
import type {ServiceDeps} from './service_deps.js';

export type People = {commander: Person; sourcePost?: SourcePost; source: {channelId: string; rootId: string} | null};
const UNREACHABLE = 'Mattermost did not answer: try again in a moment';

// Who the commander is and what the source message says, in as few calls as possible (none when the
// declarer commands and there is no message; at most three otherwise).
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
    const wanted = [...new Set([commanderId, post?.value?.userId].filter((id): id is string => id !== undefined && id !== actor.id))];
    const users = wanted.length === 0 ? ok([]) : await deps.bot.getUsersByIds(wanted);
    if (!users.ok) {
        return err({_: UNREACHABLE});
    }
    const known = new Map([[actor.id, actor.username], ...users.value.map((u): [string, string] => [u.id, u.username])]);
    const commanderName = known.get(commanderId);
    if (commanderName === undefined) {
        return err({commanderId: 'no such Mattermost user: choose the commander from the list'});
    }
    const source = post?.value;
    if (!source || !teamName?.ok) {
        return ok({commander: {id: commanderId, username: commanderName}, source: null});
    }
    return ok({
        commander: {id: commanderId, username: commanderName},
        sourcePost: {id: source.id, authorUsername: known.get(source.userId) ?? 'unknown', message: source.message,
            permalink: `${deps.mmUrl}/${teamName.value}/pl/${source.id}`},
        source: {channelId: source.channelId, rootId: source.rootId === '' ? source.id : source.rootId},
    });
}
