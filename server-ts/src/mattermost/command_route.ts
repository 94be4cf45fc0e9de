import type {FastifyPluginCallbackTypebox} from '@fastify/type-provider-typebox';
import {Type} from 'typebox';
import {Problem} from '../contract/summary.js';
import {oncallText} from '../domain/oncall_text.js';
import {runbookSearchText} from '../domain/runbook_text.js';
import {errorReply, HELP_TEXT, parseSreCommand, type SlashReply, type SreCommand} from '../domain/sre_command.js';
import {declareNow, openDeclareDialog, QUICK_DECLARE_HELP, type SlashContext} from './declare_command.js';
import {runGamedayCommand} from './gameday_command.js';
import {runIncidentCommand} from './incident_commands.js';
import {actorOf, type InteractionDeps} from './interaction_ports.js';
import {runPageCommand} from './page_command.js';
import {runTriageCommand} from './triage_commands.js';

// Mattermost's form fields (CONTRACTS.md a); more arrive (mention maps) and are allowed through.
const CommandForm = Type.Object({
    token: Type.Optional(Type.String()),
    text: Type.Optional(Type.String()),
    user_id: Type.Optional(Type.String()),
    team_id: Type.Optional(Type.String()),
    channel_id: Type.Optional(Type.String()),
    trigger_id: Type.Optional(Type.String()),
});
const CommandReply = Type.Object({response_type: Type.Union([Type.Literal('ephemeral'), Type.Literal('in_channel')]), text: Type.String()});

export const SRE_HELP = `${HELP_TEXT}\n\n${QUICK_DECLARE_HELP}`;

export const commandRoutes: FastifyPluginCallbackTypebox<InteractionDeps> = (app, deps, done) => {
    app.post('/command', {schema: {body: CommandForm, response: {200: CommandReply, 401: Problem}}}, async (req, reply) => {
        const token = commandToken(req.headers.authorization, req.body.token);
        if (token === '' || !await deps.isKnownCommandToken(token)) {
            return reply.code(401).send({code: 'invalid_command_token', message: 'Unknown slash command token: requests must come from the /sre command this companion registered'});
        }
        const parsed = parseSreCommand(req.body.text ?? '');
        if (!parsed.ok) {
            return errorReply(parsed.error);
        }
        const ctx = {teamId: req.body.team_id ?? '', channelId: req.body.channel_id ?? '', triggerId: req.body.trigger_id ?? ''};
        return run(deps, parsed.value, ctx, req.body.user_id ?? '');
    });
    done();
};

async function run(deps: InteractionDeps, command: SreCommand, ctx: SlashContext, userId: string): Promise<SlashReply> {
    if (command.kind === 'help') {
        return {response_type: 'ephemeral', text: SRE_HELP};
    }
    if (command.kind === 'oncall') {
        return {response_type: 'ephemeral', text: oncallText(await deps.oncallNow(), deps.now?.() ?? new Date())};
    }
    if (command.kind === 'runbook') {
        return {response_type: 'ephemeral', text: runbookSearchText(command.words, await deps.searchRunbooks(command.words))};
    }
    // The form's user_name is not enough: the service needs to know whether they are a system admin.
    const user = await deps.bot.getUser(userId);
    if (!user.ok) {
        return {response_type: 'ephemeral', text: `Mattermost did not answer the companion (${user.error.message}); try again in a moment.`};
    }
    const actor = actorOf(user.value);
    if (command.kind === 'request' || command.kind === 'queue' || command.kind === 'triage') {
        return runTriageCommand(deps, command, ctx, actor);
    }
    if (command.kind === 'page') {
        return runPageCommand(deps, command.text, ctx, actor);
    }
    if (command.kind === 'gameday') {
        return runGamedayCommand(deps, command, ctx, actor);
    }
    if (command.kind !== 'declare') {
        return runIncidentCommand(deps, command, ctx.channelId, actor);
    }
    return command.severity !== null && command.title !== '' ?
        declareNow(deps, ctx, actor, command.severity, command.title) :
        openDeclareDialog(deps, ctx, actor, command);
}

// Mattermost sends the token in both places; the form field still has it when an outgoing-OAuth token
// takes over the Authorization header (CONTRACTS.md a).
function commandToken(authorization: string | undefined, formToken: string | undefined): string {
    return /^token\s+(\S+)$/i.exec(authorization ?? '')?.[1] ?? formToken ?? '';
}
