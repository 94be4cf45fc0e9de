import {eq} from 'drizzle-orm';
import {beforeAll, beforeEach, describe, expect, it} from 'vitest';
import type {NewFollowUpBody, RetrospectiveView} from '../contract/retrospectives.js';
import type {TemplateView} from '../contract/incidents.js';
import {incidentEvents, incidents as incidentTable, retrospectives, triageEvents, triageItems} from '../db/schema.js';
import {ok} from '../domain/result.js';
import {retroReminderHandler} from '../jobs/retro_reminder.js';
import {createAccess} from '../incidents/access.js';
import type {IncidentService} from '../incidents/incident_service.js';
import {databaseTargets, type DatabaseTarget} from '../test_support/databases.js';
import {fakeIncidentBot} from '../test_support/fake_incident_bot.js';
import {useTestDatabase} from '../test_support/use_test_database.js';
import {createTriageService} from '../triage/triage_service.js';
import {retrospectiveOpener} from './open_retrospective.js';
import {createRetroService, type RetroService} from './retro_service.js';
import {seedShippedTemplates} from '../test_support/seeded_templates.js';
import {incidentServiceOn} from '../test_support/incident_service_on.js';

const targets = await databaseTargets();
const DECLARED = new Date('2025-03-05T10:00:00Z');
const RESOLVED = new Date('2025-03-05T11:30:00Z');
const alice = {id: 'u-alice', username: 'alice', isSystemAdmin: false};
const bob = {id: 'u-bob', username: 'bob', isSystemAdmin: false};
let keySeq = 0;
const silent = {warn: () => undefined};

