import {asc, eq} from 'drizzle-orm';
import type PgBoss from 'pg-boss';
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest';
import {openDatabase, type DbConnection} from '../db/connection.js';
import {pagingPages} from '../db/page_rows.js';
import {escalationPolicies, pageEvents, pages} from '../db/schema.js';
import type {Position} from '../domain/paging_state.js';
import {createPageService, type PageService} from '../paging/page_service.js';
import {actor, fakePagingBot, pagingDeps} from '../test_support/paging_fakes.js';
import {databaseTargets, type DatabaseTarget} from '../test_support/databases.js';
import {startBoss} from './boss.js';
import {PAGE_ESCALATION, pageEscalationHandler, schedulePageTimer, startPageEscalationWorker} from './page_escalation.js';

const targets = await databaseTargets();
// A fixed clock in the past: every timer the pages queue is already due, so pg-boss runs them at once (no sleeping).
const T0 = new Date('2026-01-05T09:00:00Z');
const PAGES = 12;

type Instance = {name: string; conn: DbConnection; boss: PgBoss; service: PageService; timers: number};

// Exactly once across instances needs several connections to one database: PostgreSQL. PGlite (one process's
// database) runs the same flow with one instance.
describe.each(targets.map((t): [string, DatabaseTarget, number] => [`${t.name} with ${t.name === 'postgres' ? 2 : 1} instance(s)`, t, t.name === 'postgres' ? 2 : 1]))(
    'page escalation through pg-boss on %s', (_name, target, count) => {
        const fake = fakePagingBot();
        const instances: Instance[] = [];
        let cleanup: () => Promise<void> = () => Promise.resolve();

        beforeAll(async () => {
            const place = await target.create();
            cleanup = place.cleanup;
            for (let i = 0; i < count; i++) {
                const opened = await openDatabase(place);
                if (!opened.ok) {
                    throw new Error(opened.error);
                }
                const conn = opened.value;
                const boss = await startBoss(conn, (error) => {
                    throw error;
                });
                const instance: Instance = {name: `instance ${i + 1}`, conn, boss, timers: 0, service: undefined as never};
                instance.service = createPageService(pagingDeps(conn.db, {bot: fake.bot, now: () => T0,
                    jobs: {scheduleTimer: async (pageId, at, dueAt) => {
                        await schedulePageTimer(boss, pageId, at, dueAt);
                    }}}));
                await startPageEscalationWorker(boss, {paging: () => pagingPages(conn.db), onTimer: (pageId, at) => {
                    instance.timers += 1;
                    return instance.service.onTimer(pageId, at);
                }}, {pollingIntervalSeconds: 0.5});
                instances.push(instance);
            }
        }, 120_000);

        afterAll(async () => {
            for (const {boss, conn} of instances) {
                await boss.stop({graceful: true, timeout: 5000, close: false});
                await conn.close();
            }
            await cleanup();
        });

        it('walks every page to its end once, whichever instance (or a redelivered job) runs each timer', async () => {
            const [first] = instances;
            if (!first) {
                throw new Error('no instance started');
            }
            const {db} = first.conn;
            const [policy] = await db.insert(escalationPolicies).values({name: 'bob then erin, twice', repeat: 1,
                steps: [{notify: {users: ['bob']}, waitMinutes: 5}, {notify: {users: ['erin']}, waitMinutes: 5}]}).returning();
            const ids: string[] = [];
            for (let i = 0; i < PAGES; i++) {
                const by = instances[i % instances.length] ?? first;
                const created = await by.service.create({target: {kind: 'policy', policyId: policy?.id ?? ''}, message: `Alarm ${i}`}, actor('alice'));
                ids.push(created.ok ? created.value.id : '');
            }
            // pg-boss redelivers an expired job while its first run may still be going (issue #555): run the first
            // timer of every page a second time, by hand, on the last instance, racing the workers.
            const redeliver = pageEscalationHandler({onTimer: (pageId: string, at: Position) => (instances.at(-1) ?? first).service.onTimer(pageId, at)});
            await redeliver(ids.map((pageId, n) => ({id: `dup-${n}`, name: PAGE_ESCALATION, data: {pageId, step: 0, round: 0}, expireInSeconds: 60})));

            await vi.waitFor(async () => {
                expect((await db.select().from(pages).where(eq(pages.status, 'exhausted'))).length).toBe(PAGES);
            }, {timeout: 45_000, interval: 250});
            // Let a duplicate that is still queued surface before counting.
            await vi.waitFor(async () => {
                const {rows} = await first.conn.executeSql(`select count(*)::int as n from pgboss.job where name = $1 and state in ('created', 'retry', 'active')`, [PAGE_ESCALATION]);
                expect(rows[0]?.n).toBe(0);
            }, {timeout: 15_000, interval: 250});

            const events = await db.select().from(pageEvents).orderBy(asc(pageEvents.seq));
            for (const id of ids) {
                const kinds = events.filter((e) => e.pageId === id).map((e) => e.kind).filter((k) => k !== 'notified');
                expect(kinds).toEqual(['raised', 'escalated', 'escalated', 'escalated', 'exhausted', 'alerted']);
            }
            expect([fake.dmsTo('u-bob').length, fake.dmsTo('u-erin').length]).toEqual([2 * PAGES, 2 * PAGES]);
            expect(fake.posts.filter((p) => p.channelId === 'ch-sre-team')).toHaveLength(PAGES);
            const {rows} = await first.conn.executeSql(`select count(*)::int as n from pgboss.job where name = $1 and state = 'failed'`, [PAGE_ESCALATION]);
            expect(rows[0]?.n).toBe(0);
            console.log(`timers run: ${instances.map((i) => `${i.name} ${i.timers}`).join(', ')}`);
        }, 90_000);
    });
