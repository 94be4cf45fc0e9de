export type CommandArgs = {channel_id: string; team_id: string; root_id: string};
type HookResult = {error?: {message: string}; message?: string; args?: CommandArgs} | undefined;
export type SlashHook = (message: string, args: CommandArgs) => HookResult | Promise<HookResult>;

export type HookOutcome = {kind: 'run'; message: string; args: CommandArgs} | {kind: 'rejected'; error: string} | {kind: 'swallowed'};

// Mattermost's runSlashCommandWillBePostedHooks: hooks run in registration order; an error rejects, a
// result without message and args swallows the command, anything else continues with what it returned.
export async function runSlashHooks(hooks: SlashHook[], message: string, args: CommandArgs): Promise<HookOutcome> {
    let current = {message, args};
    for (const hook of hooks) {
        const result = await hook(current.message, current.args);
        if (!result) {
            continue;
        }
        if (result.error) {
            return {kind: 'rejected', error: result.error.message};
        }
        if (!result.message && !result.args) {
            return {kind: 'swallowed'};
        }
        current = {message: result.message ?? current.message, args: result.args ?? current.args};
    }
    return {kind: 'run', ...current};
}
