import type {UserProfile} from '@mattermost/types/users';
import {err, ok, type Result} from '../domain/result.js';
import {attempt, botClient4, type MattermostFailure} from './bot_client.js';
import type {InteractionBot, MattermostUser, OpenDialogRequest} from './interaction_ports.js';

// The trigger id dies after Mattermost's integration timeout (30 s by default): waiting longer is pointless.
const OPEN_DIALOG_TIMEOUT_MS = 10_000;

const userOf = (profile: UserProfile): MattermostUser => ({id: profile.id, username: profile.username, roles: profile.roles});

// The bot calls behind slash commands, dialogs and buttons (CONTRACTS.md b; users by id and by name).
export function createInteractionBot(mmUrl: string, botToken: string): InteractionBot {
    const client = botClient4(mmUrl, botToken);
    return {
        getUser: (userId) => attempt(async () => userOf(await client.getUser(userId))),
        // The bulk form answers [] for an unknown name instead of a 404 we would have to tell from an outage.
        getUserByUsername: (username) => attempt(async () => {
            const [profile] = await client.getProfilesByUsernames([username]);
            return profile ? userOf(profile) : null;
        }),
        openDialog: (request) => openDialog(mmUrl, botToken, request),
    };
}

// Client4 has no public call for it (the webapp opens dialogs through its store), so plain fetch.
async function openDialog(mmUrl: string, botToken: string, request: OpenDialogRequest): Promise<Result<true, MattermostFailure>> {
    try {
        const response = await fetch(`${mmUrl}/api/v4/actions/dialogs/open`, {
            method: 'POST', body: JSON.stringify(request), signal: AbortSignal.timeout(OPEN_DIALOG_TIMEOUT_MS),
            headers: {'content-type': 'application/json', authorization: `Bearer ${botToken}`},
        });
        if (response.ok) {
            return ok(true);
        }
        const message = `dialogs/open answered ${response.status}: ${(await response.text()).slice(0, 200)}`;
        return err({kind: response.status === 401 ? 'unauthorized' : 'refused', status: response.status, message});
    } catch (error) {
        return err({kind: 'unreachable', status: null, message: error instanceof Error ? error.message : String(error)});
    }
}
