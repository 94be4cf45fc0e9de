import {beforeAll, beforeEach, describe, expect, it} from 'vitest';
import type {TemplateInput} from '../contract/incidents.js';
import {incidentEvents, incidents as incidentTable, runbooks} from '../db/schema.js';
import {databaseTargets, type DatabaseTarget} from '../test_support/databases.js';
import {fakeIncidentBot} from '../test_support/fake_incident_bot.js';
import {useTestDatabase} from '../test_support/use_test_database.js';
import type {IncidentService} from './incident_service.js';
import {createTemplateService, type TemplateService} from './template_service.js';
import {incidentServiceOn} from '../test_support/incident_service_on.js';

const targets = await databaseTargets();
const NOW = new Date('2025-03-05T12:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const alice = {id: 'u-alice', username: 'alice', isSystemAdmin: false};
let keySeq = 0;

const input = (tier: string, checklist: TemplateInput['checklist'], name = `Runbook test ${++keySeq}`): TemplateInput => ({
    name, description: '', tier, channelNamePattern: 'inc-{slug}', isPrivate: false, headerPattern: '{title}', purposePattern: '', firstPost: '',
    defaultMembers: [], broadcastChannels: [], checklist, updateIntervalMinutes: {sev1: 15, sev2: 30, sev3: 60, sev4: 240}, isDrill: false,
});

describe.each(targets.map((t): [string, DatabaseTarget] => [t.name, t]))('runbooks linked from checklist steps on %s', (_name, target) => {
    const conn = useTestDatabase(target);
    let fake: ReturnType<typeof fakeIncidentBot>;
    let service: IncidentService;
    let templates: TemplateService;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
        const old = new Date(NOW.getTime() - 200 * DAY);
        const fresh = new Date(NOW.getTime() - DAY);
        const rows = await conn().db.insert(runbooks).values([
            {title: 'Postgres failover', service: 'postgres', tier: 'internal', url: 'https://runbooks.example/failover', createdAt: fresh},
            {title: 'Grafana restart', service: 'grafana', tier: 'internal', body: '1. Restart it', createdAt: old},
            {title: 'Loki retention', service: 'loki', tier: 'internal', body: 'x', createdAt: fresh},
            {title: 'Postgres vacuum', service: 'postgres', tier: 'cloud', body: 'x', createdAt: fresh},
            {title: 'CDN purge', service: 'cdn', tier: 'cloud', body: 'x', createdAt: fresh},
            {title: 'Old pager', service: 'pager', tier: 'internal', body: 'x', createdAt: fresh, isArchived: true},
        ]).returning();
        rows.forEach((r) => {
            ids[r.title] = r.id;
        });
        templates = createTemplateService({db: conn().db, isSre: () => Promise.resolve(true), timeZone: 'UTC', now: () => NOW});
    }, 60_000);
    beforeEach(async () => {
        await conn().db.delete(incidentEvents);
        await conn().db.delete(incidentTable);
        fake = fakeIncidentBot();
        service = incidentServiceOn(conn().db, fake.bot, {mmUrl: 'https://chat.example/', now: () => NOW});
    });

    const declareWith = async (templateId: string) => {
        const declared = await service.declare({idempotencyKey: `rb-${++keySeq}-abcdef`, teamId: 'team1', templateId, title: 'Replica lag', severity: ''}, alice);
        if (!declared.ok) {
            throw new Error(JSON.stringify(declared.error));
        }
        return declared.value.incident;
    };

    it('names a step linking a runbook that is unknown, archived or not an id, and saves nothing', async () => {
        const saved = await templates.create(input('internal', [
            {title: 'Fail over', runbookUrl: null, runbookId: ids['Postgres failover']},
            {title: 'Page', runbookUrl: null, runbookId: ids['Old pager']},
            {title: 'Ghost', runbookUrl: null, runbookId: '6b1c0c5e-8a7c-4a53-9d0e-3f2b8c1d2e4f'},
            {title: 'Typo', runbookUrl: null, runbookId: 'failover'},
        ], 'Broken links'), alice);
        expect(saved).toEqual({ok: false, error: {
            'checklist[1].runbookId': 'runbook "Old pager" is archived: link a live one, or none',
            'checklist[2].runbookId': 'no such runbook: choose one from the library',
            'checklist[3].runbookId': 'not a runbook id: choose the runbook from the library',
        }});
        expect((await templates.list(true)).some((t) => t.name === 'Broken links')).toBe(false);
    });

    it('shows each linked runbook in the checklist and posts the incident\'s runbooks once: linked, then the tier\'s, stale marked', async () => {
        const saved = await templates.create(input('internal', [
            {title: 'Fail over', runbookUrl: null, runbookId: ids['Postgres failover']},
            {title: 'Restart Grafana', runbookUrl: 'https://wiki.example/grafana', runbookId: ids['Grafana restart']},
            {title: 'Tell people', runbookUrl: null},
        ]), alice);
        expect(saved.ok && saved.value.checklist.map((s) => s.runbookId)).toEqual([ids['Postgres failover'], ids['Grafana restart'], null]);
        const incident = await declareWith(saved.ok ? saved.value.id : '');
        const grafanaLink = `https://chat.example/sre-toolkit/api/v1/runbooks/${ids['Grafana restart']}/content`;
        expect(incident.checklist.map((c) => c.runbook)).toEqual([
            {id: ids['Postgres failover'], title: 'Postgres failover', url: 'https://runbooks.example/failover'},
            {id: ids['Grafana restart'], title: 'Grafana restart', url: grafanaLink}, null,
        ]);
        const steps = fake.posts.map((p) => p.props.sre_step);
        expect(steps).toEqual(['first_post', 'checklist_post', 'runbooks_post']);
        expect(fake.posts[1]?.message.split('\n').slice(1, 4)).toEqual([
            '1. Fail over · runbook: [Postgres failover](https://runbooks.example/failover)',
            `2. Restart Grafana · runbook: [Grafana restart](${grafanaLink}) · [link](https://wiki.example/grafana)`,
            '3. Tell people',
        ]);
        expect(fake.posts[2]?.message).toBe([
            '#### Runbooks for this incident',
            'Linked from the checklist:',
            '* [Postgres failover](https://runbooks.example/failover) — postgres · internal',
            `* [Grafana restart](${grafanaLink}) — grafana · internal :warning: not reviewed for 90 days`,
            '',
            'More for the Internal tier and the same services:',
            `* [Postgres vacuum](https://chat.example/sre-toolkit/api/v1/runbooks/${ids['Postgres vacuum']}/content) — postgres · cloud`,
            `* [Loki retention](https://chat.example/sre-toolkit/api/v1/runbooks/${ids['Loki retention']}/content) — loki · internal`,
        ].join('\n'));
    });

    it('posts no runbooks when the checklist links none and the tier has none', async () => {
        const saved = await templates.create(input('community', [{title: 'Look', runbookUrl: null}]), alice);
        const incident = await declareWith(saved.ok ? saved.value.id : '');
        expect(incident.checklist).toEqual([{title: 'Look', runbookUrl: null, runbook: null, doneAt: null, doneBy: null}]);
        expect(fake.posts.map((p) => p.props.sre_step)).toEqual(['first_post', 'checklist_post']);
    });
});
