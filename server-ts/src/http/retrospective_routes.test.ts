import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {TemplateView} from '../contract/incidents.js';
import type {RetrospectiveView} from '../contract/retrospectives.js';
import {ok} from '../domain/result.js';
import {createAccess} from '../incidents/access.js';
import type {IncidentService} from '../incidents/incident_service.js';
import {retrospectiveOpener} from '../retrospectives/open_retrospective.js';
import {createRetroService} from '../retrospectives/retro_service.js';
import {databaseTargets, type DatabaseTarget} from '../test_support/databases.js';
import {fakeAppDeps} from '../test_support/fake_app_deps.js';
import {fakeIncidentBot} from '../test_support/fake_incident_bot.js';
import {useTestDatabase} from '../test_support/use_test_database.js';
import {createTriageService} from '../triage/triage_service.js';
import {buildApp} from './app.js';
import {seedShippedTemplates} from '../test_support/seeded_templates.js';
import {signInByName} from '../test_support/sign_in_by_name.js';
import {incidentServiceOn} from '../test_support/incident_service_on.js';

const targets = await databaseTargets();
const whoAmI = signInByName(['alice', 'bob']);
const API = '/sre-toolkit/api/v1';
const NOW = new Date('2025-03-05T12:00:00Z');
const alice = {id: 'u-alice', username: 'alice', isSystemAdmin: false};
let keySeq = 0;

