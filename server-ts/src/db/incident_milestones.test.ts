import {eq} from 'drizzle-orm';
import {describe, expect, it} from 'vitest';
import {databaseTargets, type DatabaseTarget} from '../test_support/databases.js';
import {migratedBefore} from '../test_support/migrated_before.js';
import {useTestDatabase} from '../test_support/use_test_database.js';
import {incidentEvents, incidents} from './schema.js';

const targets = await databaseTargets();
const at = (hhmm: string) => new Date(`2026-03-02T${hhmm}:00Z`);
const iso = (d: Date | null) => d?.toISOString() ?? null;

// One incident's timeline as written, out of order at the end: a page sent late with an earlier instant.
const TIMELINE: [kind: string, hhmm: string, data?: Record<string, string>][] = [
    ['declared', '10:00'], ['page_sent', '10:05'], ['page_acknowledged', '10:07'], ['status_changed', '10:10', {from: 'investigating', to: 'identified'}],
    ['page_sent', '10:20'], ['status_changed', '10:30', {from: 'identified', to: 'monitoring'}], ['resolved', '11:00'], ['reopened', '11:30'],
    ['status_changed', '11:40', {from: 'investigating', to: 'monitoring'}], ['resolved', '12:00'], ['timeline_post', '09:00'], ['page_sent', '10:01'],
];
const FIRSTS = {pageSent: '2026-03-02T10:01:00.000Z', acknowledged: '2026-03-02T10:07:00.000Z', monitoring: '2026-03-02T10:30:00.000Z',
    resolved: '2026-03-02T11:00:00.000Z'};

describe.each(targets.map((t): [string, DatabaseTarget] => [t.name, t]))('incident milestones on %s', (_name, target) => {
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
});

describe('0015_incident_milestones migration', () => {
    it('fills the milestones of the timelines recorded before it', async () => {
        const install = await migratedBefore('0015_incident_milestones');
        try {
            await install.pglite.exec(`insert into incidents (title, severity, declared_at) values ('Old', 'sev2', '2026-03-02T10:00:00Z')`);
            for (const [kind, hhmm, data] of TIMELINE) {
                await install.pglite.query(`insert into incident_events (incident_id, kind, data, at) select id, $1, $2, $3 from incidents`,
                    [kind, JSON.stringify(data ?? {}), at(hhmm).toISOString()]);
            }
            await install.migrateTheRest();
            const {rows} = await install.pglite.query<Record<string, Date | null>>(`select first_page_sent_at as "pageSent",
                first_page_acknowledged_at as acknowledged, first_monitoring_at as monitoring, first_resolved_at as resolved from incidents`);
            expect(rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, iso(v)])))).toEqual([FIRSTS]);
        } finally {
            await install.close();
        }
    }, 60_000);
});
