import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {err, ok} from '../domain/result.js';
import {createAccess} from '../incidents/access.js';
import {createIncidentService} from '../incidents/incident_service.js';
import {cachedBotUserId} from '../incidents/step_deps.js';
import {createTemplateService} from '../incidents/template_service.js';
import {fakeAppDeps} from '../test_support/fake_app_deps.js';
import {pgliteTarget} from '../test_support/databases.js';
import {useTestDatabase} from '../test_support/use_test_database.js';
import {fakeIncidentBot} from '../test_support/fake_incident_bot.js';
import {buildApp} from './app.js';
import type {WhoAmI} from './who_am_i.js';
import {seedShippedTemplates} from '../test_support/seeded_templates.js';

const USERS = {alice: {id: 'u-alice', username: 'alice', roles: 'system_user'}, bob: {id: 'u-bob', username: 'bob', roles: 'system_user'}};
const whoAmI: WhoAmI = (token) => Promise.resolve(token in USERS ? ok(USERS[token as keyof typeof USERS]) : err('invalid'));

describe('incident and template routes', () => {
    const conn = useTestDatabase(pgliteTarget);
    let app: Awaited<ReturnType<typeof buildApp>>;
    let templateId = '';
    const as = (user: string) => ({authorization: `Bearer ${user}`});

    beforeAll(async () => {
        await seedShippedTemplates(conn().db);
        const fake = fakeIncidentBot();
        const access = createAccess({bot: fake.bot});
        const isSre = (actor: {username: string}) => Promise.resolve(actor.username === 'alice');
        const templates = createTemplateService({db: conn().db, isSre, timeZone: 'UTC'});
        templateId = (await templates.list(false)).find((t) => t.slug === 'security-incident')?.id ?? '';
        const incidents = createIncidentService({db: conn().db, bot: fake.bot, signing: {companionUrl: 'http://c.test', signingSecret: 's'},
            botUserId: cachedBotUserId(fake.bot), access, timeZone: 'UTC', mmUrl: 'http://mm.test',
            jobs: {finishDeclaration: () => Promise.resolve(), scheduleReminder: () => Promise.resolve()}});
        app = await buildApp(fakeAppDeps({whoAmI, incidents, templates, isSre, hiddenFor: access.hiddenFor}));
    }, 60_000);
    afterAll(() => app.close());

    it('names every bad field of a declaration and creates nothing', async () => {
        const res = await app.inject({method: 'POST', url: '/sre-toolkit/api/v1/incidents', headers: as('alice'),
            payload: {idempotencyKey: 'key-12345678', teamId: 'team1', templateId, title: '', severity: 'sev7'}});
        expect(res.statusCode).toBe(400);
        expect(Object.keys(res.json<{fields: Record<string, string>}>().fields).sort()).toEqual(['severity', 'title']);
    });

    it('declares (201), replays (200), and hides a private incident from non-members (404)', async () => {
        const payload = {idempotencyKey: 'key-private-1', teamId: 'team1', templateId, title: 'Leaked token', severity: 'sev1'};
        const first = await app.inject({method: 'POST', url: '/sre-toolkit/api/v1/incidents', headers: as('alice'), payload});
        const again = await app.inject({method: 'POST', url: '/sre-toolkit/api/v1/incidents', headers: as('alice'), payload});
        expect([first.statusCode, again.statusCode]).toEqual([201, 200]);
        const id = first.json<{id: string}>().id;
        expect(again.json<{id: string}>().id).toBe(id);
        expect((await app.inject({url: `/sre-toolkit/api/v1/incidents/${id}`, headers: as('bob')})).statusCode).toBe(404);
        expect((await app.inject({url: `/sre-toolkit/api/v1/incidents/${id}`, headers: as('alice')})).statusCode).toBe(200);
        // By channel, "no incident you may see" is null, the same answer as for any ordinary channel.
        const byChannel = `/sre-toolkit/api/v1/incidents/by-channel/${first.json<{channelId: string}>().channelId}`;
        expect((await app.inject({url: byChannel, headers: as('bob')})).json()).toBeNull();
        expect((await app.inject({url: byChannel, headers: as('alice')})).json()).toMatchObject({incident: {id}});
        const change = await app.inject({method: 'POST', url: `/sre-toolkit/api/v1/incidents/${id}/status`, headers: as('bob'), payload: {status: 'identified'}});
        expect(change.statusCode).toBe(404);
        const list = await app.inject({url: '/sre-toolkit/api/v1/incidents?status=active', headers: as('bob')});
        expect(list.json()).toEqual([]);
    });

    it('lets only SREs write templates, and names bad template fields', async () => {
        const input = {name: 'X', description: '', tier: 'space', channelNamePattern: '{nope}', isPrivate: false, headerPattern: '', purposePattern: '',
            firstPost: '', defaultMembers: [], broadcastChannels: [], checklist: [], updateIntervalMinutes: {sev1: 1, sev2: 30, sev3: 60, sev4: 60}, isDrill: false};
        const asBob = await app.inject({method: 'POST', url: '/sre-toolkit/api/v1/templates', headers: as('bob'), payload: input});
        expect(asBob.statusCode).toBe(403);
        const asAlice = await app.inject({method: 'POST', url: '/sre-toolkit/api/v1/templates', headers: as('alice'), payload: input});
        expect(asAlice.statusCode).toBe(400);
        expect(Object.keys(asAlice.json<{fields: Record<string, string>}>().fields).sort())
            .toEqual(['channelNamePattern', 'name', 'tier', 'updateIntervalMinutes']);
        const me = await app.inject({url: '/sre-toolkit/api/v1/me', headers: as('alice')});
        expect(me.json()).toEqual({userId: 'u-alice', username: 'alice', isSre: true, isSystemAdmin: false});
    });
});
