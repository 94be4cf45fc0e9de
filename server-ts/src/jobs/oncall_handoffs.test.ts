import {beforeEach, describe, expect, it} from 'vitest';
import {handoffNotices, incidents, schedules} from '../db/schema.js';
import {ok} from '../domain/result.js';
import {createScheduleCatalog} from '../oncall/schedule_catalog.js';
import {databaseTargets, type DatabaseTarget} from '../test_support/databases.js';
import {fakeIncidentBot} from '../test_support/fake_incident_bot.js';
import {useTestDatabase} from '../test_support/use_test_database.js';
import {sweepHandoffs, type HandoffDeps} from './oncall_handoffs.js';

const targets = await databaseTargets();
const USERS = [{id: 'u-bob', username: 'bob'}, {id: 'u-erin', username: 'erin'}];
// Daily hand-offs at 09:00 Berlin (08:00Z in winter) from 2 March 2026, bob first.
const DAILY = {overrides: [], layers: [{name: 'daily', users: ['bob', 'erin'], rotation: {every: 1, unit: 'day' as const}, start: '2026-03-02T09:00', restrictions: []}]};
// Created after the first shift began: that start is history, not a hand-off to announce.
const CREATED = new Date('2026-03-02T12:00:00Z');

describe.each(targets.map((t): [string, DatabaseTarget] => [t.name, t]))('on-call hand-offs on %s', (_name, target) => {
    const conn = useTestDatabase(target);
    let fake: ReturnType<typeof fakeIncidentBot>;

    beforeEach(async () => {
        await conn().db.delete(schedules);
        await conn().db.delete(incidents);
        fake = fakeIncidentBot(USERS);
        fake.channels.push({id: 'ch-sre-team', name: 'cloud-sre-team', teamId: 'team1', creatorId: 'u-admin'});
        await conn().db.insert(schedules).values({name: 'SRE primary', timeZone: 'Europe/Berlin', definition: DAILY, createdAt: CREATED});
        await conn().db.insert(incidents).values({title: 'Checkout errors', severity: 'sev1', channelName: 'inc-1-checkout'});
    });

    const deps = (now: string): HandoffDeps => ({
        db: conn().db, catalog: createScheduleCatalog(conn().db), teams: [], channel: 'cloud-sre-team', now: () => new Date(now),
        bot: {...fake.bot, getMyTeams: () => Promise.resolve(ok([{id: 'team1', name: 'cloud'}])),
            openDirectChannel: ([, user]) => Promise.resolve(ok(`dm-${user}`))},
        log: {info: () => undefined, warn: () => undefined},
    });
    const inChannel = () => fake.posts.filter((p) => p.channelId === 'ch-sre-team').map((p) => p.message.split('\n')[0]);

    it('announces a hand-off once when two instances sweep together, in the channel and to both people', async () => {
        const next = await Promise.all([sweepHandoffs(deps('2026-03-03T08:00:30Z')), sweepHandoffs(deps('2026-03-03T08:00:30Z'))]);
        expect(inChannel()).toEqual(['#### On-call hand-off (SRE primary): @bob → @erin']);
        expect(fake.posts.filter((p) => p.channelId.startsWith('dm-')).map((p) => p.channelId).sort()).toEqual(['dm-u-bob', 'dm-u-erin']);
        expect(fake.posts[0]?.message).toContain('SEV1 #');
        expect(next).toEqual([new Date('2026-03-04T08:00:00Z'), new Date('2026-03-04T08:00:00Z')]);
        await sweepHandoffs(deps('2026-03-03T08:05:00Z'));
        expect(inChannel()).toHaveLength(1);
    });

    it('after downtime sends each missed hand-off once, marked late, never one from before the schedule existed', async () => {
        await sweepHandoffs(deps('2026-03-05T12:00:00Z'));
        expect(inChannel()).toEqual([
            expect.stringMatching(/@bob → @erin _\(late notice: the hand-off was at 2026-03-03 08:00 UTC\)_$/),
            expect.stringMatching(/@erin → @bob _\(late notice/),
            expect.stringMatching(/@bob → @erin _\(late notice/),
        ]);
        const rows = await conn().db.select().from(handoffNotices);
        expect(rows.map((r) => [r.handoffAt.toISOString(), r.isLate])).toEqual([
            ['2026-03-03T08:00:00.000Z', true], ['2026-03-04T08:00:00.000Z', true], ['2026-03-05T08:00:00.000Z', true]]);
        await sweepHandoffs(deps('2026-03-05T12:01:00Z'));
        expect(inChannel()).toHaveLength(3);
    });
});
