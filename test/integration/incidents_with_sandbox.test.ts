import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import type {IncidentView, IncidentWithTimeline} from '../../server-ts/src/contract/incidents.ts';
import type {Summary} from '../../server-ts/src/contract/summary.ts';
import {databaseTargets, type DatabaseTarget} from '../../server-ts/src/test_support/databases.ts';
import type {Post} from '../sandbox/server/types.ts';
import type {Stack} from '../sandbox/stack.ts';
import {useStackOn} from './support/stack_on.ts';
import {apiAs, type Api, type Reply} from './support/api.ts';

// Incidents end to end through the sandbox Mattermost: what the bot really created there, on each database.
const targets = await databaseTargets();


const incidentOf = (r: Reply) => r.body as IncidentView;
const detailOf = (r: Reply) => r.body as IncidentWithTimeline;
const activeIds = (r: Reply) => (r.body as Summary).incidents.active.map((i) => i.id);

describe.each(targets.map((t): [string, DatabaseTarget] => [t.name, t]))('incidents through the sandbox on %s', (_name, target) => {
    const on = useStackOn(target);
    let stack: Stack;
    let alice: Api;
    let carol: Api;
    let teamId: string;
    let templates: {id: string; slug: string}[];
    beforeAll(async () => {
        stack = on.stack();
        alice = apiAs(stack, (await stack.sandbox.login('alice')).token);
        carol = apiAs(stack, (await stack.sandbox.login('carol')).token);
        teamId = stack.sandbox.state.teamByName('sre')?.id ?? '';
        templates = (await alice('GET', '/templates')).body as {id: string; slug: string}[];
    });
    afterEach(() => stack.sandbox.state.faults.clear());

    const state = () => stack.sandbox.state;
    const templateId = (slug: string) => templates.find((t) => t.slug === slug)?.id ?? `missing ${slug}`;
    const user = (username: string) => state().userByUsername(username);
    const postsIn = (channelId: string): Post[] => [...state().posts.values()].filter((p) => p.channel_id === channelId);
    const channelNamed = (name: string) => state().channelByName(teamId, name);
    const sourcePost = (): Post => {
        const supportChannel = channelNamed('cloud-support');
        const post = postsIn(supportChannel?.id ?? '').find((p) => p.user_id === user('dave')?.id);
        if (!post) {
            throw new Error('the sandbox seed has no post by dave in cloud-support');
        }
        return post;
    };
    const declareRaw = (title: string, extra: Record<string, unknown> = {}) => alice('POST', '/incidents', {
        idempotencyKey: `key-${title}-${String(Math.random()).slice(2)}`, teamId, templateId: templateId('cloud-outage'),
        title, severity: 'sev1', ...extra,
    });
    const declare = async (title: string, extra: Record<string, unknown> = {}) => {
        const reply = await declareRaw(title, extra);
        return {status: reply.status, body: incidentOf(reply)};
    };

    it('seeds the six templates from assets/templates, most critical tier first and the drill last', () => {
        expect(templates.map((t) => t.slug)).toEqual(['cloud-outage', 'degraded-service', 'security-incident', 'community-server',
            'internal-platform', 'chaos-gameday-drill']);
        expect(templates.map((t) => t.slug).sort()).toEqual(['chaos-gameday-drill', 'cloud-outage', 'community-server',
            'degraded-service', 'internal-platform', 'security-incident']);
    });

    it('declares from a message: channel, people, first post, checklist, pin, thread reply and broadcast', async () => {
        const source = sourcePost();
        const {status, body: incident} = await declare('Workspaces return 502', {summary: source.message, sourcePostId: source.id,
            commanderId: user('bob')?.id});
        expect(status).toBe(201);
        expect(incident).toMatchObject({title: 'Workspaces return 502', severity: 'sev1', status: 'investigating', pendingSteps: []});
        const channel = channelNamed(incident.channelName);
        expect(channel).toMatchObject({id: incident.channelId, type: 'O'});
        expect(channel?.header).not.toBe('');
        const members = state().membersOfChannel(channel?.id ?? '').map((m) => state().users.get(m.user_id)?.username);
        expect(members).toEqual(expect.arrayContaining(['alice', 'bob', 'dave']));
        const posts = postsIn(channel?.id ?? '');
        const first = posts.find((p) => p.props.sre_step === 'first_post');
        expect(first?.message).toContain(source.message);
        expect(first?.message).toContain(`/pl/${source.id}`);
        expect(posts.filter((p) => p.props.sre_step === 'checklist_post')).toHaveLength(1);
        expect(posts.some((p) => p.is_pinned)).toBe(true);
        const reply = [...state().posts.values()].find((p) => p.root_id === source.id && p.props.sre_incident_id === incident.id);
        expect(reply?.message).toContain(incident.channelName);
        const broadcast = postsIn(channelNamed('incidents')?.id ?? '').filter((p) => p.props.sre_incident_id === incident.id);
        expect(broadcast).toHaveLength(1);
    });

    it('gives one incident and one channel for a replayed declaration', async () => {
        const body = {idempotencyKey: 'double-click-1234', teamId, templateId: templateId('degraded-service'), title: 'Search is slow', severity: 'sev2'};
        const first = await alice('POST', '/incidents', body);
        const second = await alice('POST', '/incidents', body);
        expect([first.status, second.status]).toEqual([201, 200]);
        expect(incidentOf(second).id).toBe(incidentOf(first).id);
        expect([...state().channels.values()].filter((c) => c.name.startsWith(incidentOf(first).channelName))).toHaveLength(1);
    });

    it('finishes a declaration exactly once when Mattermost fails half-way', async () => {
        state().faults.failNext('POST', /^\/api\/v4\/posts$/, {times: 3, status: 503});
        const {status, body: incident} = await declare('Billing webhooks failing');
        expect(status).toBe(201);
        expect(incident.pendingSteps.length).toBeGreaterThan(0);
        await expect.poll(async () => detailOf(await alice('GET', `/incidents/${incident.id}`)).incident.pendingSteps,
            {timeout: 30_000, interval: 250}).toEqual([]);
        const channels = [...state().channels.values()].filter((c) => c.name.startsWith(incident.channelName));
        expect(channels).toHaveLength(1);
        const steps = postsIn(channels[0]?.id ?? '').map((p) => p.props.sre_step).filter((s) => s !== undefined);
        expect(steps.filter((s) => s === 'first_post')).toHaveLength(1);
        expect(steps.filter((s) => s === 'checklist_post')).toHaveLength(1);
    });

    it('refuses bad input naming the field, and creates nothing', async () => {
        const channelsBefore = state().channels.size;
        const cases: [Record<string, unknown>, string][] = [
            [{title: ''}, 'title'],
            [{title: 'x'.repeat(201)}, 'title'],
            [{severity: 'sev5'}, 'severity'],
            [{templateId: '00000000-0000-0000-0000-000000000000'}, 'templateId'],
            [{commanderId: 'nosuchuser0000000000000000'}, 'commanderId'],
        ];
        for (const [override, field] of cases) {
            const {status, body} = await declareRaw('Valid title', override);
            expect({status, fields: Object.keys((body as {fields?: Record<string, string>}).fields ?? {})}).toEqual({status: 400, fields: [field]});
        }
        expect(state().channels.size).toBe(channelsBefore);
    });

    it('runs the lifecycle with a timeline event for every change', async () => {
        const {body: incident} = await declare('Login latency');
        const id = incident.id;
        expect(incidentOf(await alice('POST', `/incidents/${id}/status`, {status: 'identified'})).status).toBe('identified');
        expect(incidentOf(await alice('POST', `/incidents/${id}/severity`, {severity: 'sev2'})).severity).toBe('sev2');
        const withScribe = incidentOf(await alice('POST', `/incidents/${id}/roles`, {role: 'scribe', userId: user('erin')?.id}));
        expect(withScribe.roles.scribe?.username).toBe('erin');
        await alice('POST', `/incidents/${id}/updates`, {text: 'Rolled back the ingress change'});
        expect(postsIn(incident.channelId ?? '').some((p) => p.message.includes('Rolled back the ingress change'))).toBe(true);
        expect(incidentOf(await alice('POST', `/incidents/${id}/checklist/0`, {done: true})).checklist[0]?.doneAt).not.toBeNull();
        const resolved = incidentOf(await alice('POST', `/incidents/${id}/resolve`, {summary: 'Ingress config reverted'}));
        expect(resolved).toMatchObject({status: 'resolved', resolutionSummary: 'Ingress config reverted', nextUpdateDueAt: null});
        expect((await alice('POST', `/incidents/${id}/status`, {status: 'monitoring'})).status).toBe(400);
        expect(incidentOf(await alice('POST', `/incidents/${id}/reopen`, {})).status).toBe('investigating');
        const {timeline} = detailOf(await alice('GET', `/incidents/${id}`));
        expect(timeline.map((e) => e.kind)).toEqual(expect.arrayContaining(['declared', 'status_changed', 'severity_changed',
            'role_assigned', 'status_update', 'checklist_ticked', 'resolved', 'reopened']));
    });

    it('keeps a private incident invisible to non-members in every API', async () => {
        const {body: incident} = await declare('Leaked credentials', {templateId: templateId('security-incident')});
        expect(channelNamed(incident.channelName)?.type).toBe('P');
        expect((await carol('GET', `/incidents/${incident.id}`)).status).toBe(404);
        expect(((await carol('GET', '/incidents?status=all')).body as IncidentView[]).map((i) => i.id)).not.toContain(incident.id);
        expect(activeIds(await carol('GET', '/summary'))).not.toContain(incident.id);
        expect(activeIds(await alice('GET', '/summary'))).toContain(incident.id);
    });
});
