import {Client4} from '@mattermost/client';
import {beforeAll, describe, expect, it} from 'vitest';
import type {IncidentView, IncidentWithTimeline} from '../../server-ts/src/contract/incidents.ts';
import type {Kpis} from '../../server-ts/src/contract/kpis.ts';
import type {PageView} from '../../server-ts/src/contract/paging.ts';
import type {RetrospectiveView} from '../../server-ts/src/contract/retrospectives.ts';
import {databaseTargets, type DatabaseTarget} from '../../server-ts/src/test_support/databases.ts';
import type {Stack} from '../sandbox/stack.ts';
import {signedInClient, sreCommandRegistered, sreTeam, useStackOn, type SreTeam} from './support/stack_on.ts';
import {apiAs, type Api} from './support/api.ts';

// A chaos gameday typed as a user would on mobile (the real Client4 and execute endpoint): the drill and its channel say
// DRILL, nobody real is paged unless asked with --real, detection is recorded once, the retrospective carries the time to
// detect, and the KPIs leave the drill out; on each database.
const targets = await databaseTargets();
const DAY_MS = 86_400_000;

describe.each(targets.map((t): [string, DatabaseTarget] => [t.name, t]))('gamedays through the sandbox on %s', (_name, target) => {
    const on = useStackOn(target);
    let stack: Stack;
    let alice: Client4;
    let aliceApi: Api;
    let team: SreTeam;
    let startedAt: Date;
    beforeAll(async () => {
        stack = on.stack();
        const signedIn = await signedInClient(stack, 'alice');
        alice = signedIn.client;
        aliceApi = apiAs(stack, signedIn.token);
        await sreCommandRegistered(stack);
        team = sreTeam(stack, alice);
        // bob alone is on call, so a page that went out would reach him.
        const start = new Date(Date.now() - 7 * DAY_MS).toISOString().slice(0, 10);
        const schedule = await aliceApi('POST', '/schedules', {name: 'SRE primary', timeZone: 'UTC', overrides: [],
            layers: [{name: 'weekly', users: ['bob'], rotation: {every: 1, unit: 'week'}, start: `${start}T09:00`}]});
        expect(schedule.status).toBe(201);
        startedAt = new Date();
    });

    const state = () => stack.sandbox.state;
    const pages = async () => (await aliceApi('GET', '/pages')).body as PageView[];
    const drill = async (): Promise<IncidentWithTimeline> => {
        const [found] = ((await aliceApi('GET', '/incidents?status=all')).body as IncidentView[]).filter((i) => i.isDrill);
        const detail = await aliceApi('GET', `/incidents/${found?.id ?? 'none'}`);
        expect(detail.status).toBe(200);
        return detail.body as IncidentWithTimeline;
    };

    it('starts a drill whose channel, header and first post say DRILL, and pages nobody', async () => {
        const reply = await team.sre(team.channelId('town-square'), 'gameday Kill the primary database');
        const {incident} = await drill();
        expect(incident).toMatchObject({title: 'Gameday: Kill the primary database', isDrill: true, status: 'investigating',
            roles: {commander: expect.objectContaining({username: 'alice'}) as unknown}});
        expect(reply).toContain(`Started DRILL · incident ${incident.number}: Gameday: Kill the primary database`);
        expect(reply).toContain('Nobody real is paged');

        const channel = state().channels.get(incident.channelId ?? '');
        expect(channel?.name).toMatch(/^drill-\d{4}-\d{2}-\d{2}-gameday-kill-the-primary-database$/);
        expect(channel?.display_name).toMatch(/^DRILL · /);
        expect(channel?.header).toMatch(/^DRILL · /);
        const first = state().postsOfChannel(channel?.id ?? '').find((p) => p.props.sre_step === 'first_post');
        expect(first?.message).toContain('**This is a drill.** Nothing in production is affected.');
        const broadcast = state().postsOfChannel(team.channelId('incidents')).filter((p) => p.props.sre_incident_id === incident.id);
        expect(broadcast.map((p) => p.message)).toEqual([expect.stringContaining('DRILL')]);

        expect(await pages()).toEqual([]);
        expect(team.dmsOf('bob')).toEqual([]);
    });

    it('refuses a page from the drill\'s channel unless it says --real, which reaches bob with DRILL in it', async () => {
        const {incident} = await drill();
        const here = incident.channelId ?? '';
        const refused = await team.sre(here, 'page @bob help');
        expect(refused).toMatch(/^Nobody was paged:/);
        expect(refused).toContain(`#${incident.number} is a drill`);
        expect(refused).toContain('--real');
        expect(await pages()).toEqual([]);
        expect(team.dmsOf('bob')).toEqual([]);

        const real = await team.sre(here, 'page @bob help --real');
        expect(real).toMatch(new RegExp(`^Page #\\d+ for DRILL · incident #${incident.number} sent to @bob`));
        const [dm, ...more] = team.dmsOf('bob');
        expect(more).toEqual([]);
        expect(dm?.user_id).toBe(stack.sandbox.botUserId);
        expect(dm?.message).toContain('DRILL');
        expect(dm?.message).toContain('help');
        expect(await pages()).toEqual([expect.objectContaining({notified: ['bob'], incidentId: incident.id})]);
    });

    it('records detection once, on the timeline and in the channel', async () => {
        const {incident} = await drill();
        const here = incident.channelId ?? '';
        const recorded = await team.sre(here, 'gameday detected alert fired in grafana');
        expect(recorded).toMatch(new RegExp(`^Recorded: the team detected the fault of DRILL · incident ${incident.number} after `));
        const again = await team.sre(here, 'gameday detected someone else noticed it too');
        expect(again).toMatch(/^Detection was already recorded at \d{2}:\d{2} UTC by @alice: "alert fired in grafana"/);

        const {timeline} = await drill();
        expect(timeline.filter((e) => e.kind === 'drill_detected')).toHaveLength(1);
        const notices = state().postsOfChannel(here).filter((p) => p.props.sre_step === 'drill_detected');
        expect(notices.map((p) => p.message)).toEqual([expect.stringMatching(/^:mag: \*\*DRILL · Fault detected\*\* by @alice after /)]);
    });

    it('carries the time to detect into the retrospective, and leaves the drill and its page out of the KPIs', async () => {
        const {incident} = await drill();
        await team.sre(incident.channelId ?? '', 'resolve Failover took four minutes');
        expect((await drill()).incident.status).toBe('resolved');
        const retro = await aliceApi('GET', `/incidents/${incident.id}/retrospective`);
        expect(retro.status).toBe(200);
        const {gameday, isDrill} = retro.body as RetrospectiveView;
        expect(isDrill).toBe(true);
        expect(gameday).toMatchObject({scenario: 'Kill the primary database', detectedAt: expect.any(String) as unknown});
        expect(gameday?.timeToDetectSeconds).toEqual(expect.any(Number));
        expect(gameday?.detected).toContain('alert fired in grafana');

        const from = new Date(startedAt.getTime() - 60_000).toISOString();
        const to = new Date(Date.now() + 60_000).toISOString();
        const kpis = await aliceApi('GET', `/kpis?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
        expect(kpis.status).toBe(200);
        const {incidents, oncall} = kpis.body as Kpis;
        expect(incidents.count).toBe(0);
        expect(oncall.pages).toBe(0);
    });
});
