import type {FastifyInstance} from 'fastify';
import {me} from '../auth';
import {objectBody, optionalString, requiredString} from '../body';
import type {Ctx} from '../context';
import {AppError, forbidden, notFound} from '../errors';
import {newId} from '../ids';
import {requireSelf, requireTeamMember} from '../permissions';
import type {Command} from '../types';

const TEXT_FIELDS = ['username', 'icon_url', 'auto_complete_desc', 'auto_complete_hint', 'display_name', 'description'] as const;

function canManage(ctx: Ctx, userId: string, teamId: string): boolean {
    return ctx.state.isSystemAdmin(userId) || ctx.state.isTeamAdmin(teamId, userId);
}

function validate(ctx: Ctx, cmd: Command): void {
    const bad = (field: string, message: string) => new AppError(400, `model.command.is_valid.${field}.app_error`, message);
    if (cmd.method !== 'P' && cmd.method !== 'G') {
        throw bad('method', 'Invalid Method.');
    }
    if (cmd.trigger === '' || cmd.trigger.length > 128 || cmd.trigger.startsWith('/') || /\s/.test(cmd.trigger)) {
        throw bad('trigger', 'Invalid trigger.');
    }
    if (!/^https?:\/\/\S+$/.test(cmd.url)) {
        throw bad('url', 'Invalid URL.');
    }
    const clash = activeCommands(ctx, cmd.team_id).find((c) => c.trigger === cmd.trigger && c.id !== cmd.id);
    if (clash) {
        throw new AppError(400, 'api.command.duplicate_trigger.app_error', 'This trigger word is already in use. Please choose another word.');
    }
}

// What Mattermost's Command.Sanitize leaves for people who may only use a command.
function sanitized(cmd: Command): Command {
    return {...cmd, token: '', creator_id: '', method: 'P', url: '', username: '', icon_url: ''};
}

function applyFields(cmd: Command, body: Record<string, unknown>): void {
    for (const key of TEXT_FIELDS) {
        cmd[key] = optionalString(body, key) ?? cmd[key];
    }
    cmd.url = optionalString(body, 'url') ?? cmd.url;
    cmd.method = optionalString(body, 'method') ?? cmd.method;
    cmd.trigger = (optionalString(body, 'trigger') ?? cmd.trigger).toLowerCase();
    if (typeof body.auto_complete === 'boolean') {
        cmd.auto_complete = body.auto_complete;
    }
}

export function commandRoutes(app: FastifyInstance, ctx: Ctx): void {
    app.post('/commands', async (req, reply) => reply.code(201).send(createFromBody(ctx, me(req).user.id, req.body)));
    app.put<{Params: {command_id: string}}>('/commands/:command_id', (req) =>
        updateFromBody(ctx, me(req).user.id, req.params.command_id, req.body));
    app.get<{Querystring: {team_id?: string; custom_only?: string}}>('/commands', (req) =>
        listCommands(ctx, me(req).user.id, req.query.team_id ?? '', req.query.custom_only === 'true'));
    app.get<{Params: {team_id: string}}>('/teams/:team_id/commands/autocomplete', (req) => {
        requireTeamMember(ctx.state, me(req).user.id, req.params.team_id);
        return activeCommands(ctx, req.params.team_id).filter((c) => c.auto_complete).map(sanitized);
    });
}

export function activeCommands(ctx: Ctx, teamId: string): Command[] {
    return [...ctx.state.commands.values()].filter((c) => c.team_id === teamId && c.delete_at === 0);
}

function createFromBody(ctx: Ctx, userId: string, raw: unknown): Command {
    const body = objectBody(raw, 'command');
    const teamId = requiredString(body, 'team_id');
    requireTeamMember(ctx.state, userId, teamId);
    if (!canManage(ctx, userId, teamId)) {
        throw forbidden();
    }
    const now = ctx.now();
    const cmd: Command = {
        id: newId(), token: newId(), create_at: now, update_at: now, delete_at: 0, creator_id: userId, team_id: teamId,
        trigger: '', method: 'P', username: '', icon_url: '', auto_complete: false, auto_complete_desc: '',
        auto_complete_hint: '', display_name: '', description: '', url: '', plugin_id: '',
    };
    applyFields(cmd, body);
    validate(ctx, cmd);
    ctx.state.commands.set(cmd.id, cmd);
    return cmd;
}

function updateFromBody(ctx: Ctx, userId: string, commandId: string, raw: unknown): Command {
    const cmd = ctx.state.commands.get(commandId);
    if (!cmd || cmd.delete_at !== 0) {
        throw notFound('app.command.getcommand.app_error', 'We couldn\'t get the command.');
    }
    // Mattermost: only the creator, or someone with manage_others_slash_commands (system admin).
    requireSelf(ctx.state, userId, cmd.creator_id);
    const body = objectBody(raw, 'command');
    if (body.team_id !== undefined && body.team_id !== cmd.team_id) {
        throw new AppError(400, 'api.command.team_mismatch.app_error', 'Unable to update commands across teams.');
    }
    const next = {...cmd};
    applyFields(next, body);
    validate(ctx, next);
    Object.assign(cmd, next, {update_at: ctx.now()});
    return cmd;
}

function listCommands(ctx: Ctx, userId: string, teamId: string, customOnly: boolean): Command[] {
    requireTeamMember(ctx.state, userId, teamId);
    const custom = activeCommands(ctx, teamId);
    if (canManage(ctx, userId, teamId)) {
        return custom;
    }
    if (customOnly) {
        throw forbidden();
    }
    return custom.filter((c) => c.auto_complete).map(sanitized);
}
