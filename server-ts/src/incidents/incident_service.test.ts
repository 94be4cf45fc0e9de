import {eq} from 'drizzle-orm';
import {beforeAll, beforeEach, describe, expect, it} from 'vitest';
import type {DeclareIncidentBody, TemplateView} from '../contract/incidents.js';
import {findIncident} from '../db/incident_rows.js';
import {unfinishedDeclarations} from '../db/unfinished_declarations.js';
import {incidents as incidentTable, templates as templateTable, incidentEvents} from '../db/schema.js';
import {statusReminderHandler} from '../jobs/status_reminder.js';
import {countCalls} from '../mattermost/bot_call_counter.js';
import {databaseTargets, type DatabaseTarget} from '../test_support/databases.js';
import {useTestDatabase} from '../test_support/use_test_database.js';
import {fakeIncidentBot} from '../test_support/fake_incident_bot.js';
import {createAccess} from './access.js';
import {runPendingSteps} from './declaration_steps.js';
import {createIncidentService, type IncidentService} from './incident_service.js';
import {cachedBotUserId, type StepDeps} from './step_deps.js';
import {seedShippedTemplates} from '../test_support/seeded_templates.js';

const targets = await databaseTargets();
const NOW = new Date('2025-03-05T12:00:00Z');
const alice = {id: 'u-alice', username: 'alice', isSystemAdmin: false};
const bob = {id: 'u-bob', username: 'bob', isSystemAdmin: false};
let keySeq = 0;

