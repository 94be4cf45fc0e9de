import type {FastifyInstance} from 'fastify';
import {me} from '../auth';
import {slicePage, type Query} from '../body';
import type {Ctx} from '../context';
import {notFound} from '../errors';
import {canReadChannel, requireTeamMember} from '../permissions';
import type {Team} from '../types';

const missingTeam = () => notFound('app.team.get_by_name.missing.app_error', 'Unable to find the existing team.');
const missingChannel = () => notFound('app.channel.get_by_name.missing.app_error', 'Channel does not exist.');

export function teamRoutes(app: FastifyInstance, ctx: Ctx): void {
    const {state} = ctx;
    const visibleTeam = (userId: string, team: Team | undefined): Team => {
        if (!team) {
            throw missingTeam();
        }
        requireTeamMember(state, userId, team.id);
        return team;
    };
    const channelIn = (userId: string, team: Team, name: string) => {
        const channel = state.channelByName(team.id, name);
        // Mattermost answers 404, not 403, for a private channel the caller cannot see.
        if (!channel || !canReadChannel(state, userId, channel)) {
            throw missingChannel();
        }
        return channel;
    };

    app.get<{Params: {team_id: string}}>('/teams/:team_id', (req) =>
        visibleTeam(me(req).user.id, state.teams.get(req.params.team_id)));

    app.get<{Params: {name: string}}>('/teams/name/:name', (req) =>
        visibleTeam(me(req).user.id, state.teamByName(req.params.name)));

    app.get<{Params: {team_id: string}; Querystring: Query}>('/teams/:team_id/members', (req) => {
        const team = visibleTeam(me(req).user.id, state.teams.get(req.params.team_id));
        return slicePage(state.membersOfTeam(team.id), req.query);
    });

    app.get<{Params: {team_id: string; channel_name: string}}>('/teams/:team_id/channels/name/:channel_name', (req) => {
        const userId = me(req).user.id;
        return channelIn(userId, visibleTeam(userId, state.teams.get(req.params.team_id)), req.params.channel_name);
    });

    app.get<{Params: {team_name: string; channel_name: string}}>('/teams/name/:team_name/channels/name/:channel_name', (req) => {
        const userId = me(req).user.id;
        return channelIn(userId, visibleTeam(userId, state.teamByName(req.params.team_name)), req.params.channel_name);
    });

    app.get<{Params: {team_id: string}; Querystring: Query}>('/teams/:team_id/channels', (req) => {
        const team = visibleTeam(me(req).user.id, state.teams.get(req.params.team_id));
        const open = [...state.channels.values()].filter((c) => c.team_id === team.id && c.type === 'O' && c.delete_at === 0);
        return slicePage(open, req.query);
    });
}
