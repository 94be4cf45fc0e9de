import {expect, it} from 'vitest';
import type {SlashCommandRecord} from '../db/slash_command_tokens.js';
import {fakeBot} from '../test_support/fake_bot.js';
import {registerCommandInTeams} from './register_command.js';

it.each<[string, string[], string[], string[]]>([
    ['every team of the bot by default', [], ['sre'], []],
    ['only the configured team', ['sre'], ['sre'], []],
    ['a team the bot is not in is reported', ['sre', 'ops'], ['sre'], ['ops']],
])('registers /sre in %s, then reuses it, then repoints a moved URL', async (_name, teams, registered, missing) => {
    const bot = fakeBot();
    const saved: SlashCommandRecord[] = [];
    const deps = (companionUrl: string) => ({bot, companionUrl, save: (r: SlashCommandRecord) => Promise.resolve(void saved.push(r))});
    const runs = [
        await registerCommandInTeams(deps('http://a'), teams),
        await registerCommandInTeams(deps('http://a'), teams),
        await registerCommandInTeams(deps('http://b'), teams),
    ];
    expect(runs.map((r) => r.ok && r.value.registered.map((x) => `${x.team}:${x.action}`).join())).toEqual(
        registered.length ? [`sre:created`, `sre:reused`, `sre:updated`] : ['', '', '']);
    expect(runs[0]).toMatchObject({ok: true, value: {missing}});
    expect(bot.commands).toHaveLength(1);
    expect(bot.commands[0]?.url).toBe('http://b/sre-toolkit/mattermost/command');
    expect(saved.map((s) => s.token)).toEqual(['token-1', 'token-1', 'token-1']);
});

it('passes a Mattermost outage back as a value', async () => {
    const result = await registerCommandInTeams({bot: fakeBot('down'), companionUrl: 'http://a', save: () => Promise.resolve()}, []);
    expect(result).toMatchObject({ok: false, error: {kind: 'unreachable'}});
});
