import type {FastifyInstance} from 'fastify';
import {me} from '../auth';
import {slicePage, stringArrayBody, type Query} from '../body';
import type {Ctx} from '../context';
import {invalidParam, notFound} from '../errors';
import {isId} from '../ids';
import {readableChannel, requireTeamMember} from '../permissions';
import type {User} from '../types';

type UserParams = {user_id: string};

export function resolveUserId(sessionUserId: string, userId: string): string {
    if (userId === 'me') {
        return sessionUserId;
    }
    if (!isId(userId)) {
        throw invalidParam('user_id');
    }
    return userId;
}

export function userOr404(ctx: Ctx, userId: string): User {
    const user = ctx.state.users.get(userId);
    if (!user) {
        throw notFound('app.user.missing_account.const', 'Unable to find the user.');
    }
    return user;
}

function filterUsers(ctx: Ctx, viewerId: string, q: Query): User[] {
    const {state} = ctx;
    let users = [...state.users.values()].filter((u) => u.delete_at === 0);
    if (q.in_team) {
        requireTeamMember(state, viewerId, q.in_team);
        users = users.filter((u) => state.teamMember(q.in_team ?? '', u.id)?.delete_at === 0);
    }
    if (q.not_in_team) {
        users = users.filter((u) => state.teamMember(q.not_in_team ?? '', u.id) === undefined);
    }
    if (q.in_channel) {
        readableChannel(state, viewerId, q.in_channel);
        users = users.filter((u) => state.channelMember(q.in_channel ?? '', u.id));
    }
    if (q.not_in_channel) {
        users = users.filter((u) => !state.channelMember(q.not_in_channel ?? '', u.id));
    }
    return users.sort((a, b) => a.username.localeCompare(b.username));
}

const startsWithName = (user: User, name: string) =>
    [user.username, user.first_name, user.last_name, user.nickname].some((field) => field.toLowerCase().startsWith(name));

// Mattermost's users/autocomplete (Client4 sends in_team / in_channel; its OpenAPI page says team_id): active
// users whose username, first, last or nick name starts with `name`, as {users} (+ out_of_channel with in_channel).
function autocompleteUsers(ctx: Ctx, viewerId: string, q: Query) {
    const name = (q.name ?? '').toLowerCase();
    const limit = Math.min(100, Math.max(1, Number(q.limit ?? 25) || 25));
    const inScope = filterUsers(ctx, viewerId, {in_team: q.in_team, in_channel: q.in_channel}).filter((u) => startsWithName(u, name));
    if (!q.in_channel) {
        return {users: inScope.slice(0, limit)};
    }
    const outside = filterUsers(ctx, viewerId, {in_team: q.in_team, not_in_channel: q.in_channel}).filter((u) => startsWithName(u, name));
    return {users: inScope.slice(0, limit), out_of_channel: outside.slice(0, limit)};
}

export function userRoutes(app: FastifyInstance, ctx: Ctx): void {
    // Before /users/:user_id, as in Mattermost's router, so "autocomplete" is not taken for an id.
    app.get<{Querystring: Query}>('/users/autocomplete', (req) => autocompleteUsers(ctx, me(req).user.id, req.query));

    app.get<{Params: UserParams}>('/users/:user_id', (req) =>
        userOr404(ctx, resolveUserId(me(req).user.id, req.params.user_id)));

    app.get<{Params: {username: string}}>('/users/username/:username', (req) =>
        ctx.state.userByUsername(req.params.username) ?? userOr404(ctx, ''));

    app.get<{Querystring: Query}>('/users', (req) => slicePage(filterUsers(ctx, me(req).user.id, req.query), req.query));

    app.post<{Querystring: Query}>('/users/ids', (req) => {
        const since = Number(req.query.since ?? 0);
        return stringArrayBody(req.body, 'user_ids')
            .map((id) => ctx.state.users.get(id))
            .filter((u): u is User => u !== undefined && u.update_at >= since);
    });

    app.post('/users/usernames', (req) => stringArrayBody(req.body, 'usernames')
        .map((name) => ctx.state.userByUsername(name))
        .filter((u): u is User => u !== undefined));

    app.get<{Params: UserParams}>('/users/:user_id/image', (req, reply) => {
        const user = userOr404(ctx, resolveUserId(me(req).user.id, req.params.user_id));
        return reply.type('image/svg+xml').send(avatarSvg(user));
    });
}

// A generated initials avatar stands in for the uploaded picture.
function avatarSvg(user: User): string {
    const initials = `${user.first_name.charAt(0)}${user.last_name.charAt(0)}`.toUpperCase() || user.username.charAt(0);
    let hue = 0;
    for (let i = 0; i < user.id.length; i++) {
        hue = (hue + user.id.charCodeAt(i)) % 360;
    }
    return `<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128">` +
        `<rect width="128" height="128" fill="hsl(${hue},45%,45%)"/><text x="64" y="80" font-size="52" ` +
        `font-family="sans-serif" fill="#fff" text-anchor="middle">${initials}</text></svg>`;
}
