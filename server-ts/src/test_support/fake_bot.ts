import type {Command} from '@mattermost/types/integrations';
import type {Team} from '@mattermost/types/teams';
import {err, ok} from '../domain/result.js';
import type {BotClient, MattermostFailure} from '../mattermost/bot_client.js';

// An in-memory Mattermost bot API: enough to watch /sre registration happen, or fail on demand.
export function fakeBot(mode: 'up' | 'down' | 'bad-token' = 'up'): BotClient & {commands: Command[]} {
    const commands: Command[] = [];
    const failure: MattermostFailure | null = mode === 'down' ? {kind: 'unreachable', status: null, message: 'ECONNREFUSED'} :
        mode === 'bad-token' ? {kind: 'unauthorized', status: 401, message: 'Invalid or expired session'} : null;
    const answer = <T>(value: () => T) => Promise.resolve(failure ? err(failure) : ok(value()));
    return {
        commands,
        getMe: () => answer(() => ({id: 'bot1', username: 'sre-bot'})),
        getMyTeams: () => answer(() => [{id: 'team1', name: 'sre', display_name: 'Cloud SRE'} as Team]),
        listCustomCommands: (teamId) => answer(() => commands.filter((c) => c.team_id === teamId)),
        addCommand: (command) => answer(() => {
            const saved = {...command, id: `cmd${commands.length + 1}`, token: `token-${commands.length + 1}`};
            commands.push(saved);
            return saved;
        }),
        editCommand: (command) => answer(() => {
            const index = commands.findIndex((c) => c.id === command.id);
            commands[index] = command;
            return command;
        }),
    };
}