describe.each(targets.map((t): [string, DatabaseTarget] => [t.name, t]))('incident service on %s', (_name, target) => {
    const conn = useTestDatabase(target);
    let fake: ReturnType<typeof fakeIncidentBot>;
    let service: IncidentService;
    let stepDeps: StepDeps;
    let jobs: {finish: string[]; reminders: [string, string][]};
    let byName: Record<string, TemplateView>;

    beforeAll(async () => {
        byName = await seedShippedTemplates(conn().db);
    }, 60_000);
    beforeEach(async () => {
        await conn().db.delete(incidentEvents);
        await conn().db.delete(incidentTable);
        fake = fakeIncidentBot();
        jobs = {finish: [], reminders: []};
        stepDeps = {db: conn().db, bot: fake.bot, signing: {companionUrl: 'http://companion.test', signingSecret: 's'}, botUserId: cachedBotUserId(fake.bot),
            mmUrl: 'http://mm.test'};
        service = createIncidentService({...stepDeps, access: createAccess({bot: fake.bot}), timeZone: 'UTC', now: () => NOW,
            jobs: {finishDeclaration: (id) => Promise.resolve(void jobs.finish.push(id)),
                scheduleReminder: (id, at) => Promise.resolve(void jobs.reminders.push([id, at.toISOString()]))}});
    });

    const body = (extra: Partial<DeclareIncidentBody> = {}): DeclareIncidentBody => ({idempotencyKey: `key-${++keySeq}-abcdef`, teamId: 'team1',
        templateId: byName['degraded-service']?.id ?? '', title: 'Database latency high', severity: 'sev2', ...extra});

    it('declares: one channel with members, posts, pin and broadcast; a replay returns the same incident', async () => {
        const counted = countCalls(fake.bot);
        const counting = createIncidentService({...stepDeps, bot: counted.bot, access: createAccess({bot: counted.bot}), timeZone: 'UTC',
            now: () => NOW, jobs: {finishDeclaration: () => Promise.resolve(), scheduleReminder: () => Promise.resolve()}});
        const input = body();
        const first = await counting.declare(input, alice);
        expect(first).toMatchObject({ok: true, value: {replayed: false, incident: {pendingSteps: [], channelName: 'inc-2025-03-05-database-latency-high', severity: 'sev2'}}});
        const again = await counting.declare(input, alice);
        expect(again.ok && first.ok && again.value.incident.id === first.value.incident.id && again.value.replayed).toBe(true);
        expect(fake.channels.filter((c) => c.creatorId === 'bot1')).toHaveLength(1);
        const steps = fake.posts.map((p) => p.props.sre_step);
        expect(steps).toEqual(['first_post', 'checklist_post', 'broadcast']);
        expect(fake.pinned).toEqual([fake.posts[0]?.id]);
        // create, users by name, add members, first + checklist post, pin, broadcast look-up + post; the replay adds none.
        // (The bot's own id, fetched once per process, goes through the uncounted stepDeps here.)
        expect(counted.byMethod()).toEqual({createChannel: 1, getUsersByUsernames: 1, addChannelMembers: 1, createPost: 3, pinPost: 1, getChannelByName: 1});
        expect(counted.calls()).toBe(8);
    });

    it('names a field for bad input and creates nothing', async () => {
        const fields = async (input: DeclareIncidentBody) => {
            const result = await service.declare(input, alice);
            return result.ok ? [] : Object.keys(result.error).sort();
        };
        expect(await fields(body({title: ' ', severity: 'sev9'}))).toEqual(['severity', 'title']);
        expect(await fields(body({templateId: 'nope'}))).toEqual(['templateId']);
        expect(fake.channels).toHaveLength(1);
    });

    it('takes the next channel name when the name is taken in Mattermost by someone else', async () => {
        fake.channels.push({id: 'ch-x', name: 'inc-2025-03-05-database-latency-high', teamId: 'team1', creatorId: 'u-bob'});
        const declared = await service.declare(body(), alice);
        expect(declared).toMatchObject({ok: true, value: {incident: {channelName: 'inc-2025-03-05-database-latency-high-2', pendingSteps: []}}});
        const second = await service.declare(body(), alice);
        expect(second).toMatchObject({ok: true, value: {incident: {channelName: 'inc-2025-03-05-database-latency-high-3'}}});
    });

    it('leaves the steps after a failure pending, and the job finishes them exactly once', async () => {
        fake.loseNextReply('createPost');
        const declared = await service.declare(body(), alice);
        if (!declared.ok) {
            throw new Error('declare failed');
        }
        const id = declared.value.incident.id;
        expect(declared.value.incident.pendingSteps).toEqual(['first_post', 'checklist_post', 'pin_summary', 'broadcast']);
        expect(jobs.finish).toEqual([id]);
        fake.failNext('pinPost');
        expect(await runPendingSteps(stepDeps, id, true)).toMatchObject({ok: false, error: {step: 'pin_summary'}});
        expect(await runPendingSteps(stepDeps, id, true)).toMatchObject({ok: true, value: {pendingSteps: []}});
        expect(await runPendingSteps(stepDeps, id, true)).toMatchObject({ok: true});
        expect(fake.posts.map((p) => p.props.sre_step)).toEqual(['first_post', 'checklist_post', 'broadcast']);
        expect(fake.channels.filter((c) => c.creatorId === 'bot1')).toHaveLength(1);
    });

    it('lists a declaration cut short for the start-up sweep, and no longer once it is finished', async () => {
        fake.failNext('createPost');
        const declared = await service.declare(body(), alice);
        if (!declared.ok) {
            throw new Error('declare failed');
        }
        const id = declared.value.incident.id;
        expect(await unfinishedDeclarations(conn().db)).toEqual([id]);
        await runPendingSteps(stepDeps, id, true);
        expect(await unfinishedDeclarations(conn().db)).toEqual([]);
    });

    it('adopts its own channel when the reply to the create call was lost', async () => {
        fake.failNext('addChannelMembers');
        const declared = await service.declare(body(), alice);
        const id = declared.ok ? declared.value.incident.id : '';
        await conn().db.update(incidentTable).set({channelId: null, pendingSteps: ['create_channel', 'add_members', 'first_post']});
        expect(await runPendingSteps(stepDeps, id, true)).toMatchObject({ok: true, value: {channelId: 'ch-2'}});
        expect(fake.channels).toHaveLength(2);
    });

    it('hides a private incident from non-members and lets members change it', async () => {
        const declared = await service.declare(body({templateId: byName['security-incident']?.id ?? ''}), alice);
        const id = declared.ok ? declared.value.incident.id : '';
        expect(await service.get(id, bob)).toBeNull();
        expect(await service.list('active', bob)).toEqual([]);
        expect(await service.changeStatus(id, 'identified', bob)).toEqual({ok: false, error: 'not_found'});
        expect(await service.changeStatus(id, 'identified', alice)).toMatchObject({ok: true, value: {status: 'identified'}});
        const seen = await service.get(id, alice);
        expect(seen?.timeline.map((e) => e.kind)).toEqual(['declared', 'status_changed']);
    });

    it('reminds once per deadline, ignores stale jobs and stops on resolve', async () => {
        const declared = await service.declare(body(), alice);
        const id = declared.ok ? declared.value.incident.id : '';
        const due = (await findIncident(conn().db, id))?.nextUpdateDueAt;
        expect(due?.toISOString()).toBe('2025-03-05T12:30:00.000Z');
        const scheduled: string[] = [];
        const handle = statusReminderHandler({db: conn().db, bot: fake.bot,
            schedule: (reminders) => Promise.resolve(void scheduled.push(...reminders.map((r) => r.dueAt.toISOString())))});
        const job = {data: {incidentId: id, dueAt: '2025-03-05T12:30:00.000Z'}} as Parameters<typeof handle>[0][number];
        await handle([job, job]);
        await handle([job]);
        expect(fake.posts.filter((p) => p.props.sre_step === 'reminder')).toHaveLength(1);
        expect(scheduled[0]).toBe('2025-03-05T13:00:00.000Z');
        await service.resolve(id, 'Failed over to the replica', alice);
        await handle([{...job, data: {incidentId: id, dueAt: '2025-03-05T13:00:00.000Z'}}]);
        expect(fake.posts.filter((p) => p.props.sre_step === 'reminder')).toHaveLength(1);
        expect((await findIncident(conn().db, id))?.nextUpdateDueAt).toBeNull();
    });

    it('re-queues the next reminder on a retry when queueing failed the first time, without posting twice', async () => {
        const {id} = await declared();
        const scheduled: string[] = [];
        let failQueueing = true;
        const handle = statusReminderHandler({db: conn().db, bot: fake.bot, schedule: (reminders) => {
            if (failQueueing) {
                failQueueing = false;
                return Promise.reject(new Error('pg-boss unavailable'));
            }
            scheduled.push(...reminders.map((r) => r.dueAt.toISOString()));
            return Promise.resolve();
        }});
        const job = {data: {incidentId: id, dueAt: '2025-03-05T12:30:00.000Z'}} as Parameters<typeof handle>[0][number];
        await expect(handle([job])).rejects.toThrow('pg-boss unavailable');
        await handle([job]);
        expect(fake.posts.filter((p) => p.props.sre_step === 'reminder')).toHaveLength(1);
        expect(scheduled).toEqual(['2025-03-05T13:00:00.000Z']);
    });

    const declared = async (extra: Partial<DeclareIncidentBody> = {}) => {
        const result = await service.declare(body(extra), alice);
        if (!result.ok) {
            throw new Error(`declare failed: ${JSON.stringify(result.error)}`);
        }
        return result.value.incident;
    };
    const broadcasts = () => fake.posts.filter((p) => p.channelId === 'ch-incidents');

    it('broadcasts status updates and the resolution to the template channels, discreetly for a private incident', async () => {
        const incident = await declared();
        expect(await service.postUpdate(incident.id, 'Failover done', alice)).toMatchObject({ok: true});
        expect(await service.resolve(incident.id, 'Replica lag fixed', alice)).toMatchObject({ok: true});
        expect(broadcasts().map((p) => p.props.sre_step)).toEqual(['broadcast', 'status_update_broadcast', 'resolved_broadcast']);
        expect(broadcasts()[1]?.message).toContain('Failover done');
        expect(broadcasts()[1]?.message).toContain(`~${incident.channelName}`);
        expect(broadcasts()[2]?.message).toContain('Replica lag fixed');
        const secret = await declared({templateId: byName['security-incident']?.id ?? '', title: 'Leaked key'});
        // The seeded security template broadcasts nowhere; a team may well add a channel to it.
        const row = await findIncident(conn().db, secret.id);
        await conn().db.update(incidentTable).set({declaration: row?.declaration ? {...row.declaration, broadcastChannels: ['incidents']} : null})
            .where(eq(incidentTable.id, secret.id));
        await service.postUpdate(secret.id, 'Rotated the key for customer acme', alice);
        await service.resolve(secret.id, 'Key revoked at acme', alice);
        const discreet = broadcasts().filter((p) => p.props.sre_incident_id === secret.id);
        expect(discreet.map((p) => p.props.sre_step)).toEqual(['status_update_broadcast', 'resolved_broadcast']);
        expect(discreet.map((p) => p.message).join('\n')).not.toMatch(/acme|Leaked key|inc-/);
    });

    it('keeps a status update when its broadcast fails', async () => {
        const incident = await declared();
        fake.failNext('getChannelByName');
        expect(await service.postUpdate(incident.id, 'Still degraded', alice)).toMatchObject({ok: true});
        expect(broadcasts().filter((p) => p.props.sre_step === 'status_update_broadcast')).toEqual([]);
        expect(fake.posts.some((p) => p.props.sre_step === 'status_update' && p.message.includes('Still degraded'))).toBe(true);
    });

    it('refuses a commander or a role holder who is not in the team, naming them', async () => {
        fake.outsiders.add('u-bob');
        const channelsBefore = fake.channels.length;
        expect(await service.declare(body({commanderId: 'u-bob'}), alice)).toEqual({ok: false, error: {commanderId: '@bob is not a member of this team'}});
        expect(fake.channels).toHaveLength(channelsBefore);
        const incident = await declared();
        expect(await service.assignRole(incident.id, 'scribe', {id: 'u-bob', username: ''}, alice))
            .toEqual({ok: false, error: '@bob is not a member of this team'});
        fake.outsiders.clear();
        expect(await service.assignRole(incident.id, 'scribe', {id: 'u-bob', username: ''}, alice)).toMatchObject({ok: true, value: {roles: {scribe: {username: 'bob'}}}});
    });

    it('refreshes the checklist post after a tick, and a failed refresh keeps the tick', async () => {
        const incident = await declared();
        const checklistPostOf = () => fake.posts.find((p) => p.props.sre_incident_id === incident.id && p.props.sre_step === 'checklist_post');
        const buttons = () => (checklistPostOf()?.props.attachments as {actions: {id: string}[]}[] | undefined)?.[0]?.actions.map((a) => a.id);
        expect(buttons()?.[0]).toBe('tick0');
        expect(await service.tickChecklist(incident.id, 0, true, alice)).toMatchObject({ok: true});
        expect(buttons()?.[0]).toBe('tick1');
        expect(checklistPostOf()?.message).toContain('~~');
        expect(checklistPostOf()?.props).toMatchObject({sre_incident_id: incident.id, sre_step: 'checklist_post'});
        fake.failNext('patchPost');
        const ticked = await service.tickChecklist(incident.id, 1, true, alice);
        expect(ticked.ok && ticked.value.checklist[1]?.doneBy).toBe('alice');
        expect(buttons()?.[0]).toBe('tick1');
    });

    it('keeps template rows as seeded', async () => {
        expect(await conn().db.$count(templateTable)).toBe(6);
    });
});
