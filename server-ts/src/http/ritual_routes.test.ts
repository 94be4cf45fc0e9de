import ICAL from 'ical.js';
import {afterAll, beforeAll, beforeEach, describe, expect, it} from 'vitest';
import type {RitualBody, RitualList, RitualView} from '../contract/rituals.js';
import {loadSummaryRows} from '../db/load_summary_rows.js';
import {ritualRuns, rituals as ritualTable} from '../db/schema.js';
import {assembleSummary} from '../domain/summary.js';
import {createRitualCalendar} from '../rituals/ritual_calendar.js';
import {createRitualService} from '../rituals/ritual_service.js';
import {databaseTargets, type DatabaseTarget} from '../test_support/databases.js';
import {fakeAppDeps, unused} from '../test_support/fake_app_deps.js';
import {useTestDatabase} from '../test_support/use_test_database.js';
import {buildApp} from './app.js';
import {signInByName} from '../test_support/sign_in_by_name.js';

const targets = await databaseTargets();
const whoAmI = signInByName(['alice', 'dave']);
const API = '/sre-toolkit/api/v1';
// Monday 30 March 2026, 09:00 in Berlin (07:00Z, the day after the clocks went forward).
const NOW = new Date('2026-03-30T07:00:00Z');
const MISSING = '6f1c1d1e-0000-4000-8000-000000000000';
const REVIEW: RitualBody = {name: 'Incident Review', timeZone: 'Europe/Berlin', cadence: {kind: 'weekly', weekday: 1, time: '10:00'},
    channelName: 'cloud-sre-team', leadMinutes: 15, attendees: ['SRE', 'Release'], agenda: 'incident-review', notes: 'Bring the numbers'};
const GAMEDAY: RitualBody = {name: 'Chaos Gameday', timeZone: 'America/New_York', cadence: {kind: 'monthly', nth: -1, weekday: 5, time: '16:00'},
    channelName: '~chaos', agenda: 'gameday'};

