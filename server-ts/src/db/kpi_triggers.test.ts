import type {PGlite} from '@electric-sql/pglite';
import {eq} from 'drizzle-orm';
import {describe, expect, it} from 'vitest';
import {databaseTargets, type DatabaseTarget} from '../test_support/databases.js';
import {acrossMigration} from '../test_support/across_migration.js';
import {useTestDatabase} from '../test_support/use_test_database.js';
import {incidentEvents, incidents, pages, retrospectives, triageEvents, triageItems} from './schema.js';

const targets = await databaseTargets();
const at = (hhmm: string) => new Date(`2026-03-02T${hhmm}:00Z`);
const iso = (d: Date | null) => d?.toISOString() ?? null;

// One incident's timeline as written, out of order at the end: a page sent late with an earlier instant.
const TIMELINE: [kind: string, hhmm: string, data?: Record<string, string>][] = [
    ['declared', '10:00'], ['page_sent', '10:05'], ['page_acknowledged', '10:07'], ['status_changed', '10:10', {from: 'investigating', to: 'identified'}],
    ['page_sent', '10:20'], ['status_changed', '10:30', {from: 'identified', to: 'monitoring'}], ['resolved', '11:00'], ['reopened', '11:30'],
    ['status_changed', '11:40', {from: 'investigating', to: 'monitoring'}], ['resolved', '12:00'], ['timeline_post', '09:00'], ['page_sent', '10:01'],
];
// A request's, the same way: asked as P3, re-prioritised when accepted, requeued, declined; a decision written late.
const REQUEST_TIMELINE: [kind: string, hhmm: string, data?: Record<string, string>][] = [
    ['created', '09:00', {priority: 'p3'}], ['accepted', '10:00', {priority: 'p1'}], ['started', '10:10'], ['reopened', '11:00', {to: 'new'}],
    ['declined', '12:00'], ['marked_duplicate', '12:30'], ['accepted', '09:30'],
];
const FIRSTS = {pageSent: '2026-03-02T10:01:00.000Z', acknowledged: '2026-03-02T10:07:00.000Z', monitoring: '2026-03-02T10:30:00.000Z',
    resolved: '2026-03-02T11:00:00.000Z'};

describe.each(targets.map((t): [string, DatabaseTarget] => [t.name, t]))('what the KPIs read, kept by the database on %s', (_name, target) => {
    const conn = useTestDatabase(target);

    it('keeps the first instant of each milestone on the incident as its events come in, one at a time', async () => {
        const {db} = conn();
        const [one, other] = await db.insert(incidents).values([{title: 'One', severity: 'sev2', declaredAt: at('10:00')},
            {title: 'Other', severity: 'sev3', declaredAt: at('10:00')}]).returning({id: incidents.id});
        for (const [kind, hhmm, data] of TIMELINE) {
            await db.insert(incidentEvents).values({incidentId: one?.id ?? '', kind, data: data ?? {}, at: at(hhmm)});
        }
        const firsts = async (id: string) => {
            const [row] = await db.select().from(incidents).where(eq(incidents.id, id));
            return {pageSent: iso(row?.firstPageSentAt ?? null), acknowledged: iso(row?.firstPageAcknowledgedAt ?? null),
                monitoring: iso(row?.firstMonitoringAt ?? null), resolved: iso(row?.firstResolvedAt ?? null)};
        };
        expect(await firsts(one?.id ?? '')).toEqual(FIRSTS);
        expect(await firsts(other?.id ?? '')).toEqual({pageSent: null, acknowledged: null, monitoring: null, resolved: null});
    });

    it('keeps the priority a request was asked with and its first decision on the request as its events come in', async () => {
        const {db} = conn();
        const [asked] = await db.insert(triageItems).values([{title: 'Asked', priority: 'p1', createdAt: at('09:00')},
            {title: 'Untouched', priority: 'p2', createdAt: at('09:00')}]).returning({id: triageItems.id});
        for (const [kind, hhmm, data] of REQUEST_TIMELINE) {
            await db.insert(triageEvents).values({requestId: asked?.id ?? '', kind, data: data ?? {}, at: at(hhmm)});
        }
        const rows = await db.select().from(triageItems);
        expect(rows.map((r) => [r.title, r.requestedPriority, iso(r.firstDecidedAt)]).sort()).toEqual([
            ['Asked', 'p3', '2026-03-02T09:30:00.000Z'], ['Untouched', null, null]]);
    });
    it('marks the pages, reviews and follow-ups of a drill as the drill\'s, on insert and when a request is linked or unlinked', async () => {
        const {db} = conn();
        const [drill, real] = await db.insert(incidents).values([{title: 'Gameday', severity: 'sev3', isDrill: true}, {title: 'Real', severity: 'sev2'}])
            .returning({id: incidents.id});
        const page = {message: 'm', target: {kind: 'user' as const, username: 'bob', name: '@bob'}, policy: {steps: [], repeat: 0}, createdById: 'u', createdByUsername: 'u'};
        await db.insert(pages).values([{...page, incidentId: drill?.id}, {...page, incidentId: real?.id}, page]);
        await db.insert(retrospectives).values([{incidentId: drill?.id ?? ''}, {incidentId: real?.id ?? ''}]);
        const [request] = await db.insert(triageItems).values({title: 'Later a follow-up', priority: 'p2'}).returning({id: triageItems.id});
        const flags = async () => ({
            pages: (await db.select().from(pages)).map((p) => [p.incidentId === drill?.id, p.ofDrill]).sort(),
            reviews: (await db.select().from(retrospectives)).map((r) => [r.incidentId === drill?.id, r.ofDrill]).sort(),
            request: (await db.select().from(triageItems).where(eq(triageItems.id, request?.id ?? ''))).map((r) => r.ofDrill),
        });
        expect(await flags()).toEqual({pages: [[false, false], [false, false], [true, true]], reviews: [[false, false], [true, true]], request: [false]});
        await db.update(triageItems).set({incidentId: drill?.id}).where(eq(triageItems.id, request?.id ?? ''));
        expect((await flags()).request).toEqual([true]);
        await db.update(triageItems).set({incidentId: real?.id}).where(eq(triageItems.id, request?.id ?? ''));
        expect((await flags()).request).toEqual([false]);
    });
});

