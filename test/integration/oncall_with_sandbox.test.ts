import {beforeAll, describe, expect, it} from 'vitest';
import type {OncallNow, ScheduleBody, ScheduleView} from '../../server-ts/src/contract/schedules.ts';
import type {Summary} from '../../server-ts/src/contract/summary.ts';
import {schedules} from '../../server-ts/src/db/schema.ts';
import {ONCALL_HANDOFFS} from '../../server-ts/src/jobs/oncall_handoffs.ts';
import {databaseTargets, type DatabaseTarget} from '../../server-ts/src/test_support/databases.ts';
import type {Stack} from '../sandbox/stack.ts';
import {useStackOn} from './support/stack_on.ts';
import {apiAs, type Api} from './support/api.ts';

// Issue 7: schedules through the sandbox's proxy as the webapp calls them, the summary's on-call part, and
// hand-off notices posted by the real job and bot, on each database.
const targets = await databaseTargets();
const DAY_MS = 86_400_000;

// bob and erin hand off daily at 09:00 Berlin, from a week ago.
const startedAWeekAgo = (): ScheduleBody => {
    const start = new Date(Date.now() - 7 * DAY_MS).toISOString().slice(0, 10);
    return {name: 'SRE primary', timeZone: 'Europe/Berlin', overrides: [],
        layers: [{name: 'daily', users: ['bob', 'erin'], rotation: {every: 1, unit: 'day'}, start: `${start}T09:00`}]};
};

describe.each(targets.map((t): [string, DatabaseTarget] => [t.name, t]))('on-call through the sandbox on %s', (_name, target) => {
    const on = useStackOn(target);
    let stack: Stack;
    let alice: Api;
    let dave: Api;
    beforeAll(async () => {
        stack = on.stack();
        alice = apiAs(stack, (await stack.sandbox.login('alice')).token);
        dave = apiAs(stack, (await stack.sandbox.login('dave')).token);
    });
    const state = () => stack.sandbox.state;

    let scheduleId = '';

    it('lets an SRE create a schedule with real usernames, and shows who is on call and who is next in the summary', async () => {
        expect((await dave('POST', '/schedules', startedAWeekAgo())).status).toBe(403);
        const unknown = await alice('POST', '/schedules', {...startedAWeekAgo(), overrides: [{user: 'mallory', start: '2026-01-01T00:00:00Z', end: '2026-01-01T01:00:00Z'}]});
        expect(unknown).toMatchObject({status: 400, body: {fields: {'overrides[0].user': expect.any(String) as unknown}}});
        const created = await alice('POST', '/schedules', startedAWeekAgo());
        expect(created.status).toBe(201);
        const {id} = created.body as ScheduleView;
        scheduleId = id;
        const now = (await dave('GET', `/schedules/${id}/oncall`)).body as OncallNow;
        expect(['bob', 'erin']).toContain(now.users[0]);
        const summary = (await dave('GET', '/summary')).body as Summary;
        expect(summary.oncall).toEqual([expect.objectContaining({scheduleId: id, users: now.users, next: {users: [now.users[0] === 'bob' ? 'erin' : 'bob'], at: now.until}})]);
    });

    it('announces the week\'s missed hand-offs once, late, in ~cloud-sre-team and to both people by DM', async () => {
        const {companion} = stack;
        // The schedule has existed for a week: the sweep owes those hand-offs (at most a week back).
        await companion.db.update(schedules).set({createdAt: new Date(Date.now() - 7 * DAY_MS)});
        // Its own key: the every-minute job may be queued already, and a queue keeps one job per key.
        const sweep = await companion.boss.send(ONCALL_HANDOFFS, {}, {singletonKey: 'test-sweep'});
        const teamId = state().teamByName('sre')?.id ?? '';
        const channelId = state().channelByName(teamId, 'cloud-sre-team')?.id ?? '';
        const notices = () => [...state().posts.values()].filter((p) => p.channel_id === channelId && p.message.startsWith('#### On-call hand-off'));
        // The sweep posts each notice, then its DMs: count once the whole job is done.
        await expect.poll(async () => (await companion.boss.getJobById(ONCALL_HANDOFFS, sweep ?? ''))?.state, {timeout: 20_000}).toBe('completed');
        const count = notices().length;
        expect(count).toBeGreaterThanOrEqual(6);
        // All but (at most) one that happened in the last few minutes are marked late.
        expect(notices().filter((p) => p.message.includes('late notice')).length).toBeGreaterThanOrEqual(count - 1);
        const bobDms = [...state().posts.values()].filter((p) => p.message.startsWith('#### On-call hand-off') && p.channel_id !== channelId);
        expect(bobDms.length).toBe(2 * count);
        const again = await companion.boss.send(ONCALL_HANDOFFS, {}, {singletonKey: 'again'});
        await expect.poll(async () => (await companion.boss.getJobById(ONCALL_HANDOFFS, again ?? ''))?.state, {timeout: 20_000}).toBe('completed');
        expect(notices()).toHaveLength(count);
    });

    it('lets anyone take over, and every sidebar summary shows it', async () => {
        expect((await dave('POST', `/schedules/${scheduleId}/take-over`, {hours: 2})).status).toBe(200);
        await expect.poll(async () => ((await alice('GET', '/summary')).body as Summary).oncall[0]?.users).toEqual(['dave']);
    });
});
