import type {FastifyInstance} from 'fastify';
import {me} from '../auth';
import {slicePage, type Query} from '../body';
import type {Ctx} from '../context';
import {notFound} from '../errors';
import {canReadChannel, requireTeamMember} from '../permissions';
import type {Channel, Team, TeamMember} from '../types';
import {resolveUserId} from './users';

const missingTeam = () => notFound('app.team.get_by_name.missing.app_error', 'Unable to find the existing team.');
const missingMember = () => notFound('app.team.get_member.missing.app_error', 'No team member found for that user ID and team ID.');
const missingChannel = () => notFound('app.channel.get_by_name.missing.app_error', 'Channel does not exist.');

type TeamId = {team_id: string};

export function teamRoutes(app: FastifyInstance, ctx: Ctx): void {
    const {state} = ctx;
    app.get<{Params: TeamId}>('/teams/:team_id', (req) => visibleTeam(ctx, me(req).user.id, state.teams.get(req.params.team_id)));
    app.get<{Params: {name: string}}>('/teams/name/:name', (req) => visibleTeam(ctx, me(req).user.id, state.teamByName(req.params.name)));
    app.get<{Params: TeamId; Querystring: Query}>('/teams/:team_id/members', (req) => {
        const team = visibleTeam(ctx, me(req).user.id, state.teams.get(req.params.team_id));
        return slicePage(state.membersOfTeam(team.id), req.query);
    });
    app.get<{Params: TeamId & {user_id: string}}>('/teams/:team_id/members/:user_id', (req) =>
        memberOf(ctx, me(req).user.id, req.params.team_id, req.params.user_id));
    app.get<{Params: TeamId; Querystring: Query}>('/teams/:team_id/channels', (req) => {
        const team = visibleTeam(ctx, me(req).user.id, state.teams.get(req.params.team_id));
        const open = [...state.channels.values()].filter((c) => c.team_id === team.id && c.type === 'O' && c.delete_at === 0);
        return slicePage(open, req.query);
    });
    channelByNameRoutes(app, ctx);
}

function channelByNameRoutes(app: FastifyInstance, ctx: Ctx): void {
    app.get<{Params: TeamId & {channel_name: string}}>('/teams/:team_id/channels/name/:channel_name', (req) =>
        channelIn(ctx, me(req).user.id, ctx.state.teams.get(req.params.team_id), req.params.channel_name));
    app.get<{Params: {team_name: string; channel_name: string}}>('/teams/name/:team_name/channels/name/:channel_name', (req) =>
        channelIn(ctx, me(req).user.id, ctx.state.teamByName(req.params.team_name), req.params.channel_name));
}

function visibleTeam(ctx: Ctx, userId: string, team: Team | undefined): Team {
    if (!team) {
        throw missingTeam();
    }
    requireTeamMember(ctx.state, userId, team.id);
    return team;
}

// Like Mattermost's store, a member who left is still answered (delete_at > 0); only one who never joined is a 404.
function memberOf(ctx: Ctx, sessionUser: string, teamId: string, rawUserId: string): TeamMember {
    const userId = resolveUserId(sessionUser, rawUserId);
    visibleTeam(ctx, sessionUser, ctx.state.teams.get(teamId));
    const member = ctx.state.teamMember(teamId, userId);
    if (!member) {
        throw missingMember();
    }
    return member;
}

function channelIn(ctx: Ctx, userId: string, team: Team | undefined, name: string): Channel {
    const channel = ctx.state.channelByName(visibleTeam(ctx, userId, team).id, name);
    // Mattermost answers 404, not 403, for a private channel the caller cannot see.
    if (!channel || !canReadChannel(ctx.state, userId, channel)) {
        throw missingChannel();
    }
    return channel;
}
