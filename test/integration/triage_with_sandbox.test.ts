import {beforeAll, describe, expect, it} from 'vitest';
import type {FieldProblem} from '../../server-ts/src/contract/incidents.ts';
import type {TriageAlreadyRequested, TriageRequestView, TriageRequestWithTimeline} from '../../server-ts/src/contract/triage.ts';
import {triageItems} from '../../server-ts/src/db/schema.ts';
import {TRIAGE_DIGEST} from '../../server-ts/src/jobs/triage_digest.ts';
import {databaseTargets, type DatabaseTarget} from '../../server-ts/src/test_support/databases.ts';
import type {Post} from '../sandbox/server/types.ts';
import type {Stack} from '../sandbox/stack.ts';
import {useStackOn} from './support/stack_on.ts';
import {apiAs, type Api, type Reply} from './support/api.ts';

// Issue 6: requests sent from a Mattermost message, and the SREs' decisions, through the sandbox on each database.
const targets = await databaseTargets();
const HOUR_MS = 3_600_000;


const requestOf = (r: Reply) => r.body as TriageRequestView;
const listOf = (r: Reply) => r.body as TriageRequestView[];
const problemOf = (r: Reply) => ({status: r.status, fields: Object.keys((r.body as Partial<FieldProblem>).fields ?? {})});
let keys = 0;
const freshKey = () => `triage-key-${String(++keys).padStart(4, '0')}-${String(Math.random()).slice(2, 10)}`;