describe.each(targets.map((t): [string, DatabaseTarget] => [t.name, t]))('ritual routes on %s', (_name, target) => {
    const conn = useTestDatabase(target);
    let app: Awaited<ReturnType<typeof buildApp>>;
    const as = (user: string) => ({authorization: `Bearer ${user}`});
    const send = (method: 'POST' | 'PUT', url: string, user: string, payload?: object) =>
        app.inject({method, url: `${API}${url}`, headers: as(user), ...(payload ? {payload} : {})});
    const get = (url: string) => app.inject({url: `${API}${url}`, headers: as('dave')});
    const create = async (body: RitualBody) => (await send('POST', '/rituals', 'alice', body)).json<RitualView>();
    const list = async () => (await get('/rituals')).json<RitualList>();

    beforeAll(async () => {
        const isSre = (actor: {username: string}) => Promise.resolve(actor.username === 'alice');
        const rituals = createRitualService({db: conn().db, isSre, now: () => NOW,
            calendar: createRitualCalendar({db: conn().db, publicUrl: 'https://chat.example.com/', now: () => NOW}),
            agendas: {db: conn().db, kpis: unused('kpis'), publicUrl: 'https://chat.example.com', sla: {untriagedP1Hours: 4, untriagedDays: 7}}});
        app = await buildApp(fakeAppDeps({whoAmI, isSre, rituals}));
    }, 60_000);
    beforeEach(async () => {
        await conn().db.delete(ritualTable);
    });
    afterAll(() => app.close());

    it('creates a ritual and lists it with its next three starts in its zone, no run yet, and the feed URL', async () => {
        const created = await send('POST', '/rituals', 'alice', REVIEW);
        expect(created.statusCode).toBe(201);
        const review = created.json<RitualView>();
        expect(review).toEqual({id: expect.any(String) as unknown, slug: 'incident-review', name: 'Incident Review', timeZone: 'Europe/Berlin',
            cadence: {kind: 'weekly', weekday: 1, time: '10:00'}, channelName: 'cloud-sre-team', leadMinutes: 15, attendees: ['SRE', 'Release'],
            agenda: 'incident-review', notes: 'Bring the numbers', isActive: true,
            nextOccurrences: ['2026-03-30T08:00:00.000Z', '2026-04-06T08:00:00.000Z', '2026-04-13T08:00:00.000Z'], lastRun: null});
        const gameday = await create(GAMEDAY);
        expect(gameday).toMatchObject({slug: 'chaos-gameday', channelName: 'chaos', leadMinutes: 15, attendees: [], notes: '', agenda: 'gameday',
            // Last Fridays at 16:00 New York time (EDT); 27 March has passed.
            nextOccurrences: ['2026-04-24T20:00:00.000Z', '2026-05-29T20:00:00.000Z', '2026-06-26T20:00:00.000Z']});
        const listed = await list();
        expect(listed.rituals.map((r) => r.name)).toEqual(['Chaos Gameday', 'Incident Review']);
        expect(listed.rituals[1]).toEqual(review);
        expect(listed.calendarUrl).toMatch(/^https:\/\/chat\.example\.com\/sre-toolkit\/calendar\/rituals\/[0-9a-f]{64}\.ics$/);
        expect((await get(`/rituals/${review.id}`)).json()).toEqual(review);
    });

    it.each<[string, object, string[], RegExp]>([
        ['an unknown cadence', {...REVIEW, cadence: {kind: 'fortnightly', weekday: 1, time: '10:00'}}, ['cadence'], /unknown ritual cadence/],
        ['a lead over a day and an unknown agenda', {...REVIEW, leadMinutes: 2000, agenda: 'standup'}, ['agenda', 'leadMinutes'], /leadMinutes: /],
        ['a zone and a channel that do not exist', {...REVIEW, timeZone: 'Mars/Olympus', channelName: 'SRE team'}, ['channelName', 'timeZone'], /timeZone: /],
        ['too many attendees and long notes', {...REVIEW, attendees: Array.from({length: 21}, () => 'SRE'), notes: 'x'.repeat(2001)}, ['attendees', 'notes'], /notes: /],
        ['a lead that is not a number', {...REVIEW, leadMinutes: '15'}, ['leadMinutes'], /./],
        ['no cadence at all', {name: 'x', timeZone: 'UTC', channelName: 'x'}, ['cadence'], /required/],
    ])('answers 400 naming the fields for %s, and saves nothing', async (_name, body, fields, message) => {
        const answer = await send('POST', '/rituals', 'alice', body);
        expect(answer.statusCode).toBe(400);
        expect(Object.keys(answer.json<{fields: object}>().fields).sort()).toEqual(fields);
        expect(answer.json<{message: string}>().message).toMatch(message);
        expect(await conn().db.select().from(ritualTable)).toEqual([]);
    });

    it('lets only SREs write, 404s a missing ritual, and leaves a refused edit unsaved', async () => {
        const {id} = await create(REVIEW);
        expect((await send('POST', '/rituals', 'dave', GAMEDAY)).statusCode).toBe(403);
        expect((await send('PUT', `/rituals/${id}`, 'dave', GAMEDAY)).statusCode).toBe(403);
        expect((await send('POST', `/rituals/${id}/deactivate`, 'dave')).statusCode).toBe(403);
        expect((await send('POST', '/rituals/calendar-token', 'dave')).statusCode).toBe(403);
        expect((await get(`/rituals/${MISSING}`)).statusCode).toBe(404);
        expect((await get(`/rituals/${MISSING}/agenda`)).statusCode).toBe(404);
        expect((await send('PUT', `/rituals/${MISSING}`, 'alice', REVIEW)).statusCode).toBe(404);
        expect((await send('PUT', `/rituals/${id}`, 'alice', {...REVIEW, name: 'Renamed', leadMinutes: -5})).statusCode).toBe(400);
        expect((await list()).rituals).toMatchObject([{name: 'Incident Review', leadMinutes: 15}]);
    });

    it('edits every field but the slug, deactivates (by PUT or the action) and reactivates, and the summary follows', async () => {
        const {id} = await create(REVIEW);
        const summaryRituals = async () => assembleSummary(await loadSummaryRows(conn().db, () => Promise.resolve({schedules: [], problems: []}), NOW), NOW).summary.rituals;
        expect((await summaryRituals()).map((r) => r.name)).toEqual(['Incident Review']);
        const edited = await send('PUT', `/rituals/${id}`, 'alice', {...REVIEW, name: 'Monday review', cadence: {kind: 'weekly', weekday: 2, time: '09:30'}, isActive: false});
        expect(edited.json()).toMatchObject({id, slug: 'incident-review', name: 'Monday review', cadence: {weekday: 2, time: '09:30'}, isActive: false, nextOccurrences: []});
        expect(await summaryRituals()).toEqual([]);
        const back = await send('PUT', `/rituals/${id}`, 'alice', {...REVIEW, isActive: true});
        expect(back.json()).toMatchObject({isActive: true, nextOccurrences: ['2026-03-30T08:00:00.000Z', '2026-04-06T08:00:00.000Z', '2026-04-13T08:00:00.000Z']});
        expect((await summaryRituals())).toMatchObject([{name: 'Incident Review', nextAt: '2026-03-30T08:00:00.000Z'}]);
        // A PUT without isActive leaves it as it is.
        await send('POST', `/rituals/${id}/deactivate`, 'alice');
        expect((await send('PUT', `/rituals/${id}`, 'alice', REVIEW)).json()).toMatchObject({isActive: false});
        expect((await list()).rituals).toMatchObject([{id, isActive: false}]);
    });

    it('shows the last run, and previews the next agenda', async () => {
        const {id} = await create({...REVIEW, agenda: 'none'});
        await conn().db.insert(ritualRuns).values({ritualId: id, occurrenceAt: new Date('2026-03-23T09:00:00Z'), postedAt: new Date('2026-03-23T09:02:00Z'), late: true, postId: 'p1'});
        expect((await list()).rituals[0]?.lastRun).toEqual({occurrenceAt: '2026-03-23T09:00:00.000Z', postedAt: '2026-03-23T09:02:00.000Z', late: true, postId: 'p1'});
        const preview = await get(`/rituals/${id}/agenda`);
        expect(preview.json()).toEqual({occurrenceAt: '2026-03-30T08:00:00.000Z', markdown: ['#### :calendar: Agenda: Incident Review',
            '**When:** Monday 30 March 2026, 10:00 (Europe/Berlin)', '**Attendees:** SRE, Release', '**Notes:**', '> Bring the numbers'].join('\n')});
        const review = await create({...REVIEW, name: 'Second review'});
        expect((await get(`/rituals/${review.id}/agenda`)).json<{markdown: string}>().markdown).toContain('##### Overdue follow-ups');
    });

    it('serves the active rituals as an iCal feed without a session, and a new token cuts the old URL off', async () => {
        await create(REVIEW);
        const paused = await create({...GAMEDAY, name: 'Paused', isActive: false});
        const url = (await list()).calendarUrl;
        const feed = await app.inject({url: new URL(url).pathname});
        expect([feed.statusCode, feed.headers['content-type'], feed.headers['cache-control']]).toEqual([200, 'text/calendar; charset=utf-8', 'private, max-age=300']);
        const events = ICAL.Component.fromString(feed.body).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
        // From 30 days back to 26 weeks ahead: 4 past Mondays, then 26 more.
        expect(events).toHaveLength(30);
        expect(new Set(events.map((e) => e.summary))).toEqual(new Set(['Incident Review']));
        expect(events.map((e) => e.startDate.toJSDate().toISOString())).toContain('2026-03-30T08:00:00.000Z');
        expect(events[0]?.description).toBe('Attendees: SRE, Release\n\nBring the numbers');
        expect(feed.body).not.toContain(paused.id);
        const renewed = await send('POST', '/rituals/calendar-token', 'alice');
        const fresh = renewed.json<{url: string}>().url;
        expect(fresh).not.toBe(url);
        expect((await list()).calendarUrl).toBe(fresh);
        expect((await app.inject({url: new URL(url).pathname})).statusCode).toBe(404);
        expect((await app.inject({url: new URL(fresh).pathname})).statusCode).toBe(200);
        expect((await app.inject({url: '/sre-toolkit/calendar/rituals/nope.ics'})).json()).toEqual({code: 'not_found', message: 'Not found'});
    });
});
