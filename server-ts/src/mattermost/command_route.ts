import type {FastifyPluginCallbackTypebox} from '@fastify/type-provider-typebox';
import {Type} from 'typebox';
import {Problem} from '../contract/summary.js';
import {parseSlashCommand, replyTo} from '../domain/slash_command.js';

// Mattermost's form fields (CONTRACTS.md a); more arrive (mention maps) and are allowed through.
const CommandForm = Type.Object({
    token: Type.Optional(Type.String()),
    text: Type.Optional(Type.String()),
    user_id: Type.Optional(Type.String()),
    team_id: Type.Optional(Type.String()),
    channel_id: Type.Optional(Type.String()),
});
const CommandReply = Type.Object({response_type: Type.Union([Type.Literal('ephemeral'), Type.Literal('in_channel')]), text: Type.String()});

type Options = {isKnownCommandToken: (token: string) => Promise<boolean>};

export const commandRoutes: FastifyPluginCallbackTypebox<Options> = (app, {isKnownCommandToken}, done) => {
    app.post('/command', {schema: {body: CommandForm, response: {200: CommandReply, 401: Problem}}}, async (req, reply) => {
        const token = commandToken(req.headers.authorization, req.body.token);
        if (token === '' || !await isKnownCommandToken(token)) {
            return reply.code(401).send({code: 'invalid_command_token', message: 'Unknown slash command token: requests must come from the /sre command this companion registered'});
        }
        return replyTo(parseSlashCommand(req.body.text ?? ''));
    });
    done();
};

// Mattermost sends the token in both places; the form field still has it when an outgoing-OAuth token
// takes over the Authorization header (CONTRACTS.md a).
function commandToken(authorization: string | undefined, formToken: string | undefined): string {
    return /^token\s+(\S+)$/i.exec(authorization ?? '')?.[1] ?? formToken ?? '';
}
