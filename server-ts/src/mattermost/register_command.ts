import type {Command} from '@mattermost/types/integrations';
import type {Team} from '@mattermost/types/teams';
import {SLASH_TRIGGER} from '../domain/sre_command.js';
import {err, ok, type Result} from '../domain/result.js';
import type {SlashCommandRecord} from '../db/slash_command_tokens.js';
import type {BotClient, MattermostFailure} from './bot_client.js';
import {COMMAND_PATH} from './interaction_paths.js';

export type Registration = {team: string; action: 'created' | 'updated' | 'reused'};

type Deps = {bot: BotClient; companionUrl: string; save: (record: SlashCommandRecord) => Promise<void>};

// Idempotent: run at every start and on every retry; an existing /sre is reused or pointed at us again.
export async function registerCommandInTeams(deps: Deps, teamNames: string[]): Promise<Result<{registered: Registration[]; missing: string[]}, MattermostFailure>> {
    const teams = await deps.bot.getMyTeams();
    if (!teams.ok) {
        return teams;
    }
    const wanted = teamNames.length === 0 ? teams.value : teams.value.filter((t) => teamNames.includes(t.name.toLowerCase()));
    const missing = teamNames.filter((name) => !teams.value.some((t) => t.name.toLowerCase() === name));
    const registered: Registration[] = [];
    for (const team of wanted) {
        const done = await registerInTeam(deps, team);
        if (!done.ok) {
            return done;
        }
        registered.push(done.value);
    }
    return ok({registered, missing});
}

async function registerInTeam(deps: Deps, team: Team): Promise<Result<Registration, MattermostFailure>> {
    const url = `${deps.companionUrl}${COMMAND_PATH}`;
    const existing = await deps.bot.listCustomCommands(team.id);
    if (!existing.ok) {
        return existing;
    }
    const current = existing.value.find((c) => c.trigger === SLASH_TRIGGER && c.delete_at === 0);
    const saved = current === undefined ?
        await deps.bot.addCommand(desiredCommand(team.id, url)) :
        current.url === url && current.method === 'P' ? ok(current) : await deps.bot.editCommand({...current, url, method: 'P'});
    if (!saved.ok) {
        return saved;
    }
    if (saved.value.token === '') {
        return err({kind: 'refused', status: null, message: `Mattermost returned /${SLASH_TRIGGER} in team ${team.name} without its token`});
    }
    await deps.save({teamId: team.id, commandId: saved.value.id, token: saved.value.token});
    const action = current === undefined ? 'created' : saved.value === current ? 'reused' : 'updated';
    return ok({team: team.name, action});
}

function desiredCommand(teamId: string, url: string): Command {
    return {
        id: '', token: '', create_at: 0, update_at: 0, delete_at: 0, creator_id: '', team_id: teamId,
        trigger: SLASH_TRIGGER, method: 'P', username: '', icon_url: '', url,
        auto_complete: true, auto_complete_desc: 'Incidents, on-call, triage and rituals', auto_complete_hint: '[help]',
        display_name: 'SRE Toolkit', description: 'SRE Toolkit commands',
    };
}