// Each timeline written one event at a time, as the companion does.
const timelineOf = (table: string, parent: string, column: string, timeline: typeof TIMELINE) => async (db: PGlite) => {
    for (const [kind, hhmm, data] of timeline) {
        await db.query(`insert into ${table} (${column}, kind, data, at) select id, $1, $2, $3 from ${parent}`, [kind, JSON.stringify(data ?? {}), at(hhmm).toISOString()]);
    }
};

describe('migrations 0015–0017 on the rows an older install holds', () => {
    it('0015 fills the milestones of the timelines recorded before it', async () => {
        const rows = await acrossMigration('0015_incident_milestones', async (db) => {
            await db.exec(`insert into incidents (title, severity, declared_at) values ('Old', 'sev2', '2026-03-02T10:00:00Z')`);
            await timelineOf('incident_events', 'incidents', 'incident_id', TIMELINE)(db);
        }, async (db) => (await db.query<Record<string, Date | null>>(`select first_page_sent_at as "pageSent", first_page_acknowledged_at as acknowledged,
            first_monitoring_at as monitoring, first_resolved_at as resolved from incidents`)).rows);
        expect(rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, iso(v)])))).toEqual([FIRSTS]);
    }, 60_000);

    it('0016 fills the asked priority and first decision of the requests recorded before it', async () => {
        const rows = await acrossMigration('0016_triage_firsts', async (db) => {
            await db.exec(`insert into triage_items (title, priority, created_at) values ('Old', 'p1', '2026-03-02T09:00:00Z')`);
            await timelineOf('triage_events', 'triage_items', 'request_id', REQUEST_TIMELINE)(db);
        }, async (db) => (await db.query<{requested_priority: string; first_decided_at: Date}>('select requested_priority, first_decided_at from triage_items')).rows);
        expect(rows.map((r) => [r.requested_priority, iso(r.first_decided_at)])).toEqual([['p3', '2026-03-02T09:30:00.000Z']]);
    }, 60_000);

    it('0017 marks what drills had before it', async () => {
        const rows = await acrossMigration('0017_of_drill', (db) => db.exec(`
                insert into incidents (title, severity, is_drill) values ('Gameday', 'sev3', true), ('Real', 'sev2', false);
                insert into triage_items (title, incident_id) select 'Follow-up of ' || title, id from incidents;
                insert into retrospectives (incident_id) select id from incidents`),
        async (db) => (await db.query<{title: string; of_drill: boolean}>(`select title, of_drill from triage_items
                union all select 'Review of ' || i.title, r.of_drill from retrospectives r join incidents i on i.id = r.incident_id order by 1`)).rows);
        expect(rows.map((r) => [r.title, r.of_drill])).toEqual([['Follow-up of Gameday', true], ['Follow-up of Real', false],
            ['Review of Gameday', true], ['Review of Real', false]]);
    }, 60_000);
});
