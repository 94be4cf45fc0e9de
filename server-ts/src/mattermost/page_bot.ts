import type {Result} from '../domain/result.js';
import {attempt, botClient4, type MattermostFailure} from './bot_client.js';
import type {IncidentBot} from './bot_incident_actions.js';

type Answer<T> = Promise<Result<T, MattermostFailure>>;

// What paging needs from Mattermost as the bot: people by name, DMs (a direct channel bot ↔ person, then a post),
// patching those posts when the page ends, and the alert channel in each of the bot's teams.
export type PagingBot = Pick<IncidentBot, 'getMe' | 'getUsersByUsernames' | 'createPost' | 'patchPost' | 'getChannelByName'> & {
    // The id of the direct channel between the two users (Mattermost creates it once, then returns the same one).
    openDirectChannel: (userIds: [string, string]) => Answer<string>;
    getMyTeams: () => Answer<{id: string; name: string}[]>;
};

export function directChannelOpener(mmUrl: string, botToken: string): PagingBot['openDirectChannel'] {
    const client = botClient4(mmUrl, botToken);
    return (userIds) => attempt(async () => (await client.createDirectChannel(userIds)).id);
}
