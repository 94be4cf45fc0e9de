import {beforeEach, describe, expect, it} from 'vitest';
import type {Kpis, KpiQuery} from '../contract/kpis.js';
import {incidents, retrospectives, ritualRuns, rituals} from '../db/schema.js';
import {ok} from '../domain/result.js';
import {databaseTargets, type DatabaseTarget} from '../test_support/databases.js';
import {fakeIncidentBot} from '../test_support/fake_incident_bot.js';
import {useTestDatabase} from '../test_support/use_test_database.js';
import {sweepRitualAgendas, type RitualAgendaDeps} from './ritual_agendas.js';

const targets = await databaseTargets();
// Monday 10:00 in Berlin: 08:00Z since the clocks went forward on 29 March 2026, so the agenda is due at 07:45Z.
const POST_TIME = '2026-03-30T07:45:00Z';
const START = new Date('2026-03-30T08:00:00Z');
const NEXT_POST = new Date('2026-04-06T07:45:00Z');
const REVIEW = {slug: 'incident-review', name: 'Incident Review', timeZone: 'Europe/Berlin', cadence: {kind: 'weekly', weekday: 1, time: '10:00'},
    channelName: 'cloud-sre-team', leadMinutes: 15, attendees: ['SRE', 'Release'], agenda: 'incident-review' as const,
    // After the previous Monday's agenda was due: only this Monday's is to post.
    createdAt: new Date('2026-03-24T00:00:00Z'), updatedAt: new Date('2026-03-24T00:00:00Z')};
const LONG_AGO = new Date('2026-03-01T00:00:00Z');
const later = (iso: string, minutes: number) => new Date(new Date(iso).getTime() + minutes * 60_000).toISOString();