describe.each(targets.map((t): [string, DatabaseTarget] => [t.name, t]))('retrospectives on %s', (_name, target) => {
    const conn = useTestDatabase(target);
    let fake: ReturnType<typeof fakeIncidentBot>;
    let incidents: IncidentService;
    let retros: RetroService;
    let reminders: [string, string][];
    let clock: Date;
    let byName: Record<string, TemplateView>;

    beforeAll(async () => {
        byName = await seedShippedTemplates(conn().db);
    }, 60_000);
    beforeEach(async () => {
        const {db} = conn();
        await db.delete(triageEvents);
        await db.delete(triageItems);
        await db.delete(retrospectives);
        await db.delete(incidentEvents);
        await db.delete(incidentTable);
        clock = DECLARED;
        reminders = [];
        fake = fakeIncidentBot();
        fake.channels.push({id: 'ch-sre', name: 'cloud-sre-team', teamId: 'team1', creatorId: 'u-admin'});
        const now = () => clock;
        const open = {db, timeZone: 'UTC', businessDays: 3,
            scheduleReminder: (id: string, at: Date) => Promise.resolve(void reminders.push([id, at.toISOString()]))};
        const access = createAccess({bot: fake.bot});
        incidents = incidentServiceOn(db, fake.bot, {access, now, onResolved: retrospectiveOpener(open)});
        const triage = createTriageService({db, bot: fake.bot, isSre: () => Promise.resolve(false), mmUrl: 'http://mm.test',
            sla: {untriagedP1Hours: 4, untriagedDays: 7}, now});
        retros = createRetroService({...open, access, triage, now, teamChannel: 'cloud-sre-team', teams: [], log: silent,
            bot: {...fake.bot, getMyTeams: () => Promise.resolve(ok([{id: 'team1', name: 'sre'}]))}});
    });

    async function resolved(slug = 'degraded-service'): Promise<string> {
        clock = DECLARED;
        const declared = await incidents.declare({idempotencyKey: `retro-${++keySeq}-abcdef`, teamId: 'team1', templateId: byName[slug]?.id ?? '',
            title: 'Checkout errors', severity: 'sev2'}, alice);
        if (!declared.ok) {
            throw new Error(JSON.stringify(declared.error));
        }
        const id = declared.value.incident.id;
        clock = new Date('2025-03-05T10:20:00Z');
        await incidents.postUpdate(id, 'Found the bad deploy', alice);
        clock = RESOLVED;
        const done = await incidents.resolve(id, 'Rolled back the deploy', alice);
        expect(done.ok).toBe(true);
        return id;
    }
    const current = async (id: string): Promise<RetrospectiveView> => {
        const view = await retros.get(id, alice);
        if (view === null) {
            throw new Error('no retrospective');
        }
        return view;
    };

    it('opens a draft when the incident resolves, from its timeline, with one reminder; resolving again keeps it', async () => {
        const id = await resolved();
        const view = await current(id);
        expect(view).toMatchObject({status: 'draft', version: 1, isDrill: false, summary: 'Rolled back the deploy', reminderDueAt: '2025-03-10T11:30:00.000Z',
            impact: {durationSeconds: 5400, severity: 'sev2', tier: 'cloud', customerFacing: true}, followUps: [], publishedAt: null});
        expect(view.highlights.map((h) => h.text)).toEqual(['Declared SEV2 "Checkout errors" from template Degraded service (SEV2)',
            'Status update: Found the bad deploy', 'Resolved: Rolled back the deploy']);
        expect(reminders).toEqual([[id, '2025-03-10T11:30:00.000Z']]);
        await incidents.reopen(id, alice);
        await incidents.resolve(id, 'Again', alice);
        expect((await current(id)).summary).toBe('Rolled back the deploy');
        expect(reminders).toHaveLength(1);
    });

    it('has none while the incident is open, and none for who may not see a private incident', async () => {
        const declared = await incidents.declare({idempotencyKey: `retro-${++keySeq}-abcdef`, teamId: 'team1', templateId: byName['degraded-service']?.id ?? '',
            title: 'Still burning', severity: 'sev3'}, alice);
        expect(declared.ok && await retros.get(declared.value.incident.id, alice)).toBeNull();
        const secret = await resolved('security-incident');
        expect(await retros.get(secret, bob)).toBeNull();
        expect(await retros.markdown(secret, bob)).toBeNull();
        expect(await retros.publish(secret, bob)).toEqual({ok: false, error: {code: 'not_found'}});
        expect(await retros.get(secret, alice)).not.toBeNull();
    });

    it('opens the review on first read when the hook did not', async () => {
        const id = await resolved();
        await conn().db.delete(retrospectives).where(eq(retrospectives.incidentId, id));
        expect(await current(id)).toMatchObject({status: 'draft', version: 1});
    });

    it('saves a draft against its version: a stale version gets the current one, bad fields save nothing', async () => {
        const id = await resolved();
        const saved = await retros.save(id, {version: 1, wentWell: 'Paging was fast', impact: {customerFacing: false}}, alice);
        expect(saved).toMatchObject({ok: true, value: {version: 2, wentWell: 'Paging was fast', impact: {customerFacing: false}}});
        expect(await retros.save(id, {version: 1, causes: 'Lost update'}, alice)).toMatchObject(
            {ok: false, error: {code: 'version_conflict', retrospective: {version: 2, causes: ''}}});
        expect(await retros.save(id, {version: 2, causes: 'ok', impact: {severity: 'sev9'}}, alice)).toMatchObject(
            {ok: false, error: {code: 'invalid_fields', fields: {'impact.severity': expect.any(String) as unknown}}});
        expect(await retros.save(id, {version: 2, causes: 'Bob was here'}, bob)).toMatchObject({ok: false, error: {code: 'forbidden'}});
        expect(await current(id)).toMatchObject({version: 2, causes: ''});
    });

    const followUp = (extra: Partial<NewFollowUpBody> = {}): NewFollowUpBody =>
        ({idempotencyKey: 'follow-up-1', title: 'Add a canary stage', ownerUsername: '@bob', dueDate: '2025-03-14', category: 'reliability', ...extra});

    it('makes each follow-up an accepted triage request linked both ways; a replay makes no second one', async () => {
        const id = await resolved();
        const added = await retros.addFollowUp(id, followUp(), alice);
        expect(added).toMatchObject({ok: true, value: {followUps: [{title: 'Add a canary stage', status: 'accepted', category: 'reliability',
            owner: {id: 'u-bob', username: 'bob'}, dueDate: '2025-03-14', dueAt: '2025-03-14T23:59:59.999Z', isOverdue: false}]}});
        expect((await retros.addFollowUp(id, followUp(), alice)).ok).toBe(true);
        const rows = await conn().db.select().from(triageItems);
        expect(rows.map((r) => [r.incidentId, r.status, r.ownerUsername, r.requesterUsername])).toEqual([[id, 'accepted', 'bob', 'alice']]);
        const events = await conn().db.select().from(triageEvents).where(eq(triageEvents.requestId, rows[0]?.id ?? ''));
        expect(events.map((e) => e.kind).sort()).toEqual(['accepted', 'created']);
        // Last written by its last status change, as the KPIs count on (db/kpi_rows.ts).
        expect(rows[0]?.updatedAt.getTime()).toBe(Math.max(...events.map((e) => e.at.getTime())));
        clock = new Date('2025-03-15T00:00:00Z');
        expect((await current(id)).followUps[0]?.isOverdue).toBe(true);
    });

    it.each<[string, Partial<NewFollowUpBody>, string]>([
        ['without an owner', {ownerUsername: ''}, 'ownerUsername'],
        ['with an owner Mattermost does not know', {ownerUsername: 'nobody'}, 'ownerUsername'],
        ['due in the past', {dueDate: '2025-03-01'}, 'dueDate'],
    ])('refuses a follow-up %s and makes no request', async (_name, extra, field) => {
        const id = await resolved();
        const added = await retros.addFollowUp(id, followUp(extra), alice);
        expect(added.ok ? [] : added.error.code === 'invalid_fields' ? Object.keys(added.error.fields) : added.error.code).toEqual([field]);
        expect(await conn().db.select().from(triageItems)).toEqual([]);
    });

    it('publishes once: the Markdown in the incident channel and ~cloud-sre-team, the same text as the export', async () => {
        const id = await resolved();
        await retros.addFollowUp(id, followUp(), alice);
        const before = fake.posts.length;
        clock = new Date('2025-03-06T09:00:00Z');
        const published = await retros.publish(id, alice);
        expect(published).toMatchObject({ok: true, value: {status: 'published', publishedAt: '2025-03-06T09:00:00.000Z'}});
        expect((await retros.publish(id, alice)).ok).toBe(true);
        const posts = fake.posts.slice(before);
        const incidentChannel = fake.channels.find((c) => c.name.startsWith('inc-'))?.id;
        expect(posts.map((p) => p.channelId)).toEqual([incidentChannel, 'ch-sre']);
        const markdown = await retros.markdown(id, alice);
        expect(posts.map((p) => p.message)).toEqual([markdown, markdown]);
        expect(markdown).toMatch(/^## Retrospective: incident \d+ — Checkout errors\n\n_Published 2025-03-06 09:00 \(UTC\)_[^]*#\d+ Add a canary stage · @bob/);
        expect(await retros.save(id, {version: 2, causes: 'late'}, alice)).toMatchObject({ok: false, error: {code: 'invalid_fields', fields: {status: expect.any(String) as unknown}}});
    });

    it('carries a drill\'s gameday report: the scenario, time to detect from the first detection, the texts; published with it', async () => {
        clock = DECLARED;
        const started = await incidents.startGameday({teamId: 'team1', scenario: 'Kill the primary DB', idempotencyKey: `gameday-${++keySeq}-abc`}, alice);
        const id = started.ok ? started.value.incident.id : '';
        clock = new Date('2025-03-05T10:12:30Z');
        expect((await incidents.recordDetection(id, 'The replica lag alert paged @bob', alice)).ok).toBe(true);
        clock = RESOLVED;
        await incidents.resolve(id, 'Failover worked', alice);
        const view = await current(id);
        expect(view.gameday).toEqual({scenario: 'Kill the primary DB', injected: 'Kill the primary DB', detected: 'The replica lag alert paged @bob',
            detectedAt: '2025-03-05T10:12:30.000Z', timeToDetectSeconds: 750});
        expect(await retros.save(id, {version: 1, injected: 'x'.repeat(4001), detected: 'ok'}, alice)).toMatchObject(
            {ok: false, error: {code: 'invalid_fields', fields: {injected: 'injected is 4001 characters: keep it to 4000'}}});
        const saved = await retros.save(id, {version: 1, injected: 'Stopped db-1 at 10:00', detected: 'Replica lag alert, then @bob'}, alice);
        expect(saved).toMatchObject({ok: true, value: {version: 2, gameday: {injected: 'Stopped db-1 at 10:00', detected: 'Replica lag alert, then @bob', timeToDetectSeconds: 750}}});
        await retros.addFollowUp(id, followUp({title: 'Alert on replica lag sooner'}), alice);
        const markdown = await retros.markdown(id, alice) ?? '';
        expect(markdown).toMatch(/^## DRILL · Retrospective: incident \d+ — Gameday: Kill the primary DB\n/);
        expect(markdown).toContain('### Gameday report\n\n- **Scenario:** Kill the primary DB\n- **Time to detect:** 12 min 30 s (detected 2025-03-05 10:12 UTC)\n' +
            '- **Follow-ups:** #');
        expect(markdown).toContain('Alert on replica lag sooner\n\n**What was injected**\nStopped db-1 at 10:00\n\n**What was detected**\nReplica lag alert, then @bob');
        const before = fake.posts.length;
        await retros.publish(id, alice);
        expect(fake.posts.slice(before).map((p) => p.message.includes('### Gameday report'))).toEqual([true, true]);
    });

    it('has no gameday report for a real incident, and refuses one', async () => {
        const id = await resolved();
        expect((await current(id)).gameday).toBeNull();
        expect(await retros.save(id, {version: 1, detected: 'An alert'}, alice)).toMatchObject(
            {ok: false, error: {code: 'invalid_fields', fields: {detected: /only a drill has a gameday report/}}});
        expect((await retros.markdown(id, alice)) ?? '').not.toContain('Gameday report');
    });

    it('tells ~cloud-sre-team only that a private incident\'s review exists', async () => {
        const id = await resolved('security-incident');
        const before = fake.posts.length;
        await retros.publish(id, alice);
        const shared = fake.posts.slice(before).find((p) => p.channelId === 'ch-sre');
        expect(shared?.message).toMatch(/^:lock: The retrospective of the private incident \(\d+\) is published\. Ask @alice/);
        expect(shared?.message).not.toContain('Checkout');
    });

    it('reminds the commander once while the review is a draft, however often the job runs', async () => {
        const id = await resolved();
        const handle = retroReminderHandler({db: conn().db, bot: fake.bot, businessDays: 3, log: silent, now: () => new Date('2025-03-10T11:30:00Z')});
        const job = {id: 'j1', name: 'retrospective-reminder', data: {incidentId: id}} as Parameters<typeof handle>[0][number];
        const before = fake.posts.length;
        await Promise.all([handle([job]), handle([job])]);
        await handle([job]);
        const reminded = fake.posts.slice(before);
        expect(reminded.map((p) => p.message)).toEqual([expect.stringMatching(/^:memo: @alice, the retrospective of incident \d+ \(Checkout errors\) is still a draft 3 business days/)]);
        const other = await resolved();
        await retros.publish(other, alice);
        const afterPublish = fake.posts.length;
        await handle([{...job, data: {incidentId: other}}]);
        expect(fake.posts.length).toBe(afterPublish);
    });
});
