import type PgBoss from 'pg-boss';
import {afterAll, beforeAll, beforeEach, describe, expect, it, vi} from 'vitest';
import {digestRuns, triageEvents, triageItems} from '../db/schema.js';
import {ok} from '../domain/result.js';
import type {DigestSchedule} from '../domain/triage_digest_schedule.js';
import {databaseTargets, type DatabaseTarget} from '../test_support/databases.js';
import {useTestDatabase} from '../test_support/use_test_database.js';
import {fakeIncidentBot} from '../test_support/fake_incident_bot.js';
import {startBoss} from './boss.js';
import {digestHandler, digestSlotsAtStart, digestWeekOf, runDigest, startDigestWorker, TRIAGE_DIGEST, type DigestDeps} from './triage_digest.js';

const targets = await databaseTargets();
const H = 3_600_000;
const DAY = 24 * H;
// Wednesday; the slot before it is Tuesday 09:00 in Berlin (08:00 UTC), the next one a week later.
const NOW = new Date('2025-03-12T10:00:00Z');
const LAST_SLOT = new Date('2025-03-11T08:00:00Z');
const NEXT_SLOT = new Date('2025-03-18T08:00:00Z');
const BERLIN: DigestSchedule = {weekday: 2, time: '09:00', timeZone: 'Europe/Berlin'};
const ago = (ms: number, from = NOW) => new Date(from.getTime() - ms);