describe.each(targets.map((t): [string, DatabaseTarget] => [t.name, t]))('retrospective routes on %s', (_name, target) => {
    const conn = useTestDatabase(target);
    let app: Awaited<ReturnType<typeof buildApp>>;
    let incidents: IncidentService;
    let fake: ReturnType<typeof fakeIncidentBot>;
    let byName: Record<string, TemplateView>;
    const as = (user: string) => ({authorization: `Bearer ${user}`});
    const call = (method: 'GET' | 'POST' | 'PUT', url: string, user = 'alice', payload?: object) =>
        app.inject({method, url: `${API}${url}`, headers: as(user), ...(payload ? {payload} : {})});

    beforeAll(async () => {
        const {db} = conn();
        byName = await seedShippedTemplates(db);
        fake = fakeIncidentBot();
        fake.channels.push({id: 'ch-sre', name: 'cloud-sre-team', teamId: 'team1', creatorId: 'u-admin'});
        const open = {db, timeZone: 'UTC', businessDays: 3, scheduleReminder: () => Promise.resolve()};
        const access = createAccess({bot: fake.bot});
        const now = () => NOW;
        incidents = incidentServiceOn(db, fake.bot, {access, now, onResolved: retrospectiveOpener(open)});
        const triage = createTriageService({db, bot: fake.bot, isSre: () => Promise.resolve(false), mmUrl: 'http://mm.test', sla: {untriagedP1Hours: 4, untriagedDays: 7}, now});
        const retrospectives = createRetroService({...open, access, triage, now, teamChannel: 'cloud-sre-team', teams: [], log: {warn: () => undefined},
            bot: {...fake.bot, getMyTeams: () => Promise.resolve(ok([{id: 'team1', name: 'sre'}]))}});
        app = await buildApp(fakeAppDeps({whoAmI, retrospectives}));
    }, 60_000);
    afterAll(() => app.close());

    async function declared(slug: string, isResolved: boolean): Promise<string> {
        const made = await incidents.declare({idempotencyKey: `routes-${++keySeq}-abcdef`, teamId: 'team1', templateId: byName[slug]?.id ?? '',
            title: 'Checkout errors', severity: 'sev2'}, alice);
        if (!made.ok) {
            throw new Error(JSON.stringify(made.error));
        }
        if (isResolved) {
            await incidents.resolve(made.value.incident.id, 'Rolled back', alice);
        }
        return made.value.incident.id;
    }

    it('reads, saves with its version (409 when it moved), adds a follow-up, publishes and exports', async () => {
        const id = await declared('degraded-service', true);
        const read = await call('GET', `/incidents/${id}/retrospective`);
        expect(read.statusCode).toBe(200);
        expect(read.json<RetrospectiveView>()).toMatchObject({status: 'draft', version: 1, summary: 'Rolled back'});
        const saved = await call('PUT', `/incidents/${id}/retrospective`, 'alice', {version: 1, wentBadly: 'Slow rollback'});
        expect([saved.statusCode, saved.json<RetrospectiveView>().version]).toEqual([200, 2]);
        const stale = await call('PUT', `/incidents/${id}/retrospective`, 'alice', {version: 1, wentBadly: 'Lost'});
        expect([stale.statusCode, stale.json<{code: string; retrospective: RetrospectiveView}>().retrospective.wentBadly]).toEqual([409, 'Slow rollback']);
        const added = await call('POST', `/incidents/${id}/retrospective/follow-ups`, 'alice',
            {idempotencyKey: 'route-follow-up', title: 'Faster rollback', ownerUsername: 'bob', dueDate: '2025-03-20', category: 'automation'});
        expect([added.statusCode, added.json<RetrospectiveView>().followUps.map((f) => [f.title, f.owner?.username, f.status])])
            .toEqual([201, [['Faster rollback', 'bob', 'accepted']]]);
        const published = await call('POST', `/incidents/${id}/retrospective/publish`);
        expect([published.statusCode, published.json<RetrospectiveView>().status]).toEqual([200, 'published']);
        const md = await call('GET', `/incidents/${id}/retrospective.md`);
        expect([md.statusCode, md.headers['content-type']]).toEqual([200, 'text/markdown; charset=utf-8']);
        expect(md.body).toMatch(/^## Retrospective: incident \d+ — Checkout errors\n[^]*### What went badly\nSlow rollback[^]*Faster rollback · @bob · due 2025-03-20/);
        expect(fake.posts.filter((p) => p.props.sre_step === 'retrospective').map((p) => p.message)).toEqual([md.body, md.body]);
    });

    it.each<[string, (id: string) => ReturnType<typeof call>, number, string]>([
        ['a bad edit names its fields', (id) => call('PUT', `/incidents/${id}/retrospective`, 'alice', {version: 1, impact: {tier: 'moon'}}), 400, 'invalid_fields'],
        ['a follow-up without an owner', (id) => call('POST', `/incidents/${id}/retrospective/follow-ups`, 'alice',
            {idempotencyKey: 'no-owner-1', title: 'x', ownerUsername: '', dueDate: '2025-03-20', category: 'automation'}), 400, 'invalid_fields'],
        ['a non-member changing a public one', (id) => call('POST', `/incidents/${id}/retrospective/publish`, 'bob'), 403, 'forbidden'],
        ['no such incident', () => call('GET', '/incidents/00000000-0000-4000-8000-000000000000/retrospective'), 404, 'not_found'],
        ['a bad id', () => call('GET', '/incidents/nope/retrospective.md'), 404, 'not_found'],
    ])('answers %s', async (_name, request, status, code) => {
        const id = await declared('degraded-service', true);
        const answer = await request(id);
        expect([answer.statusCode, answer.json<{code: string}>().code]).toEqual([status, code]);
    });

    it('answers 404 while the incident is open and for a private one the caller may not see', async () => {
        const open = await declared('degraded-service', false);
        expect((await call('GET', `/incidents/${open}/retrospective`)).statusCode).toBe(404);
        const secret = await declared('security-incident', true);
        expect((await call('GET', `/incidents/${secret}/retrospective`, 'bob')).statusCode).toBe(404);
        expect((await call('GET', `/incidents/${secret}/retrospective.md`, 'bob')).statusCode).toBe(404);
        expect((await call('PUT', `/incidents/${secret}/retrospective`, 'bob', {version: 1, causes: 'x'})).statusCode).toBe(404);
        expect((await call('GET', `/incidents/${secret}/retrospective`)).statusCode).toBe(200);
    });
});
