import {beforeEach, describe, expect, it} from 'vitest';
import {databaseTargets, type DatabaseTarget} from '../test_support/databases.js';
import {useTestDatabase} from '../test_support/use_test_database.js';
import {loadGamedayRows, loadReviewRows} from './ritual_agenda_rows.js';
import {incidents, retrospectives, runbooks, templates, triageItems} from './schema.js';

const targets = await databaseTargets();
const SINCE = new Date('2026-03-23T09:00:00Z');
const NOW = new Date('2026-03-30T07:45:00Z');
const INTERVALS = {sev1: 30, sev2: 60, sev3: 240, sev4: 1440};
const at = (iso: string) => new Date(iso);

describe.each(targets.map((t): [string, DatabaseTarget] => [t.name, t]))('ritual agenda rows on %s', (_name, target) => {
    const conn = useTestDatabase(target);

    beforeEach(async () => {
        const {db} = conn();
        await db.delete(triageItems);
        await db.delete(incidents);
        await db.delete(runbooks);
        await db.delete(templates);
    });

    it('reads the review: real incidents resolved in the range with their retrospective, overdue open follow-ups, stale live runbooks', async () => {
        const {db} = conn();
        const [published, missing] = await db.insert(incidents).values([
            {title: 'Checkout errors', severity: 'sev1', status: 'resolved', resolvedAt: at('2026-03-26T14:00:00Z'), channelName: 'inc-1'},
            {title: 'Slow search', severity: 'sev3', status: 'resolved', resolvedAt: SINCE, channelName: 'inc-2', isPrivate: true},
            {title: 'Older', severity: 'sev2', status: 'resolved', resolvedAt: at('2026-03-23T08:59:00Z'), channelName: 'inc-3'},
            {title: 'A drill', severity: 'sev2', status: 'resolved', resolvedAt: at('2026-03-25T10:00:00Z'), channelName: 'inc-4', isDrill: true},
            {title: 'Still open', severity: 'sev2', channelName: 'inc-5'},
        ]).returning();
        await db.insert(retrospectives).values({incidentId: published?.id ?? '', status: 'published'});
        await db.insert(triageItems).values([
            {title: 'Overdue', status: 'accepted', ownerUsername: 'bob', incidentId: published?.id, dueAt: at('2026-03-20T17:00:00Z')},
            {title: 'Done late', status: 'done', incidentId: published?.id, dueAt: at('2026-03-20T17:00:00Z')},
            {title: 'Due later', incidentId: published?.id, dueAt: at('2026-04-02T00:00:00Z')},
            {title: 'Not a follow-up', dueAt: at('2026-03-20T17:00:00Z')},
        ]);
        await db.insert(runbooks).values([
            {title: 'Stale', tier: 'cloud', url: 'https://wiki/stale', lastReviewedAt: at('2025-12-01T00:00:00Z')},
            {title: 'Never reviewed', tier: 'cloud', body: 'x', createdAt: at('2025-11-15T00:00:00Z')},
            {title: 'Fresh', tier: 'cloud', body: 'x', lastReviewedAt: at('2026-03-01T00:00:00Z')},
            {title: 'Archived', tier: 'cloud', body: 'x', lastReviewedAt: at('2025-01-01T00:00:00Z'), isArchived: true},
        ]);
        const rows = await loadReviewRows(db, SINCE, NOW);
        expect(rows.incidents.map((i) => [i.title, i.retro, i.isPrivate]).sort()).toEqual([['Checkout errors', 'published', false], ['Slow search', 'missing', true]]);
        expect(rows.incidents.find((i) => i.title === 'Slow search')?.id).toBe(missing?.id);
        expect(rows.followUps).toEqual([{number: expect.any(Number) as unknown, title: 'Overdue', status: 'accepted', ownerUsername: 'bob',
            dueAt: at('2026-03-20T17:00:00Z'), incidentNumber: published?.number}]);
        expect(rows.runbooks.map((r) => [r.title, r.url]).sort()).toEqual([['Never reviewed', null], ['Stale', 'https://wiki/stale']]);
    }, 30_000);

    it('reads the gameday: the first live drill template by name, and the latest drill with its follow-ups', async () => {
        const {db} = conn();
        const template = {tier: 'internal' as const, channelNamePattern: 'drill-{slug}', updateIntervalMinutes: INTERVALS, isDrill: true};
        await db.insert(templates).values([
            {...template, slug: 'z', name: 'Zebra drill', checklist: [{title: 'Z', runbookUrl: null}]},
            {...template, slug: 'c', name: 'Chaos gameday drill', checklist: [{title: 'Announce', runbookUrl: null}, {title: 'Inject', runbookUrl: null}]},
            {...template, slug: 'a', name: 'Archived drill', isArchived: true},
            {...template, slug: 'o', name: 'A real one', isDrill: false},
        ]);
        expect(await loadGamedayRows(db, NOW)).toEqual({template: {name: 'Chaos gameday drill', steps: ['Announce', 'Inject']}, lastDrill: null});
        const [, last] = await db.insert(incidents).values([
            {title: 'Old drill', severity: 'sev2', isDrill: true, declaredAt: at('2026-02-05T13:00:00Z'), channelName: 'd-1'},
            {title: 'Kill the DB', severity: 'sev2', isDrill: true, declaredAt: at('2026-03-05T13:00:00Z'), channelName: 'd-2', drillScenario: 'Stop postgres'},
            {title: 'Real', severity: 'sev1', declaredAt: at('2026-03-20T13:00:00Z'), channelName: 'r-1'},
        ]).returning();
        await db.insert(triageItems).values([{title: 'Automate failover', status: 'in_progress', incidentId: last?.id}, {title: 'Page DB on-call', status: 'done', incidentId: last?.id}]);
        const {lastDrill} = await loadGamedayRows(db, NOW);
        expect(lastDrill).toMatchObject({title: 'Kill the DB', scenario: 'Stop postgres', status: 'investigating', channelName: 'd-2'});
        expect(lastDrill?.followUps.map((f) => [f.title, f.status, f.incidentNumber])).toEqual([
            ['Automate failover', 'in_progress', last?.number], ['Page DB on-call', 'done', last?.number]]);
    }, 30_000);
});
