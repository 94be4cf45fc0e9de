import type {Database} from '../db/database.js';
import type {IncidentBot} from '../mattermost/bot_incident_actions.js';
import type {ButtonSigning} from '../mattermost/checklist_post.js';

// What the declaration steps and the lifecycle need around them; the service and the job build it once.
export type StepDeps = {
    db: Database;
    bot: IncidentBot;
    signing: ButtonSigning;
    // The bot's own user id (the creator of channels it may adopt on a retry); fetched once.
    botUserId: () => Promise<string | null>;
    // Site URL: permalinks to the message an incident is declared from, and links to the library's runbooks.
    mmUrl: string;
    now?: () => Date;
};

export function cachedBotUserId(bot: IncidentBot): () => Promise<string | null> {
    let id: string | null = null;
    return async () => {
        if (id === null) {
            const me = await bot.getMe();
            id = me.ok ? me.value.id : null;
        }
        return id;
    };
}
