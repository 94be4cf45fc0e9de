import type {CommandScope} from './command_response';
import type {SandboxState} from './state';
import type {Command} from './types';

export type CommandCall = {scope: CommandScope; command: Command; text: string; triggerId: string; responseUrl: string};

// The form Mattermost sends to a command URL (CONTRACTS.md (a)), mention maps included.
export function commandForm(state: SandboxState, call: CommandCall): URLSearchParams {
    const {scope, command} = call;
    const form = new URLSearchParams({
        channel_id: scope.channelId,
        channel_name: state.channels.get(scope.channelId)?.name ?? '',
        command: `/${command.trigger}`,
        response_url: call.responseUrl,
        root_id: scope.rootId,
        team_domain: state.teams.get(scope.teamId)?.name ?? '',
        team_id: scope.teamId,
        text: call.text,
        token: command.token,
        trigger_id: call.triggerId,
        user_id: scope.userId,
        user_name: state.users.get(scope.userId)?.username ?? '',
    });
    appendMentions(state, scope.teamId, call.text, form);
    return form;
}

function appendMentions(state: SandboxState, teamId: string, text: string, form: URLSearchParams): void {
    for (const [, name] of text.matchAll(/@([a-z0-9._-]+)/gi)) {
        const user = state.userByUsername(name ?? '');
        if (user && state.teamMember(teamId, user.id)) {
            form.append('user_mentions', user.username);
            form.append('user_mentions_ids', user.id);
        }
    }
    for (const [, name] of text.matchAll(/~([a-z0-9_-]+)/gi)) {
        const channel = state.channelByName(teamId, name ?? '');
        if (channel) {
            form.append('channel_mentions', channel.name);
            form.append('channel_mentions_ids', channel.id);
        }
    }
}
