import type {FastifyInstance} from 'fastify';
import {me} from '../auth';
import {objectBody, optionalString, requiredString} from '../body';
import {commandForm} from '../command_request';
import {handleCommandResponse, parseCommandResponse, responseForClient, type CommandResponse, type CommandScope} from '../command_response';
import type {Ctx} from '../context';
import {AppError} from '../errors';
import {newId} from '../ids';
import {callIntegration} from '../integration_http';
import {memberChannel} from '../permissions';
import {createTriggerId} from '../trigger_id';
import type {Command} from '../types';
import {activeCommands} from './commands';

function parseCommandLine(line: string): {trigger: string; text: string} {
    if (!line.startsWith('/')) {
        throw new AppError(400, 'api.command.execute_command.start.app_error', 'No command trigger found.');
    }
    const [first = '', ...rest] = line.split(' ');
    return {trigger: first.slice(1).toLowerCase(), text: rest.join(' ')};
}

async function runCommand(ctx: Ctx, scope: CommandScope, command: Command, text: string): Promise<CommandResponse> {
    const {triggerId} = createTriggerId(ctx.triggerKey, scope.userId, ctx.now());
    const hookId = newId();
    ctx.state.commandHooks.set(hookId, {id: hookId, commandId: command.id, ...scope, createAt: ctx.now(), uses: 0});
    const form = commandForm(ctx.state, {
        scope, command, text, triggerId, responseUrl: `${ctx.state.config.siteUrl}/hooks/commands/${hookId}`,
    });
    const headers: Record<string, string> = {Accept: 'application/json', Authorization: `Token ${command.token}`};
    const isGet = command.method === 'G';
    const url = isGet ? `${command.url}${command.url.includes('?') ? '&' : '?'}${form.toString()}` : command.url;
    const reply = await callIntegration(url, isGet ? {method: 'GET', headers}
        : {method: 'POST', headers: {...headers, 'Content-Type': 'application/x-www-form-urlencoded'}, body: form.toString()},
    ctx.state.config.integrationTimeoutMs);
    const failed = (id: string, message: string) => new AppError(500, `api.command.execute_command.${id}.app_error`, message);
    if (!reply) {
        throw failed('failed', `Command with a trigger of '${command.trigger}' failed.`);
    }
    if (reply.status !== 200) {
        throw failed('failed_resp', `Command with a trigger of '${command.trigger}' returned response ${reply.status}.`);
    }
    try {
        return parseCommandResponse(reply.contentType, reply.text);
    } catch {
        throw failed('failed_resp', `Command with a trigger of '${command.trigger}' returned an unreadable response.`);
    }
}

export function commandExecuteRoutes(app: FastifyInstance, ctx: Ctx): void {
    app.post('/commands/execute', async (req) => {
        const userId = me(req).user.id;
        const body = objectBody(req.body, 'command_args');
        const channel = memberChannel(ctx.state, userId, requiredString(body, 'channel_id'));
        const {trigger, text} = parseCommandLine(requiredString(body, 'command'));
        const teamId = channel.team_id || (optionalString(body, 'team_id') ?? '');
        const command = activeCommands(ctx, teamId).find((c) => c.trigger === trigger);
        if (!command) {
            throw new AppError(404, 'api.command.execute_command.not_found.app_error',
                `Command with a trigger of '${trigger}' not found. To send a message beginning with "/", try adding an empty space at the beginning of the message.`);
        }
        const scope = {userId, channelId: channel.id, teamId, rootId: optionalString(body, 'root_id') ?? ''};
        const response = await runCommand(ctx, scope, command, text);
        handleCommandResponse(ctx, scope, response);
        return responseForClient(response);
    });
}