describe.each(targets.map((t): [string, DatabaseTarget] => [t.name, t]))('ritual agendas on %s', (_name, target) => {
    const conn = useTestDatabase(target);
    let fake: ReturnType<typeof fakeIncidentBot>;
    let ritualId: string;
    let kpiQueries: KpiQuery[];

    beforeEach(async () => {
        await conn().db.delete(rituals);
        await conn().db.delete(incidents);
        fake = fakeIncidentBot();
        fake.channels.push({id: 'ch-sre-team', name: 'cloud-sre-team', teamId: 'team1', creatorId: 'u-admin'});
        kpiQueries = [];
        const [row] = await conn().db.insert(rituals).values(REVIEW).returning();
        ritualId = row?.id ?? '';
    });

    const deps = (now: string): RitualAgendaDeps => ({
        db: conn().db, publicUrl: 'https://chat.example.com', sla: {untriagedP1Hours: 4, untriagedDays: 7}, teams: [], now: () => new Date(now),
        bot: {...fake.bot, getMyTeams: () => Promise.resolve(ok([{id: 'team1', name: 'cloud'}]))},
        kpis: {report: (query) => {
            kpiQueries.push(query);
            return Promise.resolve(ok(kpisWith(kpiQueries.length === 1 ? 4 : 2, query)));
        }},
        log: {info: () => undefined, warn: () => undefined},
    });
    const agendas = () => fake.posts.filter((p) => p.channelId === 'ch-sre-team');
    const runs = () => conn().db.select().from(ritualRuns);

    it('posts an agenda once when two instances sweep together, and records its post', async () => {
        const [incident] = await conn().db.insert(incidents).values({title: 'Checkout errors', severity: 'sev1', status: 'resolved', channelName: 'inc-1-checkout',
            resolvedAt: new Date('2026-03-26T14:00:00Z')}).returning();
        await conn().db.insert(retrospectives).values({incidentId: incident?.id ?? '', status: 'published'});
        const next = await Promise.all([sweepRitualAgendas(deps(POST_TIME)), sweepRitualAgendas(deps(POST_TIME))]);
        expect(next).toEqual([NEXT_POST, NEXT_POST]);
        expect(agendas()).toHaveLength(1);
        const [post] = agendas();
        expect(post?.message.split('\n').slice(0, 3)).toEqual(['#### :calendar: Agenda: Incident Review',
            '**When:** Monday 30 March 2026, 10:00 (Europe/Berlin)', '**Attendees:** SRE, Release']);
        expect(post?.message).toContain(`SEV1 #${incident?.number} Checkout errors ~inc-1-checkout · resolved Thu 26 Mar · ` +
            `[retrospective published](https://chat.example.com/sre-toolkit/api/v1/incidents/${incident?.id}/retrospective.md)`);
        expect(post?.props).toEqual({sre_step: 'ritual_agenda', sre_ritual_id: ritualId, sre_occurrence_at: START.toISOString()});
        expect(await runs()).toEqual([{ritualId, occurrenceAt: START, postedAt: new Date(POST_TIME), late: false, postId: post?.id}]);
        await sweepRitualAgendas(deps(later(POST_TIME, 5)));
        expect(agendas()).toHaveLength(1);
    }, 30_000);

    it('gives the claim back when the post fails, so the next sweep posts it', async () => {
        fake.failNext('createPost');
        await sweepRitualAgendas(deps(POST_TIME));
        expect([agendas().length, await runs()]).toEqual([0, []]);
        await sweepRitualAgendas(deps(later(POST_TIME, 1)));
        expect(agendas()).toHaveLength(1);
        expect(await runs()).toMatchObject([{occurrenceAt: START, late: false, postId: agendas()[0]?.id}]);
    }, 30_000);

    it('does not post twice when Mattermost made the post but the answer was lost', async () => {
        fake.loseNextReply('createPost');
        await sweepRitualAgendas(deps(POST_TIME));
        expect([agendas().length, await runs()]).toEqual([1, []]);
        await sweepRitualAgendas(deps(later(POST_TIME, 1)));
        expect(agendas()).toHaveLength(1);
        expect(await runs()).toMatchObject([{postId: agendas()[0]?.id}]);
    }, 30_000);

    it('takes over a claim whose instance died mid-post, but not one still being posted', async () => {
        await conn().db.insert(ritualRuns).values({ritualId, occurrenceAt: START, postedAt: new Date(later(POST_TIME, -1)), late: false});
        await sweepRitualAgendas(deps(POST_TIME));
        expect(agendas()).toHaveLength(0);
        await sweepRitualAgendas(deps(later(POST_TIME, 5)));
        expect(agendas()).toHaveLength(1);
        expect(await runs()).toMatchObject([{postId: agendas()[0]?.id, postedAt: new Date(later(POST_TIME, 5))}]);
    }, 30_000);

    it('after downtime posts only the last week\'s agenda, marked late, and nothing for a ritual edited since or inactive', async () => {
        // Created long ago: the agenda of 23 March (due 08:45Z) is more than a week before now, and stays unposted.
        await conn().db.update(rituals).set({createdAt: LONG_AGO, updatedAt: LONG_AGO});
        await sweepRitualAgendas(deps('2026-03-30T12:00:00Z'));
        expect(agendas().map((p) => p.message.split('\n')[1])).toEqual([':warning: _Posted late: the ritual had already started when this agenda was written._']);
        expect(await runs()).toMatchObject([{occurrenceAt: START, late: true}]);
        await conn().db.delete(ritualRuns);
        await conn().db.update(rituals).set({updatedAt: new Date(later(POST_TIME, 5))});
        expect(await sweepRitualAgendas(deps(later(POST_TIME, 10)))).toEqual(NEXT_POST);
        await conn().db.update(rituals).set({updatedAt: LONG_AGO, isActive: false});
        expect(await sweepRitualAgendas(deps(later(POST_TIME, 10)))).toBeNull();
        expect(agendas()).toHaveLength(1);
    }, 30_000);

    it('builds the KPI agenda from the last seven days and the seven before', async () => {
        await conn().db.update(rituals).set({agenda: 'kpis'});
        await sweepRitualAgendas(deps(POST_TIME));
        expect(kpiQueries).toEqual([{from: '2026-03-23T07:45:00.000Z', to: '2026-03-30T07:45:00.000Z'}, {from: '2026-03-16T07:45:00.000Z', to: '2026-03-23T07:45:00.000Z'}]);
        expect(agendas()[0]?.message).toContain('| Incidents | 4 | 2 | ↑ 2 |');
    }, 30_000);
});

function kpisWith(count: number, query: KpiQuery): Kpis {
    const zero = {reliability: 0, availability_cost: 0, automation: 0, security: 0, documentation: 0, ktlo: 0};
    return {from: query.from, to: query.to,
        incidents: {count, bySeverity: {sev1: 0, sev2: 0, sev3: 0, sev4: 0}, byTier: {cloud: 0, community: 0, internal: 0, none: 0},
            mttaSeconds: null, mttrSeconds: null, timeToMitigateSeconds: null, retroOnTimeRatio: null},
        followUps: {open: 0, overdue: 0, completionRatio: null},
        triage: {received: 0, timeToTriageP50Seconds: null, timeToTriageP90Seconds: null, slaBreaches: 0, openByCategory: zero},
        oncall: {pages: 0, offHoursPages: 0, pagesPerShift: null, gapsSeconds: 0}};
}
