import {addMember, createChannel} from './channel_ops';
import type {Ctx} from './context';
import {newId} from './ids';
import {createPost} from './post_ops';
import {teamMemberRow, userRow, type NewUser} from './rows';
import {createSession} from './sessions';
import type {Team} from './types';

export const SANDBOX_PASSWORD = 'sandbox';

const PEOPLE: NewUser[] = [
    {username: 'alice', first_name: 'Alice', last_name: 'Moreau', position: 'SRE lead', timezone: 'Europe/Berlin', roles: 'system_user system_admin'},
    {username: 'bob', first_name: 'Bob', last_name: 'Okafor', position: 'Site reliability engineer', timezone: 'Europe/London'},
    {username: 'erin', first_name: 'Erin', last_name: 'Kowalski', position: 'Site reliability engineer', timezone: 'America/New_York'},
    {username: 'carol', first_name: 'Carol', last_name: 'Nguyen', position: 'Software developer', timezone: 'Europe/Berlin'},
    {username: 'dave', first_name: 'Dave', last_name: 'Lindqvist', position: 'Support engineer', timezone: 'Europe/Stockholm'},
];

const PUBLIC_CHANNELS = [
    {name: 'town-square', display_name: 'Town Square', purpose: 'Team-wide announcements'},
    {name: 'cloud-support', display_name: 'Cloud Support', purpose: 'Customer reports from support'},
    {name: 'cloud-sre-team', display_name: 'Cloud SRE Team', purpose: 'SRE team discussion'},
    {name: 'incidents', display_name: 'Incidents', purpose: 'Incident declarations and updates'},
];

export type Seeded = {botUserId: string; botToken: string; teamId: string};

export function seed(ctx: Ctx): Seeded {
    const {state} = ctx;
    const now = ctx.now();
    const team: Team = {
        id: newId(), create_at: now, update_at: now, delete_at: 0, display_name: 'Cloud SRE', name: 'sre',
        description: 'Site reliability engineering for the cloud', email: 'sre@sre.example.com', type: 'O',
        company_name: '', allowed_domains: '', invite_id: '', allow_open_invite: true, last_team_icon_update: 0,
    };
    const people = PEOPLE.map((p) => userRow(p, now));
    const bot = userRow({username: 'sre-bot', first_name: 'SRE', last_name: 'Toolkit', position: '', timezone: 'UTC',
        is_bot: true, bot_description: 'On-call, incidents and triage'}, now);
    const [alice, bob, , , dave] = people;
    if (!alice || !bob || !dave) {
        throw new Error('seed people changed without updating seed()');
    }
    team.invite_id = newId();
    state.teams.set(team.id, team);
    for (const user of [...people, bot]) {
        state.users.set(user.id, user);
        // The bot registers slash commands, which needs team admin, as an admin grants it in Mattermost.
        state.teamMembers.set(`${team.id}:${user.id}`, teamMemberRow(team.id, user.id, user === alice || user === bot));
    }
    state.bots.set(bot.id, {
        user_id: bot.id, create_at: now, update_at: now, delete_at: 0, username: bot.username,
        display_name: 'SRE Toolkit', description: bot.bot_description ?? '', owner_id: alice.id,
    });
    const channels = PUBLIC_CHANNELS.map((c) => createChannel(ctx, {...c, team_id: team.id, type: 'O', creator_id: alice.id}));
    for (const channel of channels) {
        [...people, bot].forEach((u) => addMember(ctx, channel, u.id));
    }
    const privateChannel = createChannel(ctx, {team_id: team.id, name: 'sre-private', display_name: 'SRE Private',
        type: 'P', purpose: 'SRE-only coordination', creator_id: alice.id});
    ['bob', 'erin'].forEach((name) => addMember(ctx, privateChannel, state.userByUsername(name)?.id ?? ''));
    seedPosts(ctx, team.id, dave.id, bob.id);
    return {botUserId: bot.id, botToken: createSession(state, bot.id, true).token, teamId: team.id};
}

function seedPosts(ctx: Ctx, teamId: string, daveId: string, bobId: string): void {
    const channel = (name: string) => ctx.state.channelByName(teamId, name)?.id ?? '';
    createPost(ctx, {channel_id: channel('town-square'), user_id: bobId,
        message: 'Reminder: the SRE on-call rotation hands over every Monday at 09:00 Europe/Berlin.'});
    const report = createPost(ctx, {channel_id: channel('cloud-support'), user_id: daveId,
        message: 'Customer report (ticket #48213): workspace `acme-prod.cloud.example.com` returns 502 Bad Gateway ' +
            'for about half of the requests since 14:05 UTC. Customer says nothing changed on their side.'});
    createPost(ctx, {channel_id: channel('cloud-support'), user_id: daveId, root_id: report.id,
        message: 'They sent a HAR file: the 502s come from the load balancer, response time ~30 s before failing.'});
    createPost(ctx, {channel_id: channel('cloud-sre-team'), user_id: daveId,
        message: 'Is anyone looking at the eu-west-1 ingress nodes? Two more customers just reported timeouts.'});
}
