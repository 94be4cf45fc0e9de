import type {IncidentBot} from '../mattermost/bot_incident_actions.js';

// Which of `names` Mattermost knows, lower case (Mattermost usernames are); null when it did not answer.
export function knownUsernamesVia(bot: Pick<IncidentBot, 'getUsersByUsernames'>): (names: string[]) => Promise<ReadonlySet<string> | null> {
    return async (names) => {
        if (names.length === 0) {
            return new Set();
        }
        const found = await bot.getUsersByUsernames(names);
        return found.ok ? new Set(found.value.map((u) => u.username.toLowerCase())) : null;
    };
}
