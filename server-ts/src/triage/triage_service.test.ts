import {eq} from 'drizzle-orm';
import {beforeEach, describe, expect, it} from 'vitest';
import type {NewTriageRequestBody} from '../contract/triage.js';
import {triageEvents, triageItems} from '../db/schema.js';
import {DEFAULT_SLA} from '../domain/triage_sla.js';
import {databaseTargets, type DatabaseTarget} from '../test_support/databases.js';
import {useTestDatabase} from '../test_support/use_test_database.js';
import {fakeIncidentBot} from '../test_support/fake_incident_bot.js';
import {createTriageService, type TriageService} from './triage_service.js';

const targets = await databaseTargets();
const NOW = new Date('2025-03-05T12:00:00Z');
const alice = {id: 'u-alice', username: 'alice', isSystemAdmin: false};
const carol = {id: 'u-carol', username: 'carol', isSystemAdmin: false};
const USERS = [{id: 'u-alice', username: 'alice'}, {id: 'u-bob', username: 'bob'}, {id: 'u-carol', username: 'carol'}];
let keySeq = 0;

// Matchers typed as unknown: vitest types them any.
const anyText = expect.any(String) as unknown;
const matching = (re: RegExp) => expect.stringMatching(re) as unknown;

describe.each(targets.map((t): [string, DatabaseTarget] => [t.name, t]))('triage service on %s', (_name, target) => {
    const conn = useTestDatabase(target);
    let fake: ReturnType<typeof fakeIncidentBot>;
    let service: TriageService;
    let problems: string[];

    beforeEach(async () => {
        await conn().db.delete(triageItems);
        fake = fakeIncidentBot(USERS);
        problems = [];
        // carol asks in ~cloud-support; her root post and a reply in its thread.
        fake.posts.push({id: 'p-carol', channelId: 'ch-support', userId: 'u-carol', rootId: '', message: 'Nightly backup job is slow', props: {}},
            {id: 'p-reply', channelId: 'ch-support', userId: 'u-carol', rootId: 'p-carol', message: 'also the docs are stale', props: {}});
        service = createTriageService({db: conn().db, bot: fake.bot, isSre: (a) => Promise.resolve(a.username === 'alice'),
            mmUrl: 'http://mm.test', sla: DEFAULT_SLA, now: () => NOW, onProblem: (m) => void problems.push(m)});
    });

    const body = (extra: Partial<NewTriageRequestBody> = {}): NewTriageRequestBody => ({idempotencyKey: `key-${++keySeq}-abcdef`, title: 'Automate the cert rotation', ...extra});
    const create = async (extra: Partial<NewTriageRequestBody> = {}, actor = alice) => {
        const created = await service.create(body(extra), actor);
        if (!created.ok) {
            throw new Error(JSON.stringify(created.error));
        }
        return created.value.request;
    };
    const replies = () => fake.posts.filter((p) => p.userId === 'bot1');

    it('creates from scratch with the actor as requester and the suggested fields, without any Mattermost call', async () => {
        const request = await create({}, carol);
        expect(request).toMatchObject({requester: {id: 'u-carol', username: 'carol'}, status: 'new', category: 'automation', priority: 'p3',
            sourcePostId: null, permalink: null, slaBreaches: [], createdAt: NOW.toISOString()});
        expect(replies()).toEqual([]);
        const found = await service.get(request.id);
        expect(found?.timeline.map((e) => e.text)).toEqual(['Requested by @carol: "Automate the cert rotation"']);
        expect(found?.suggestion.category).toEqual({value: 'automation', because: ['automate']});
    });

    it('creates from a message: requester is its author, the bot answers in the thread once, a replay returns the same request', async () => {
        const key = 'key-from-message-1';
        const first = await service.create(body({idempotencyKey: key, title: 'Backup is slow', sourcePostId: 'p-reply'}), alice);
        const again = await service.create(body({idempotencyKey: key, title: 'Backup is slow', sourcePostId: 'p-reply'}), alice);
        expect(first.ok && first.value.outcome).toBe('created');
        expect(again.ok && again.value).toMatchObject({outcome: 'replayed', request: {id: first.ok ? first.value.request.id : ''}});
        expect(first.ok && first.value.request).toMatchObject({requester: {username: 'carol'}, permalink: 'http://mm.test/_redirect/pl/p-reply'});
        expect(replies()).toEqual([expect.objectContaining({channelId: 'ch-support', rootId: 'p-carol', message: matching(/^Sent to SRE triage as request #\d+ \(new, P3/)}) as unknown]);
    });

    it('says a message already sent to triage is that request, and creates no second one', async () => {
        const first = await create({sourcePostId: 'p-carol'});
        const second = await service.create(body({sourcePostId: 'p-carol', title: 'Same again'}), alice);
        expect(second).toEqual({ok: true, value: {outcome: 'already_requested', request: first}});
        expect(await conn().db.select().from(triageItems)).toHaveLength(1);
    });

    it('names every bad field, and a missing message, and saves nothing', async () => {
        expect(await service.create(body({title: ' ', priority: 'P9', category: 'fun'}), alice))
            .toEqual({ok: false, error: {title: anyText, priority: anyText, category: anyText}});
        expect(await service.create(body({sourcePostId: 'p-gone'}), alice)).toEqual({ok: false, error: {sourcePostId: matching(/not found/)}});
        expect(await conn().db.select().from(triageItems)).toEqual([]);
    });

    it('accepts with owner, replies once in the thread, and records the event', async () => {
        const request = await create({sourcePostId: 'p-carol'});
        const accepted = await service.decide(request.id, {action: 'accept', priority: 'P2', category: 'automation', area: 'cloud', ownerId: 'u-bob'}, alice);
        expect(accepted.ok && accepted.value).toMatchObject({status: 'accepted', priority: 'p2', owner: {id: 'u-bob', username: 'bob'}, triagedAt: NOW.toISOString()});
        expect(replies().map((p) => p.message).at(-1)).toBe(`Request #${request.number} is accepted (P2, Automation), owner @bob.`);
        expect(replies()).toHaveLength(2);
        const found = await service.get(request.id);
        expect(found?.timeline.map((e) => e.kind)).toEqual(['created', 'accepted']);
    });

    it('refuses an unknown owner, a decline without reason and bad duplicates by field, saving nothing', async () => {
        const request = await create();
        const other = await create({title: 'Other'});
        expect(await service.decide(request.id, {action: 'accept', area: 'cloud', ownerId: 'u-nobody'}, alice)).toEqual({ok: false, error: {ownerId: anyText}});
        expect(await service.decide(request.id, {action: 'decline', reason: '  '}, alice)).toEqual({ok: false, error: {reason: anyText}});
        expect(await service.decide(request.id, {action: 'duplicate', duplicateOf: request.id}, alice)).toEqual({ok: false, error: {duplicateOf: matching(/itself/)}});
        expect(await service.decide(request.id, {action: 'duplicate', duplicateOf: `#${request.number}`}, alice)).toEqual({ok: false, error: {duplicateOf: matching(/itself/)}});
        expect(await service.decide(request.id, {action: 'duplicate', duplicateOf: 'not-a-request'}, alice)).toEqual({ok: false, error: {duplicateOf: matching(/no request/)}});
        expect(await service.decide(request.id, {action: 'explode'}, alice)).toEqual({ok: false, error: {action: anyText}});
        expect((await service.get(request.id))?.request).toEqual(request);
        expect(await conn().db.select().from(triageEvents)).toHaveLength(2);
        expect(other.status).toBe('new');
    });

    it('declines with a reason and marks duplicates by number, answering in the thread', async () => {
        const original = await create({title: 'Original'});
        const copy = await create({sourcePostId: 'p-carol'});
        const declined = await create({title: 'Not ours'});
        expect(await service.decide(copy.id, {action: 'duplicate', duplicateOf: `#${original.number}`}, alice))
            .toMatchObject({ok: true, value: {status: 'duplicate', duplicateOf: original.id, closedAt: NOW.toISOString()}});
        expect(replies().at(-1)?.message).toBe(`Request #${copy.number} is a duplicate of #${original.number}: follow that one.`);
        expect(await service.decide(declined.id, {action: 'decline', reason: 'the DBA team owns this'}, alice))
            .toMatchObject({ok: true, value: {status: 'declined', declineReason: 'the DBA team owns this'}});
    });

    it('lets only SREs decide, answers not_found for a missing request, and a failed reply never fails the decision', async () => {
        const request = await create({sourcePostId: 'p-carol'});
        expect(await service.decide(request.id, {action: 'decline', reason: 'no'}, carol)).toEqual({ok: false, error: {_: matching(/^forbidden: /)}});
        expect(await service.decide('00000000-0000-4000-8000-000000000000', {action: 'start'}, alice)).toEqual({ok: false, error: {_: 'not_found'}});
        expect(await service.get('nope')).toBeNull();
        fake.failNext('createPost');
        expect(await service.decide(request.id, {action: 'decline', reason: 'out of scope'}, alice)).toMatchObject({ok: true, value: {status: 'declined'}});
        expect(problems).toEqual(['triage thread reply failed']);
    });

    it('lists the queue by priority then age, filtered, with SLA breaches', async () => {
        const low = await create({title: 'Someday', priority: 'p4'});
        const urgent = await create({title: 'Checkout down', priority: 'p1'});
        await conn().db.update(triageItems).set({createdAt: new Date(NOW.getTime() - 5 * 3_600_000)});
        const listed = await service.queue({status: 'new'});
        expect(listed.ok && listed.value.requests.map((r) => [r.id, r.slaBreaches])).toEqual([[urgent.id, ['untriaged_p1']], [low.id, []]]);
        const p4 = await service.queue({priority: 'p4'});
        expect(p4).toMatchObject({ok: true, value: {requests: [{id: low.id}]}});
        expect(p4.ok && JSON.parse(p4.value.json().toString())).toEqual(p4.ok && p4.value.requests);
        expect(await service.queue({priority: 'P9'})).toEqual({ok: false, error: {priority: anyText}});
    });

    it('leaves a request last written by its last status change, as the KPIs count on (db/kpi_rows.ts)', async () => {
        let clock = NOW;
        const timed = createTriageService({db: conn().db, bot: fake.bot, isSre: () => Promise.resolve(true), mmUrl: 'http://mm.test',
            sla: DEFAULT_SLA, now: () => clock});
        const created = await timed.create(body(), alice);
        const id = created.ok ? created.value.request.id : '';
        const written = async () => {
            const [row] = await conn().db.select().from(triageItems).where(eq(triageItems.id, id));
            const events = await conn().db.select().from(triageEvents).where(eq(triageEvents.requestId, id));
            return {updatedAt: row?.updatedAt.toISOString(), lastEvent: new Date(Math.max(...events.map((e) => e.at.getTime()))).toISOString(), events: events.length};
        };
        expect(await written()).toEqual({updatedAt: NOW.toISOString(), lastEvent: NOW.toISOString(), events: 1});
        for (const [k, action] of (['accept', 'start', 'done', 'reopen'] as const).entries()) {
            clock = new Date(NOW.getTime() + (k + 1) * 3_600_000);
            expect((await timed.decide(id, {action}, alice)).ok).toBe(true);
            expect(await written()).toEqual({updatedAt: clock.toISOString(), lastEvent: clock.toISOString(), events: k + 2});
        }
    });

    it('serves the queue from one snapshot: own writes show at once, others after invalidate(), SLA marks when a limit passes', async () => {
        let clock = NOW;
        const timed = createTriageService({db: conn().db, bot: fake.bot, isSre: () => Promise.resolve(true), mmUrl: 'http://mm.test',
            sla: DEFAULT_SLA, now: () => clock});
        const urgent = await timed.create(body({title: 'Checkout down', priority: 'p1'}), alice);
        const titles = async () => {
            const listed = await timed.queue({});
            return listed.ok ? listed.value.requests.map((r) => `${r.title} ${r.slaBreaches.join()}`) : [];
        };
        expect(await titles()).toEqual(['Checkout down ']);
        await conn().db.update(triageItems).set({title: 'Checkout is down'});
        expect(await titles()).toEqual(['Checkout down ']);
        timed.invalidate();
        expect(await titles()).toEqual(['Checkout is down ']);
        clock = new Date(NOW.getTime() + 4 * 3_600_000);
        expect(await titles()).toEqual(['Checkout is down ']);
        clock = new Date(clock.getTime() + 1);
        expect(await titles()).toEqual(['Checkout is down untriaged_p1']);
        await timed.decide(urgent.ok ? urgent.value.request.id : '', {action: 'accept'}, alice);
        expect(await timed.queue({status: 'new'})).toMatchObject({ok: true, value: {requests: []}});
    });
});
