import {beforeEach, describe, expect, it} from 'vitest';
import {incidentEvents, incidents, pages} from '../db/schema.js';
import {databaseTargets, type DatabaseTarget} from '../test_support/databases.js';
import {actor, fakePagingBot, pagingDeps} from '../test_support/paging_fakes.js';
import {useTestDatabase} from '../test_support/use_test_database.js';
import {createPageService, type PageService} from './page_service.js';

const targets = await databaseTargets();
const T0 = new Date('2026-03-30T10:00:00Z');
const alice = actor('alice');

describe.each(targets.map((t): [string, DatabaseTarget] => [t.name, t]))('pages from drills on %s', (_name, target) => {
    const conn = useTestDatabase(target);
    let fake: ReturnType<typeof fakePagingBot>;
    let deps: ReturnType<typeof pagingDeps>;
    let service: PageService;

    beforeEach(async () => {
        const {db} = conn();
        await db.delete(pages);
        await db.delete(incidentEvents);
        await db.delete(incidents);
        fake = fakePagingBot();
        deps = pagingDeps(db, {bot: fake.bot, now: () => T0});
        service = createPageService(deps);
    });

    // A drill as /sre gameday declares it: the scenario and the pageRealOnCall choice on its 'declared' event.
    const drill = async (pageRealOnCall: boolean | null) => {
        const [row] = await conn().db.insert(incidents).values({title: 'Gameday: Kill the primary DB', severity: 'sev3', isDrill: true,
            channelId: 'ch-drill', teamId: 'team1', drillScenario: 'Kill the primary DB'}).returning();
        const data = {title: row?.title, severity: 'sev3', template: 'Chaos gameday drill', ...(pageRealOnCall === null ? {} : {scenario: 'Kill the primary DB', pageRealOnCall})};
        await conn().db.insert(incidentEvents).values({incidentId: row?.id ?? '', kind: 'declared', data, at: T0});
        return {id: row?.id ?? '', number: row?.number ?? 0};
    };
    const pageBob = (incidentId: string, real?: boolean) =>
        service.create({target: {kind: 'user', username: 'bob'}, message: 'Replica lag at 30 s', incidentId, ...(real === undefined ? {} : {real})}, alice);

    it.each<[string, boolean | null, boolean | undefined]>([
        ['a gameday started without pageRealOnCall', false, undefined],
        ['a drill declared from its template', null, false],
    ])('refuses a page from %s unless it asks, and saves, sends and schedules nothing', async (_name, pageRealOnCall, real) => {
        const {id, number} = await drill(pageRealOnCall);
        expect(await pageBob(id, real)).toEqual({ok: false, error: {real: `#${number} is a drill, and drills never page the real on-call unless asked: ` +
            'add --real to the command (`/sre page @bob --real <message>`), or tick "Page real people" in the sidebar'}});
        expect(await conn().db.select().from(pages)).toEqual([]);
        expect([fake.posts, deps.timers]).toEqual([[], []]);
    });

    it('pages for real when the page asks, saying DRILL in the DM and in the drill\'s channel', async () => {
        const {id, number} = await drill(false);
        const page = await pageBob(id, true);
        expect(page).toMatchObject({ok: true, value: {status: 'paging', notified: ['bob'], incidentId: id}});
        expect(fake.dmsTo('u-bob').map((p) => p.message)).toEqual([expect.stringMatching(
            new RegExp(`^:rotating_light: \\*\\*DRILL · Page #\\d+\\*\\* from @alice \\(@bob · incident #${number} Gameday: Kill the primary DB\\)`)) as unknown]);
        expect(fake.posts.filter((p) => p.channelId === 'ch-drill').map((p) => p.message)).toEqual([expect.stringMatching(/^:rotating_light: DRILL · Paged @bob/) as unknown]);
    });

    it('pages from a gameday started with pageRealOnCall without asking again', async () => {
        const {id} = await drill(true);
        expect(await pageBob(id)).toMatchObject({ok: true, value: {status: 'paging', notified: ['bob']}});
        expect(fake.dmsTo('u-bob')).toHaveLength(1);
    });

    it('pages from a real incident as ever, `real` or not', async () => {
        const [row] = await conn().db.insert(incidents).values({title: 'Checkout errors', severity: 'sev1', channelId: 'ch-inc', teamId: 'team1'}).returning();
        expect(await pageBob(row?.id ?? '')).toMatchObject({ok: true});
        expect(fake.dmsTo('u-bob')[0]?.message).toMatch(/^:rotating_light: \*\*Page #\d+\*\*/);
    });
});
