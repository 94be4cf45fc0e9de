import {eq} from 'drizzle-orm';
import {describe, expect, it} from 'vitest';
import type {Summary} from '../contract/summary.js';
import {createSummaryService, type Snapshot} from '../http/summary_service.js';
import {databaseTargets, type DatabaseTarget} from '../test_support/databases.js';
import {useTestDatabase} from '../test_support/use_test_database.js';
import {loadSummaryRows} from './load_summary_rows.js';
import {incidents, triageItems} from './schema.js';

const targets = await databaseTargets();
const NOW = new Date('2025-03-05T12:00:00Z');
const TONIGHT = new Date('2025-03-05T23:59:59.999Z');
const noSchedules = () => Promise.resolve({schedules: [], problems: []});

describe.each(targets.map((t): [string, DatabaseTarget] => [t.name, t]))('follow-ups in the summary on %s', (_name, target) => {
    const conn = useTestDatabase(target);

    it('counts open follow-ups, lists the overdue ones, and changes when one is added, closed or falls due', async () => {
        const {db} = conn();
        const [incident] = await db.insert(incidents).values({title: 'Checkout errors', severity: 'sev2', status: 'resolved'}).returning();
        const incidentId = incident?.id ?? '';
        const followUp = (title: string, dueAt: Date, status: 'accepted' | 'done' = 'accepted') =>
            ({title, dueAt, status, incidentId, ownerUsername: 'bob'});
        const [late] = await db.insert(triageItems).values([
            followUp('Faster rollback', new Date('2025-03-03T23:59:59.999Z')),
            followUp('Alert on 5xx', TONIGHT),
            followUp('Done already', new Date('2025-03-01T23:59:59.999Z'), 'done'),
            // A plain request, not a follow-up: the triage section counts it, not this one.
            {title: 'Need a bucket', dueAt: new Date('2025-03-01T23:59:59.999Z')},
        ]).returning();

        let clock = NOW;
        const service = createSummaryService({load: (at) => loadSummaryRows(db, noSchedules, at), now: () => clock, coalesceMs: 0});
        const pushed: Summary['followUps'][] = [];
        service.subscribe((s: Snapshot) => pushed.push(s.summary.followUps));
        const stop = await conn().listen('sre_changes', () => service.invalidate());
        try {
            const first = await service.get();
            expect(first.summary.followUps).toEqual({open: 2, overdue: 1, overdueItems: [{requestId: late?.id, number: late?.number,
                title: 'Faster rollback', ownerUsername: 'bob', dueAt: '2025-03-03T23:59:59.999Z', incidentId, incidentNumber: incident?.number}]});
            expect(first.validUntil).toEqual(new Date(TONIGHT.getTime() + 1));

            await db.insert(triageItems).values(followUp('Runbook for rollback', new Date('2025-03-10T23:59:59.999Z')));
            await expect.poll(() => pushed.at(-1)).toMatchObject({open: 3, overdue: 1});
            await db.update(triageItems).set({status: 'done'}).where(eq(triageItems.id, late?.id ?? ''));
            await expect.poll(() => pushed.at(-1)).toMatchObject({open: 2, overdue: 0, overdueItems: []});

            // No write at all: the cached summary expires when the next follow-up falls due.
            clock = new Date(TONIGHT.getTime() + 1);
            expect((await service.get()).summary.followUps).toMatchObject({open: 2, overdue: 1, overdueItems: [{title: 'Alert on 5xx'}]});
        } finally {
            await stop();
            service.close();
        }
    }, 60_000);
});
