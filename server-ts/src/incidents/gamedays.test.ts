import {eq} from 'drizzle-orm';
import {beforeAll, beforeEach, describe, expect, it} from 'vitest';
import type {TemplateView} from '../contract/incidents.js';
import {findIncident, loadTimeline} from '../db/incident_rows.js';
import {incidentEvents, incidents as incidentTable, pages, templates as templateTable} from '../db/schema.js';
import {databaseTargets, type DatabaseTarget} from '../test_support/databases.js';
import {fakeIncidentBot} from '../test_support/fake_incident_bot.js';
import {useTestDatabase} from '../test_support/use_test_database.js';
import type {IncidentService} from './incident_service.js';
import {seedShippedTemplates} from '../test_support/seeded_templates.js';
import {incidentServiceOn} from '../test_support/incident_service_on.js';

const targets = await databaseTargets();
const DECLARED = new Date('2025-03-05T10:00:00Z');
const alice = {id: 'u-alice', username: 'alice', isSystemAdmin: false};
const bob = {id: 'u-bob', username: 'bob', isSystemAdmin: false};
const carol = {id: 'u-carol', username: 'carol', isSystemAdmin: false};
let keySeq = 0;

describe.each(targets.map((t): [string, DatabaseTarget] => [t.name, t]))('chaos gamedays on %s', (_name, target) => {
    const conn = useTestDatabase(target);
    let fake: ReturnType<typeof fakeIncidentBot>;
    let service: IncidentService;
    let clock: Date;
    let byName: Record<string, TemplateView>;

    beforeAll(async () => {
        byName = await seedShippedTemplates(conn().db);
    }, 60_000);
    beforeEach(async () => {
        await conn().db.delete(pages);
        await conn().db.delete(incidentEvents);
        await conn().db.delete(incidentTable);
        clock = DECLARED;
        fake = fakeIncidentBot([{id: 'u-alice', username: 'alice'}, {id: 'u-bob', username: 'bob'}, {id: 'u-carol', username: 'carol'}]);
        service = incidentServiceOn(conn().db, fake.bot, {now: () => clock});
    });

    const start = async (scenario = 'Kill the primary DB', extra: {pageRealOnCall?: boolean} = {}, by = bob) => {
        const started = await service.startGameday({teamId: 'team1', scenario, idempotencyKey: `gameday-${++keySeq}-abc`, ...extra}, by);
        if (!started.ok) {
            throw new Error(JSON.stringify(started.error));
        }
        return started.value.incident;
    };

    it('declares a drill from the drill template, the caller commanding, its scenario kept; nobody is paged', async () => {
        const drill = await start('  Kill the   primary DB ');
        expect(drill).toMatchObject({isDrill: true, title: 'Gameday: Kill the primary DB', templateId: byName['chaos-gameday-drill']?.id,
            severity: 'sev3', roles: {commander: {id: 'u-bob', username: 'bob'}}, declaredBy: {username: 'bob'}, pendingSteps: []});
        expect(drill.channelName).toBe('drill-2025-03-05-gameday-kill-the-primary-db');
        expect(drill.checklist.map((c) => c.title)).toEqual([
            'Announce the start in ~cloud-sre-team: scenario, environment, game master', 'Inject the fault (testing environment only)',
            'Watch detection: alerts, dashboards, who noticed (/sre gameday detected <how>)', 'Mitigate using the normal runbooks',
            'Restore the environment and confirm it is healthy', 'Write the gameday report in the retrospective',
        ]);
        const row = await findIncident(conn().db, drill.id);
        expect(row?.drillScenario).toBe('Kill the primary DB');
        expect(row?.declaration).toMatchObject({displayName: `DRILL · Incident ${drill.number}: Gameday: Kill the primary DB`,
            header: 'DRILL · SEV3 · Gameday: Kill the primary DB · Commander @bob', purpose: `DRILL · Chaos gameday drill #${drill.number}: Gameday: Kill the primary DB (not a real incident)`});
        const [declared] = await loadTimeline(conn().db, drill.id);
        expect(declared?.data).toMatchObject({scenario: 'Kill the primary DB', pageRealOnCall: false, template: 'Chaos gameday drill'});
        expect(fake.posts.find((p) => p.props.sre_step === 'first_post')?.message).toMatch(/^#### :test_tube: DRILL · SEV3 incident \d+: Gameday/);
        expect(fake.posts.find((p) => p.props.sre_step === 'broadcast')?.message).toMatch(/^:test_tube: \*\*DRILL · SEV3/);
        expect(await conn().db.select().from(pages)).toEqual([]);
        expect(fake.posts.filter((p) => !p.channelId.startsWith('ch-'))).toEqual([]);
    });

    it('keeps whether the gameday may page the real on-call, and replays a start by its key', async () => {
        const started = await service.startGameday({teamId: 'team1', scenario: 'Fill the disk', pageRealOnCall: true, idempotencyKey: 'gameday-replay-1'}, alice);
        const again = await service.startGameday({teamId: 'team1', scenario: 'Fill the disk', pageRealOnCall: true, idempotencyKey: 'gameday-replay-1'}, alice);
        expect([started.ok && started.value.replayed, again.ok && again.value.replayed]).toEqual([false, true]);
        const id = started.ok ? started.value.incident.id : '';
        expect(again.ok && again.value.incident.id).toBe(id);
        expect((await loadTimeline(conn().db, id))[0]?.data).toMatchObject({pageRealOnCall: true});
        expect(await conn().db.select().from(pages)).toEqual([]);
    });

    it('names a bad scenario, and a missing drill template, declaring nothing', async () => {
        const fields = async (scenario: string) => {
            const result = await service.startGameday({teamId: 'team1', scenario}, alice);
            return result.ok ? {} : result.error;
        };
        expect(await fields('  ')).toEqual({scenario: expect.stringMatching(/^say what the gameday breaks/) as unknown});
        expect(await fields('x'.repeat(201))).toEqual({scenario: 'it is 201 characters: keep it to 200'});
        const drillId = byName['chaos-gameday-drill']?.id ?? '';
        await conn().db.update(templateTable).set({isArchived: true}).where(eq(templateTable.id, drillId));
        try {
            expect(await fields('Fill the disk')).toEqual({templateId: expect.stringMatching(/no live drill template/) as unknown});
        } finally {
            await conn().db.update(templateTable).set({isArchived: false}).where(eq(templateTable.id, drillId));
        }
        expect(await conn().db.select().from(incidentTable)).toEqual([]);
        const longest = await start('y'.repeat(200));
        expect(Array.from(longest.title)).toHaveLength(200);
    });

    it('records detection once, on the timeline and in the channel; a second is refused with the first', async () => {
        const drill = await start();
        clock = new Date('2025-03-05T10:12:30Z');
        fake.members.get(drill.channelId ?? '')?.add('u-alice');
        const first = await service.recordDetection(drill.id, ' The replica lag alert paged @bob ', alice);
        expect(first).toMatchObject({ok: true, value: {id: drill.id}});
        clock = new Date('2025-03-05T10:20:00Z');
        expect(await service.recordDetection(drill.id, 'A customer told us', bob)).toEqual({ok: false,
            error: {code: 'conflict', message: 'detection was already recorded at 10:12 UTC by @alice: "The replica lag alert paged @bob"'}});
        const detected = (await loadTimeline(conn().db, drill.id)).filter((e) => e.kind === 'drill_detected');
        expect(detected.map((e) => [e.at.toISOString(), e.actorId, e.data])).toEqual([
            ['2025-03-05T10:12:30.000Z', 'u-alice', {username: 'alice', how: 'The replica lag alert paged @bob'}]]);
        expect(fake.posts.filter((p) => p.props.sre_step === 'drill_detected').map((p) => p.message)).toEqual([
            ':mag: **DRILL · Fault detected** by @alice after 12 min 30 s:\n> The replica lag alert paged @bob']);
        expect((await service.get(drill.id, alice))?.timeline.at(-1)?.text).toBe('@alice recorded the injected fault as detected: The replica lag alert paged @bob');
    });

    it('refuses detection for a real incident, a resolved drill, a blank how, an outsider and an unknown id', async () => {
        const real = await service.declare({idempotencyKey: `real-${++keySeq}-abcdef`, teamId: 'team1', templateId: byName['degraded-service']?.id ?? '',
            title: 'Checkout errors', severity: 'sev2'}, alice);
        const realId = real.ok ? real.value.incident.id : '';
        expect(await service.recordDetection(realId, 'x', alice)).toMatchObject({ok: false, error: {code: 'invalid', message: /is not a drill/}});
        const drill = await start();
        expect(await service.recordDetection(drill.id, ' ', bob)).toMatchObject({ok: false, error: {code: 'invalid_fields', fields: {how: /say how/}}});
        expect(await service.recordDetection(drill.id, 'x'.repeat(1001), bob)).toMatchObject({ok: false, error: {code: 'invalid_fields', fields: {how: /1001/}}});
        expect(await service.recordDetection(drill.id, 'Saw it', carol)).toMatchObject({ok: false, error: {code: 'forbidden', message: /join ~drill-/}});
        expect(await service.recordDetection('6b1c0c5e-8a7c-4a53-9d0e-3f2b8c1d2e4f', 'Saw it', bob)).toEqual({ok: false, error: {code: 'not_found'}});
        await service.resolve(drill.id, 'Failover worked', bob);
        expect(await service.recordDetection(drill.id, 'Saw it', bob)).toMatchObject({ok: false, error: {code: 'invalid', message: /the drill is resolved/}});
        expect((await loadTimeline(conn().db, drill.id)).some((e) => e.kind === 'drill_detected')).toBe(false);
    });

    it('marks a drill\'s status, severity, update, resolve and reopen posts DRILL, and a real incident\'s not', async () => {
        const drill = await start();
        await service.changeStatus(drill.id, 'identified', bob);
        await service.changeSeverity(drill.id, 'sev2', bob);
        await service.postUpdate(drill.id, 'Replica promoted', bob);
        await service.resolve(drill.id, 'Failover worked', bob);
        await service.reopen(drill.id, bob);
        const notices = fake.posts.filter((p) => ['status_changed', 'severity_changed', 'status_update', 'resolved', 'reopened'].includes(String(p.props.sre_step)));
        expect(notices.map((p) => p.message.split('\n')[0])).toEqual([
            ':information_source: DRILL · Status is now **identified** (set by @bob).',
            ':information_source: DRILL · Severity is now **SEV2** (set by @bob).',
            '#### DRILL · Status update · SEV2 · identified',
            ':white_check_mark: **DRILL · Resolved** by @bob: Failover worked',
            ':warning: DRILL · Reopened by @bob.',
        ]);
        expect(fake.posts.filter((p) => String(p.props.sre_step).endsWith('_broadcast')).every((p) => p.message.includes('DRILL · '))).toBe(true);
        const real = await service.declare({idempotencyKey: `real-${++keySeq}-abcdef`, teamId: 'team1', templateId: byName['degraded-service']?.id ?? '',
            title: 'Checkout errors', severity: 'sev2'}, alice);
        await service.changeStatus(real.ok ? real.value.incident.id : '', 'identified', alice);
        expect(fake.posts.at(-1)?.message).toBe(':information_source: Status is now **identified** (set by @alice).');
    });
});