describe.each(targets.map((t): [string, DatabaseTarget] => [t.name, t]))('weekly triage digest on %s', (_name, target) => {
    const conn = useTestDatabase(target);
    let fake: ReturnType<typeof fakeIncidentBot>;

    beforeEach(async () => {
        await conn().db.delete(triageItems);
        await conn().db.delete(digestRuns);
        fake = fakeIncidentBot();
        fake.channels.push({id: 'ch-sre-team', name: 'cloud-sre-team', teamId: 'team1', creatorId: 'u-admin'});
    });

    const deps = (over: Partial<DigestDeps> = {}): DigestDeps => ({
        db: conn().db, bot: {...fake.bot, getMyTeams: () => Promise.resolve(ok([{id: 'team1', name: 'cloud'}, {id: 'team2', name: 'other'}]))},
        schedule: BERLIN, channel: 'cloud-sre-team', teams: ['cloud'], siteUrl: 'https://chat.example.com',
        sla: {untriagedP1Hours: 2, untriagedDays: 7}, now: () => NOW, log: {info: () => undefined, warn: () => undefined}, ...over,
    });
    const digests = () => fake.posts.filter((p) => p.channelId === 'ch-sre-team');
    const ranBefore = (ranAt: Date) => conn().db.insert(digestRuns).values({weekStart: digestWeekOf(ranAt, BERLIN.timeZone), slotAt: ranAt, ranAt});

    it('posts once when two instances run the same slot at the same time', async () => {
        const outcomes = await Promise.all([runDigest(deps(), LAST_SLOT), runDigest(deps(), LAST_SLOT)]);
        expect(outcomes.map((o) => o.kind).sort()).toEqual(['already_ran', 'posted']);
        expect(digests()).toHaveLength(1);
        expect(await conn().db.select().from(digestRuns)).toEqual([{weekStart: '2025-03-10', slotAt: LAST_SLOT, ranAt: NOW}]);
    });

    it('lists the requests new since the last run and the SLA breaches with the configured limits', async () => {
        await ranBefore(ago(7 * DAY));
        const [p1, old] = await conn().db.insert(triageItems).values([
            {title: 'API down in eu-1', priority: 'p1', requesterUsername: 'carol', createdAt: ago(6 * H), sourcePostId: 'post-p1'},
            {title: 'Forgotten question', requesterUsername: 'dave', createdAt: ago(10 * DAY)},
            {title: 'Rotate the certs', category: 'automation', status: 'accepted', requesterUsername: 'erin', createdAt: ago(2 * DAY), triagedAt: ago(DAY)},
        ]).returning();
        await conn().db.insert(triageEvents).values({requestId: old?.id ?? '', kind: 'declined', at: ago(8 * DAY)});
        await runDigest(deps(), LAST_SLOT);
        const message = digests()[0]?.message ?? '';
        const section = (title: string) => message.split(`##### ${title}\n`)[1]?.split('\n\n')[0] ?? '';
        expect(section('New since the last digest')).toMatch(new RegExp(`\\[#${p1?.number} API down in eu-1\\]\\(https://chat.example.com/cloud/pl/post-p1\\)`));
        expect(section('New since the last digest')).toContain('Rotate the certs');
        expect(section('New since the last digest')).not.toContain('Forgotten question');
        expect(section('SLA breaches')).toMatch(/API down in eu-1.*untriaged for 6 h \(limit 2 h\)/);
        expect(section('SLA breaches')).toMatch(/Forgotten question.*untriaged for 10 d \(limit 7 d\)/);
        // The decline happened before the last digest, so this week has none.
        expect(section('Decided since the last digest')).toBe('0 accepted · 0 declined · 0 marked duplicate');
    });

    it('posts in each wanted team that has the channel and says where it could not', async () => {
        const warnings: object[] = [];
        await runDigest(deps({teams: [], log: {info: () => undefined, warn: (obj) => void warnings.push(obj)}}), LAST_SLOT);
        expect(digests()).toHaveLength(1);
        expect(warnings).toEqual([{team: 'other', channel: 'cloud-sre-team'}]);
    });

    it('at start sends only the next slot when nothing was missed, and the past slot too when one was', async () => {
        expect(await digestSlotsAtStart(deps())).toEqual([NEXT_SLOT]);
        await ranBefore(ago(15 * DAY));
        expect(await digestSlotsAtStart(deps())).toEqual([LAST_SLOT, NEXT_SLOT]);
        await ranBefore(LAST_SLOT);
        expect(await digestSlotsAtStart(deps())).toEqual([NEXT_SLOT]);
    });

    it('schedules the next slot after a run, also when the week was already claimed', async () => {
        const next: Date[] = [];
        const handle = digestHandler(deps(), (slotAt) => Promise.resolve(next.push(slotAt)));
        const job = {id: 'j1', name: TRIAGE_DIGEST, data: {slotAt: LAST_SLOT.toISOString()}} as PgBoss.Job<{slotAt: string}>;
        await handle([job]);
        await handle([job]);
        expect(digests()).toHaveLength(1);
        expect(next).toEqual([NEXT_SLOT, NEXT_SLOT]);
    });

    describe('through pg-boss, on the real clock', () => {
        let boss: PgBoss;
        const UTC: DigestSchedule = {weekday: 2, time: '09:00', timeZone: 'UTC'};
        beforeAll(async () => {
            boss = await startBoss(conn(), (error) => {
                throw error;
            });
        }, 60_000);
        afterAll(() => boss.stop({graceful: false, close: false}));
        const jobs = () => conn().executeSql(`SELECT state::text AS state, start_after FROM pgboss.job WHERE name = $1 ORDER BY start_after`, [TRIAGE_DIGEST]);

        it('runs a missed slot on start and leaves the next one waiting', async () => {
            await conn().executeSql('DELETE FROM pgboss.job WHERE name = $1', [TRIAGE_DIGEST]);
            await ranBefore(ago(15 * DAY, new Date()));
            await startDigestWorker(boss, deps({schedule: UTC, now: undefined}));
            await vi.waitFor(() => expect(digests()).toHaveLength(1), {timeout: 20_000, interval: 100});
            await vi.waitFor(async () => expect((await jobs()).rows.map((r) => r.state)).toEqual(['completed', 'created']), {timeout: 20_000, interval: 100});
            const waiting = (await jobs()).rows[1];
            expect(new Date(String(waiting?.start_after)).getTime()).toBeGreaterThan(Date.now());
        }, 30_000);
    });
});
