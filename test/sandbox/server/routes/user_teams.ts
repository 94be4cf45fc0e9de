import type {FastifyInstance, FastifyRequest} from 'fastify';
import {me} from '../auth';
import {objectBody} from '../body';
import type {Ctx} from '../context';
import {invalidBody} from '../errors';
import {requireSelf, requireTeamMember} from '../permissions';
import type {Channel, ChannelMember, Preference} from '../types';
import {resolveUserId} from './users';

type P = {user_id: string; team_id: string};

export function userTeamRoutes(app: FastifyInstance, ctx: Ctx): void {
    const {state} = ctx;
    const self = (req: FastifyRequest<{Params: P}>) => selfId(ctx, me(req).user.id, req.params.user_id);
    app.get<{Params: P}>('/users/:user_id/teams', (req) => state.teamsOfUser(self(req)));
    app.get<{Params: P}>('/users/:user_id/teams/members', (req) => {
        const userId = self(req);
        return state.teamsOfUser(userId).map((t) => state.teamMember(t.id, userId));
    });
    app.get<{Params: P}>('/users/:user_id/teams/:team_id/channels', (req) => channelsInTeam(ctx, self(req), req.params.team_id));
    app.get<{Params: P}>('/users/:user_id/teams/:team_id/channels/members', (req) => {
        const userId = self(req);
        return channelsInTeam(ctx, userId, req.params.team_id)
            .map((c) => state.channelMember(c.id, userId))
            .filter((m): m is ChannelMember => m !== undefined);
    });
    app.get<{Params: P}>('/users/:user_id/preferences', (req) => state.preferences.get(self(req)) ?? []);
    app.put<{Params: P}>('/users/:user_id/preferences', (req) => savePreferences(ctx, self(req), req.body));
}

function selfId(ctx: Ctx, sessionUser: string, userId: string): string {
    const id = resolveUserId(sessionUser, userId);
    requireSelf(ctx.state, sessionUser, id);
    return id;
}

function channelsInTeam(ctx: Ctx, userId: string, teamId: string): Channel[] {
    requireTeamMember(ctx.state, userId, teamId);
    return ctx.state.channelsOfUser(userId, teamId);
}

function savePreferences(ctx: Ctx, userId: string, raw: unknown) {
    const incoming = readPreferences(raw, userId);
    const kept = (ctx.state.preferences.get(userId) ?? []).filter((p) =>
        !incoming.some((n) => n.category === p.category && n.name === p.name));
    ctx.state.preferences.set(userId, [...kept, ...incoming]);
    ctx.hub.publish('preferences_changed', {preferences: JSON.stringify(incoming)}, {user_id: userId});
    return {status: 'OK'};
}

function readPreferences(body: unknown, userId: string): Preference[] {
    if (!Array.isArray(body)) {
        throw invalidBody('preferences');
    }
    return body.map((raw) => {
        const p = objectBody(raw, 'preferences');
        const {category, name, value} = p;
        if (p.user_id !== userId || typeof category !== 'string' || typeof name !== 'string' || typeof value !== 'string') {
            throw invalidBody('preferences');
        }
        return {user_id: userId, category, name, value};
    });
}
