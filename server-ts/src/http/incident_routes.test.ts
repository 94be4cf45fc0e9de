import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {pgliteTarget} from '../test_support/databases.js';
import {useTestDatabase} from '../test_support/use_test_database.js';
import {incidentRoutesApp, signedInAs, type IncidentRoutesApp} from '../test_support/incident_routes_app.js';


describe('incident and template routes', () => {
    const conn = useTestDatabase(pgliteTarget);
    let app: IncidentRoutesApp['app'];
    let templateId = '';
    const as = signedInAs;

    beforeAll(async () => {
        const built = await incidentRoutesApp(conn().db);
        app = built.app;
        templateId = built.templates['security-incident']?.id ?? '';
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