describe.each(targets.map((t): [string, DatabaseTarget] => [t.name, t]))('triage through the sandbox on %s', (_name, target) => {
    const on = useStackOn(target);
    let stack: Stack;
    let alice: Api;
    let carol: Api;
    let carolMm: Api;
    let aliceMm: Api;
    let teamId: string;
    beforeAll(async () => {
        stack = on.stack();
        const aliceToken = (await stack.sandbox.login('alice')).token;
        alice = apiAs(stack, aliceToken);
        aliceMm = apiAs(stack, aliceToken, '/api/v4');
        const carolToken = (await stack.sandbox.login('carol')).token;
        carol = apiAs(stack, carolToken);
        carolMm = apiAs(stack, carolToken, '/api/v4');
        teamId = stack.sandbox.state.teamByName('sre')?.id ?? '';
    });

    const state = () => stack.sandbox.state;
    const userId = (username: string) => state().userByUsername(username)?.id ?? `missing ${username}`;
    const repliesTo = (rootId: string): Post[] => [...state().posts.values()].filter((p) => p.root_id === rootId);
    const carolPosts = async (message: string) => {
        const channelId = state().channelByName(teamId, 'cloud-support')?.id ?? '';
        const reply = await carolMm('POST', '/posts', {channel_id: channelId, message});
        expect(reply.status).toBe(201);
        return reply.body as Post;
    };
    const send = (title: string, extra: Record<string, unknown> = {}) => carol('POST', '/triage', {idempotencyKey: freshKey(), title, ...extra});
    const decide = (api: Api, id: string, body: Record<string, unknown>) => api('POST', `/triage/${id}/decision`, body);

    it('creates a request from carol\'s message, says so once, and replays the same key', async () => {
        const message = await carolPosts('Could we automate the weekly certificate rotation for the staging clusters?');
        const body = {idempotencyKey: freshKey(), title: 'Automate certificate rotation', description: message.message, sourcePostId: message.id};
        const created = await carol('POST', '/triage', body);
        expect(created.status).toBe(201);
        const request = requestOf(created);
        expect(request).toMatchObject({status: 'new', sourcePostId: message.id, requester: {id: userId('carol'), username: 'carol'}});
        expect(request.permalink).toContain(message.id);
        expect(repliesTo(message.id).map((p) => p.message)).toEqual([expect.stringContaining(`#${request.number}`)]);

        const again = await carol('POST', '/triage', {...body, idempotencyKey: freshKey()});
        expect(again.status).toBe(409);
        expect((again.body as TriageAlreadyRequested).request.id).toBe(request.id);
        const replay = await carol('POST', '/triage', body);
        expect([replay.status, requestOf(replay).id]).toEqual([200, request.id]);
        expect(repliesTo(message.id)).toHaveLength(1);
    });

    it('names the requester after the message\'s author when an SRE sends it', async () => {
        const message = await carolPosts('The nightly backup job of the billing database failed twice this week.');
        const created = await alice('POST', '/triage', {idempotencyKey: freshKey(), title: 'Billing backups fail', sourcePostId: message.id});
        expect([created.status, requestOf(created).requester.username]).toEqual([201, 'carol']);
    });

    it('refuses bad input naming the field, and saves nothing', async () => {
        const before = listOf(await alice('GET', '/triage')).length;
        const cases: [Record<string, unknown>, string][] = [
            [{title: ''}, 'title'], [{title: '   '}, 'title'], [{category: 'gardening'}, 'category'], [{priority: 'p9'}, 'priority'],
        ];
        for (const [override, field] of cases) {
            expect(problemOf(await send('A valid title', override))).toEqual({status: 400, fields: [field]});
        }
        expect(problemOf(await alice('GET', '/triage?priority=urgent'))).toEqual({status: 400, fields: ['priority']});
        expect(listOf(await alice('GET', '/triage'))).toHaveLength(before);
    });

    it('lists the queue most urgent and oldest first, filters it, and marks an old untriaged P1', async () => {
        await stack.companion.db.insert(triageItems).values({title: 'Old P1: disk alerts flapping', priority: 'p1', category: 'reliability',
            requesterUsername: 'dave', createdAt: new Date(Date.now() - 6 * HOUR_MS)});
        expect((await send('Fresh P1: rotate leaked key', {priority: 'p1', category: 'security'})).status).toBe(201);
        expect((await send('Docs for the runbook index', {priority: 'p4', category: 'documentation'})).status).toBe(201);

        const all = listOf(await alice('GET', '/triage'));
        const ranks = all.map((r) => `${r.priority} ${r.createdAt}`);
        expect(ranks).toEqual([...ranks].sort());
        const p1 = listOf(await alice('GET', '/triage?priority=p1&status=new'));
        expect(p1.map((r) => r.title)).toEqual(['Old P1: disk alerts flapping', 'Fresh P1: rotate leaked key']);
        expect(p1.map((r) => r.slaBreaches)).toEqual([['untriaged_p1'], []]);
        expect(listOf(await alice('GET', '/triage?status=accepted'))).toEqual([]);
    });

    it('lets an SRE accept with owner and fields, tells carol in her thread, and keeps the timeline', async () => {
        const message = await carolPosts('Please add an alert when the ingress error budget burns faster than 2x.');
        const {id} = requestOf(await send('Error budget burn alert', {sourcePostId: message.id}));
        expect((await decide(carol, id, {action: 'accept'})).status).toBe(403);
        const accepted = await decide(alice, id, {action: 'accept', priority: 'p2', category: 'automation', area: 'cloud', ownerId: userId('bob')});
        expect(accepted.status).toBe(200);
        expect(requestOf(accepted)).toMatchObject({status: 'accepted', priority: 'p2', category: 'automation', area: 'cloud',
            owner: {id: userId('bob'), username: 'bob'}});
        expect(requestOf(accepted).triagedAt).not.toBeNull();
        const replies = repliesTo(message.id).map((p) => p.message);
        expect(replies).toHaveLength(2);
        expect(replies[1]).toMatch(/is accepted \(P2.*Automation.*@bob/);
        expect(listOf(await alice('GET', '/triage?status=accepted')).map((r) => r.id)).toEqual([id]);

        const detail = await alice('GET', `/triage/${id}`);
        expect(detail.status).toBe(200);
        expect((detail.body as TriageRequestWithTimeline).timeline.map((e) => e.kind)).toEqual(['created', 'accepted']);
    });

    it('puts Accept/Decline on the thread reply, and Accept there accepts with the suggested area', async () => {
        const message = await carolPosts('Our workspace exports time out since this morning.');
        const {id, number} = requestOf(await send('Workspace exports time out', {sourcePostId: message.id}));
        const [reply] = repliesTo(message.id);
        const buttons = (post: Post | undefined) =>
            ((post?.props.attachments ?? []) as {actions?: {id: string; name: string}[]}[]).flatMap((a) => a.actions ?? []);
        expect(buttons(reply).map((b) => [b.id, b.name])).toEqual([['triageaccept', 'Accept'], ['triagedecline', 'Decline']]);
        expect(reply?.props.sre_triage_id).toBe(id);

        const clicked = await aliceMm('POST', `/posts/${reply?.id ?? ''}/actions/triageaccept`, {});
        expect(clicked.status).toBe(200);
        const detail = (await alice('GET', `/triage/${id}`)).body as TriageRequestWithTimeline;
        expect(detail.request).toMatchObject({status: 'accepted', area: 'cloud'});
        const updated = state().posts.get(reply?.id ?? '');
        expect(updated?.message).toMatch(new RegExp(`#${number}.*accepted by @alice`));
        expect(buttons(updated)).toEqual([]);
    });

    it('refuses a decline without a reason, a duplicate of itself and an unknown owner, changing nothing', async () => {
        const {id} = requestOf(await send('Grafana dashboards for the queue'));
        expect(problemOf(await decide(alice, id, {action: 'decline'}))).toEqual({status: 400, fields: ['reason']});
        expect(problemOf(await decide(alice, id, {action: 'decline', reason: '  '}))).toEqual({status: 400, fields: ['reason']});
        expect(problemOf(await decide(alice, id, {action: 'duplicate', duplicateOf: id}))).toEqual({status: 400, fields: ['duplicateOf']});
        expect(problemOf(await decide(alice, id, {action: 'accept', ownerId: 'nosuchuser0000000000000000'}))).toEqual({status: 400, fields: ['ownerId']});
        // Creation filled the area from the suggestion; clearing it keeps testing the rule that an accepted request has one.
        expect(problemOf(await decide(alice, id, {action: 'accept', priority: 'p2', area: ''}))).toEqual({status: 400, fields: ['area']});
        expect(problemOf(await decide(alice, id, {action: 'ship'}))).toEqual({status: 400, fields: ['action']});
        expect((await decide(alice, '00000000-0000-0000-0000-000000000000', {action: 'accept'})).status).toBe(404);
        const detail = (await alice('GET', `/triage/${id}`)).body as TriageRequestWithTimeline;
        expect([detail.request.status, detail.timeline.map((e) => e.kind)]).toEqual(['new', ['created']]);

        const declined = await decide(alice, id, {action: 'decline', reason: 'Covered by the observability roadmap'});
        expect(requestOf(declined)).toMatchObject({status: 'declined', declineReason: 'Covered by the observability roadmap'});
    });

    it('posts the weekly digest to ~cloud-sre-team through the real job and bot, linking each request, once per week', async () => {
        const {companion} = stack;
        const slotAt = new Date(Date.now() - 60_000).toISOString();
        const channelId = state().channelByName(teamId, 'cloud-sre-team')?.id ?? '';
        const digests = () => [...state().posts.values()].filter((p) => p.channel_id === channelId && p.message.startsWith('#### :inbox_tray: SRE triage digest'));
        const first = await companion.boss.send(TRIAGE_DIGEST, {slotAt}, {singletonKey: `test-${slotAt}`});
        await expect.poll(async () => (await companion.boss.getJobById(TRIAGE_DIGEST, first ?? ''))?.state, {timeout: 20_000}).toBe('completed');
        expect(digests()).toHaveLength(1);
        const [digest] = digests();
        expect(digest?.message).toMatch(/##### New since the last digest/);
        expect(digest?.message).toContain(`(${stack.url}/sre/pl/`);
        // Another run for the same week (a second instance, a catch-up) posts nothing more.
        const again = await companion.boss.send(TRIAGE_DIGEST, {slotAt}, {singletonKey: `test-again-${slotAt}`});
        await expect.poll(async () => (await companion.boss.getJobById(TRIAGE_DIGEST, again ?? ''))?.state, {timeout: 20_000}).toBe('completed');
        expect(digests()).toHaveLength(1);
    });
});
