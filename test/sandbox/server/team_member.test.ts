import {afterAll, beforeAll, expect, it} from 'vitest';
import type {Client4} from '@mattermost/client';
import type {Sandbox} from './index';
import {userRow} from './rows';
import {client, startTestSandbox} from './test_support/harness';
import {schemaProblems} from './test_support/contract';

// GET /api/v4/teams/{team_id}/members/{user_id} (Client4.getTeamMember): the companion asks it whether an
// incident commander is in the team. api-subset.json does not list the endpoint, so bodies are checked
// against its TeamMember and AppError schemas here.
let sandbox: Sandbox;
let bot: Client4;
let teamId: string;

beforeAll(async () => {
    sandbox = await startTestSandbox();
    bot = client(sandbox, sandbox.botToken);
    teamId = (await bot.getTeamByName('sre')).id;
});
afterAll(() => sandbox.close());

const failure = (p: Promise<unknown>) => p.then(() => ({status_code: 0}), (e: unknown) => e);
const raw = async (path: string) => {
    const res = await fetch(`${sandbox.url}/api/v4${path}`, {headers: {Authorization: `Bearer ${sandbox.botToken}`}});
    return {status: res.status, body: await res.json() as unknown};
};

it('answers a team member in the TeamMember schema, also for "me"', async () => {
    const erin = sandbox.state.userByUsername('erin');
    const member = await bot.getTeamMember(teamId, erin?.id ?? '');
    expect(member).toMatchObject({team_id: teamId, user_id: erin?.id, delete_at: 0, roles: 'team_user'});
    expect(schemaProblems('TeamMember', member)).toEqual([]);
    expect(await bot.getTeamMember(teamId, 'me')).toMatchObject({user_id: sandbox.botUserId});
});

it('answers 404 app.team.get_member.missing.app_error for a user who never joined the team', async () => {
    const outsider = userRow({username: 'frank', first_name: 'Frank', last_name: 'Outside', position: '', timezone: 'UTC'}, Date.now());
    sandbox.state.users.set(outsider.id, outsider);
    const {status, body} = await raw(`/teams/${teamId}/members/${outsider.id}`);
    expect(status).toBe(404);
    expect(body).toMatchObject({id: 'app.team.get_member.missing.app_error', status_code: 404});
    expect(schemaProblems('AppError', body)).toEqual([]);
    expect(await failure(bot.getTeamMember(teamId, outsider.id))).toMatchObject({status_code: 404});
});

it('still answers a member who left, with delete_at set, as Mattermost does', async () => {
    const dave = sandbox.state.userByUsername('dave');
    const row = sandbox.state.teamMember(teamId, dave?.id ?? '');
    if (!row) {
        throw new Error('dave is not seeded in the team');
    }
    row.delete_at = Date.now();
    expect((await bot.getTeamMember(teamId, dave?.id ?? '')).delete_at).toBeGreaterThan(0);
});

it('refuses a bad user id (400) and a team the caller is not in (404 for an unknown team)', async () => {
    expect((await raw(`/teams/${teamId}/members/not-an-id`)).status).toBe(400);
    expect((await raw(`/teams/${'a'.repeat(26)}/members/me`)).status).toBe(404);
});
