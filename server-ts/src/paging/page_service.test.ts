import {eq} from 'drizzle-orm';
import {beforeEach, describe, expect, it} from 'vitest';
import type {NewPageBody, PageView} from '../contract/paging.js';
import {loadTimeline} from '../db/incident_rows.js';
import {escalationPolicies, incidents, pageEvents, pages, schedules} from '../db/schema.js';
import {describeStoredEvent} from '../domain/timeline.js';
import {databaseTargets, type DatabaseTarget} from '../test_support/databases.js';
import {useTestDatabase} from '../test_support/use_test_database.js';
import {createPageService, type PageService} from './page_service.js';
import {actor, fakePagingBot, pagingDeps} from '../test_support/paging_fakes.js';

const targets = await databaseTargets();
const T0 = new Date('2026-03-30T10:00:00Z');
const MIN = 60_000;
const alice = actor('alice');
const bob = actor('bob');
const carol = actor('carol');

type Button = {id: string; name: string};
const buttonsOf = (props: Record<string, unknown>): string[] =>
    ((props.attachments ?? []) as {actions?: Button[]}[]).flatMap((a) => a.actions ?? []).map((b) => b.name);

describe.each(targets.map((t): [string, DatabaseTarget] => [t.name, t]))('paging service on %s', (_name, target) => {
    const conn = useTestDatabase(target);
    let fake: ReturnType<typeof fakePagingBot>;
    let deps: ReturnType<typeof pagingDeps>;
    let service: PageService;
    let now: Date;
    let primary: string;
    let problems: string[];

    beforeEach(async () => {
        const {db} = conn();
        await db.delete(pages);
        await db.delete(escalationPolicies);
        await db.delete(schedules);
        await db.delete(incidents);
        primary = (await db.insert(schedules).values({name: 'SRE primary', timeZone: 'Europe/Berlin'}).returning())[0]?.id ?? '';
        fake = fakePagingBot();
        now = T0;
        problems = [];
        deps = pagingDeps(db, {bot: fake.bot, now: () => now, onProblem: (m) => void problems.push(m)});
        deps.oncall.set(primary, ['bob']);
        service = createPageService(deps);
    });

    const later = (minutes: number) => {
        now = new Date(T0.getTime() + minutes * MIN);
    };
    const raise = async (body: NewPageBody, by = alice): Promise<PageView> => {
        const created = await service.create(body, by);
        if (!created.ok) {
            throw new Error(JSON.stringify(created.error));
        }
        return created.value;
    };
    const pageBob = (extra: Partial<NewPageBody> = {}, by = alice) => raise({target: {kind: 'user', username: '@Bob'}, message: 'Checkout errors at 20%', ...extra}, by);
    const policy = async (steps: unknown[], repeat: number) => {
        const [row] = await conn().db.insert(escalationPolicies).values({name: `policy ${String(Math.random())}`, steps: steps as never, repeat}).returning();
        return row?.id ?? '';
    };
    const incident = async () => {
        const [row] = await conn().db.insert(incidents).values({title: 'Checkout errors', severity: 'sev1', channelId: 'ch-inc', teamId: 'team1'}).returning();
        return row?.id ?? '';
    };
    const timeline = async (id: string) => (await service.get(id, alice))?.timeline.map((e) => e.kind);

    it('DMs the person with Acknowledge and Escalate now, and queues the first timer', async () => {
        const page = await pageBob();
        expect(page).toMatchObject({status: 'paging', step: 0, round: 0, notified: ['bob'], target: {kind: 'user', username: 'bob'}, targetName: '@bob',
            createdBy: 'alice', createdAt: T0.toISOString(), acknowledgedAt: null, mttaSeconds: null, incidentId: null});
        const [dm] = fake.dmsTo('u-bob');
        expect(dm?.channelId).toBe('dm-bot1-u-bob');
        expect(dm?.message).toMatch(/^:rotating_light: \*\*Page #\d+\*\* from @alice \(@bob\):\n> Checkout errors at 20%\n\nAcknowledge within 5 min/);
        expect(buttonsOf(dm?.props ?? {})).toEqual(['Acknowledge', 'Escalate now']);
        expect(deps.timers).toEqual([{pageId: page.id, at: {step: 0, round: 0}, dueAt: new Date(T0.getTime() + 5 * MIN)}]);
        expect(page.timeline.map((e) => e.text)).toEqual(['Raised by @alice for @bob: paged @bob (step 1, round 1)', 'Sent a direct message to @bob']);
    });

    it('pages whoever is on call in a schedule, and posts in the incident channel and timeline', async () => {
        const incidentId = await incident();
        const page = await raise({target: {kind: 'schedule', scheduleId: primary}, message: 'API down', incidentId});
        expect(page).toMatchObject({targetName: 'SRE primary', notified: ['bob'], incidentId});
        expect(fake.dmsTo('u-bob')).toHaveLength(1);
        expect(fake.posts.filter((p) => p.channelId === 'ch-inc').map((p) => p.message)).toEqual([`:rotating_light: Paged @bob (page #${page.number}, SRE primary): API down`]);
        const events = await loadTimeline(conn().db, incidentId);
        expect(events.map((e) => describeStoredEvent(e.kind, e.data))).toEqual([`Paged @bob (page #${page.number}, SRE primary)`]);
    });

    it('walks a policy step by step and round by round, then alerts loudly once and keeps Acknowledge on the DMs', async () => {
        const id = await policy([{notify: {schedule: primary}, waitMinutes: 5}, {notify: {users: ['erin']}, waitMinutes: 10}], 1);
        const page = await raise({target: {kind: 'policy', policyId: id}, message: 'Disk full on db-3'});
        const expectations: [{step: number; round: number}, number, string][] = [
            [{step: 0, round: 0}, 5, 'escalated'], [{step: 1, round: 0}, 15, 'escalated'], [{step: 0, round: 1}, 20, 'escalated'], [{step: 1, round: 1}, 30, 'exhausted'],
        ];
        for (const [at, minutes, kind] of expectations) {
            later(minutes);
            expect(await service.onTimer(page.id, at)).toEqual({ok: true, value: true});
            expect((await timeline(page.id))?.filter((k) => k === 'escalated' || k === 'exhausted').at(-1)).toBe(kind);
        }
        expect(deps.timers.map((t) => [t.at, (t.dueAt.getTime() - T0.getTime()) / MIN])).toEqual([
            [{step: 0, round: 0}, 5], [{step: 1, round: 0}, 15], [{step: 0, round: 1}, 20], [{step: 1, round: 1}, 30]]);
        expect([fake.dmsTo('u-bob').length, fake.dmsTo('u-erin').length]).toEqual([2, 2]);
        const alerts = fake.posts.filter((p) => p.channelId === 'ch-sre-team');
        expect(alerts.map((p) => p.message)).toEqual([expect.stringMatching(/^@channel :rotating_light: \*\*Nobody acknowledged page #\d+\*\*.*\nIt reached @bob, @erin/s)]);
        expect(buttonsOf(alerts[0]?.props ?? {})).toEqual(['Acknowledge']);
        expect(fake.dmsTo('u-bob').map((p) => [p.message.split('\n').at(-1), buttonsOf(p.props)])).toEqual([
            ['Nobody acknowledged: ~cloud-sre-team was alerted.', ['Acknowledge']], ['Nobody acknowledged: ~cloud-sre-team was alerted.', ['Acknowledge']]]);
        expect(await service.onTimer(page.id, {step: 1, round: 1})).toEqual({ok: false, error: 'not_paging'});
        expect((await service.get(page.id, alice))?.status).toBe('exhausted');
    });

    it('ignores a timer of a position the page has left, and sends nothing twice', async () => {
        const page = await pageBob();
        later(5);
        expect(await service.onTimer(page.id, {step: 0, round: 0})).toEqual({ok: true, value: true});
        expect(await service.onTimer(page.id, {step: 0, round: 0})).toEqual({ok: false, error: 'moved'});
        expect(await service.onTimer('00000000-0000-4000-8000-000000000000', {step: 0, round: 0})).toEqual({ok: false, error: 'not_found'});
        expect(fake.dmsTo('u-bob')).toHaveLength(2);
        expect((await service.get(page.id, alice))).toMatchObject({step: 0, round: 1, notified: ['bob']});
    });

    it('moves exactly once when timers and "Escalate now" race for the same step', async () => {
        const id = await policy([{notify: {users: ['bob']}, waitMinutes: 5}, {notify: {users: ['erin']}, waitMinutes: 5}], 0);
        const page = await raise({target: {kind: 'policy', policyId: id}, message: 'Queue backlog'});
        const results = await Promise.all([service.onTimer(page.id, {step: 0, round: 0}), service.onTimer(page.id, {step: 0, round: 0}),
            service.escalate(page.id, bob, {step: 0, round: 0})]);
        expect(results.filter((r) => r.ok)).toHaveLength(1);
        expect(fake.dmsTo('u-erin')).toHaveLength(1);
        const rows = await conn().db.select().from(pageEvents).where(eq(pageEvents.pageId, page.id));
        expect(rows.filter((e) => e.kind === 'escalated')).toHaveLength(1);
    });

    it('records the acknowledgement with MTTA, updates every DM, and stops the escalation', async () => {
        const incidentId = await incident();
        const page = await pageBob({incidentId});
        later(1.5);
        const acked = await service.acknowledge(page.id, bob);
        expect(acked).toMatchObject({ok: true, value: {status: 'acknowledged', acknowledgedBy: 'bob', acknowledgedAt: now.toISOString(), mttaSeconds: 90}});
        expect(fake.dmsTo('u-bob').map((p) => [p.message.split('\n').at(-1), buttonsOf(p.props)])).toEqual([['Acknowledged by @bob after 1 min 30 s.', []]]);
        expect(fake.posts.filter((p) => p.channelId === 'ch-inc').at(-1)?.message).toBe(`:white_check_mark: Page #${page.number}: Acknowledged by @bob after 1 min 30 s.`);
        const events = await loadTimeline(conn().db, incidentId);
        expect(events.map((e) => [e.kind, e.data])).toEqual([['page_sent', {pageNumber: page.number, usernames: ['bob'], targetName: '@bob'}],
            ['page_acknowledged', {pageNumber: page.number, username: 'bob', mttaSeconds: 90}]]);
        later(5);
        expect(await service.onTimer(page.id, {step: 0, round: 0})).toEqual({ok: false, error: 'not_paging'});
        expect(fake.dmsTo('u-bob')).toHaveLength(1);
        expect((await service.acknowledge(page.id, bob)).ok).toBe(true);
        expect(await service.acknowledge(page.id, alice)).toEqual({ok: false, error: `Page #${page.number} is already acknowledged by @bob.`});
    });

    it('lets only the paged people, or SREs, acknowledge; the creator may escalate and cancel', async () => {
        const page = await pageBob({}, carol);
        expect(await service.acknowledge(page.id, carol)).toEqual({ok: false, error: expect.stringMatching(/^forbidden: only the people it paged/) as unknown});
        expect(await service.escalate(page.id, actor('dave'))).toEqual({ok: false, error: expect.stringMatching(/^forbidden: /) as unknown});
        expect(await service.escalate(page.id, carol)).toMatchObject({ok: true, value: {round: 1}});
        expect(await service.cancel(page.id, bob)).toEqual({ok: false, error: expect.stringMatching(/^forbidden: /) as unknown});
        expect(await service.acknowledge(page.id, alice)).toMatchObject({ok: true, value: {status: 'acknowledged', acknowledgedBy: 'alice'}});
        expect(await service.acknowledge('nope', alice)).toEqual({ok: false, error: 'not_found'});
    });

    it('ends up acknowledged whichever comes first, the acknowledgement or the timer', async () => {
        const page = await pageBob();
        later(5);
        await Promise.all([service.acknowledge(page.id, bob), service.onTimer(page.id, {step: 0, round: 0})]);
        expect(await service.get(page.id, alice)).toMatchObject({status: 'acknowledged', acknowledgedBy: 'bob'});
    });

    it('alerts at once when nobody is on call, and an SRE can still acknowledge it from the alert', async () => {
        deps.oncall.set(primary, []);
        const page = await raise({target: {kind: 'schedule', scheduleId: primary}, message: 'Nobody home'});
        expect(page).toMatchObject({status: 'exhausted', notified: []});
        expect(deps.timers).toEqual([]);
        const [alert] = fake.posts.filter((p) => p.channelId === 'ch-sre-team');
        expect(alert?.message).toMatch(/Nobody was on call to page/);
        later(12);
        expect(await service.acknowledge(page.id, alice)).toMatchObject({ok: true, value: {status: 'acknowledged', mttaSeconds: 720}});
        expect(fake.posts.find((p) => p.id === alert?.id)?.message).toMatch(/Acknowledged by @alice after 12 min\.$/);
    });

    it('records a DM that failed, and keeps paging', async () => {
        fake.failNext('createPost');
        const page = await pageBob();
        expect(page.status).toBe('paging');
        expect(page.timeline.at(-1)?.text).toBe('Could not reach @bob by direct message');
        expect(problems).toEqual(['page DMs failed']);
    });

    it('names every bad field and saves nothing', async () => {
        const refused = await service.create({target: {kind: 'user', username: 'ghost'}, message: '  ', incidentId: '00000000-0000-4000-8000-000000000000'}, alice);
        expect(refused.ok ? [] : Object.keys(refused.error).sort()).toEqual(['incidentId', 'message', 'target.username']);
        const bodies: [NewPageBody['target'], string][] = [
            [{kind: 'schedule', scheduleId: '00000000-0000-4000-8000-000000000000'}, 'target.scheduleId'],
            [{kind: 'policy', policyId: 'nope'}, 'target.policyId'], [{kind: 'team'}, 'target.kind'], [{kind: 'user', username: 'Bob Smith'}, 'target.username'],
        ];
        for (const [t, field] of bodies) {
            const result = await service.create({target: t, message: 'x'}, alice);
            expect(result.ok ? [] : Object.keys(result.error)).toEqual([field]);
        }
        expect(await conn().db.select().from(pages)).toEqual([]);
        expect(fake.posts).toEqual([]);
    });

    it('keeps the pages of a private incident to those who may see it', async () => {
        const incidentId = await incident();
        deps.canSeeIncident = (_id, viewer) => Promise.resolve(viewer.username !== 'carol');
        const page = await pageBob({incidentId});
        expect((await service.list('all', carol)).map((p) => p.id)).toEqual([]);
        expect(await service.get(page.id, carol)).toBeNull();
        expect((await service.list('all', bob)).map((p) => p.id)).toEqual([page.id]);
        expect(await service.create({target: {kind: 'user', username: 'bob'}, message: 'x', incidentId}, carol)).toEqual({ok: false, error: {incidentId: 'no such incident'}});
    });

    it('lists open pages newest first, and all of them', async () => {
        const first = await pageBob();
        later(1);
        const second = await pageBob();
        await service.acknowledge(first.id, bob);
        expect((await service.list('open', alice)).map((p) => p.id)).toEqual([second.id]);
        expect((await service.list('all', alice)).map((p) => p.id)).toEqual([second.id, first.id]);
        expect((await service.list('all', alice))[1]?.timeline.map((e) => e.kind)).toEqual(['raised', 'notified', 'acknowledged']);
    });

    it('keeps escalation policies that SREs write, checked against the schedules and Mattermost', async () => {
        const body = {name: 'Cloud user-facing', repeat: 1, steps: [{notify: {schedule: primary}, waitMinutes: 5}, {notify: {users: ['erin', 'ghost']}, waitMinutes: 10}]};
        expect(await service.policies.create(body, carol)).toEqual({ok: false, error: {_: expect.stringMatching(/^forbidden: /) as unknown}});
        expect(await service.policies.create({...body, steps: [{notify: {schedule: 'gone'}, waitMinutes: 5}, ...body.steps.slice(1)]}, alice))
            .toEqual({ok: false, error: {'steps[0].notify.schedule': expect.stringMatching(/no on-call schedule/) as unknown, 'steps[1].notify.users': 'not Mattermost users: "ghost"'}});
        const created = await service.policies.create({...body, steps: [body.steps[0] ?? {notify: {}, waitMinutes: 1}, {notify: {users: ['erin']}, waitMinutes: 10}]}, alice);
        expect(created).toMatchObject({ok: true, value: {name: 'Cloud user-facing', repeat: 1}});
        const id = created.ok ? created.value.id : '';
        expect(await service.policies.create({name: 'Cloud user-facing', steps: [{notify: {users: ['bob']}, waitMinutes: 5}]}, alice)).toEqual({ok: false, error: {name: expect.any(String) as unknown}});
        expect(await service.policies.replace(id, {name: 'Cloud', steps: [{notify: {users: ['bob']}, waitMinutes: 3}]}, alice))
            .toMatchObject({ok: true, value: {id, name: 'Cloud', repeat: 0, steps: [{notify: {users: ['bob']}, waitMinutes: 3}]}});
        expect(await service.policies.replace('00000000-0000-4000-8000-000000000000', {name: 'X', steps: [{notify: {users: ['bob']}, waitMinutes: 3}]}, alice))
            .toEqual({ok: false, error: {_: 'not_found'}});
        expect((await service.policies.list()).map((p) => p.name)).toEqual(['Cloud']);
    });
});
