import ICAL from 'ical.js';
import {pino} from 'pino';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Schedule} from '../contract/schedules.js';
import {insertSchedule, type ScheduleRecord} from '../db/schedule_rows.js';
import {createCalendarFeeds, type CalendarFeeds} from '../oncall/calendar_feeds.js';
import {createScheduleCatalog} from '../oncall/schedule_catalog.js';
import {databaseTargets, type DatabaseTarget} from '../test_support/databases.js';
import {fakeAppDeps} from '../test_support/fake_app_deps.js';
import {useTestDatabase} from '../test_support/use_test_database.js';
import {buildApp} from './app.js';
import {signInByName} from '../test_support/sign_in_by_name.js';

const targets = await databaseTargets();
const NOW = new Date('2026-04-01T12:00:00Z');
const API = '/sre-toolkit/api/v1';
const whoAmI = signInByName(['alice', 'bob']);

const layer = (name: string, users: string[]): Schedule['layers'][number] =>
    ({name, users, rotation: {every: 1, unit: 'day'}, start: '2026-03-01T09:00', restrictions: []});
const PRIMARY: Schedule = {name: 'SRE primary', timeZone: 'Europe/Berlin', layers: [layer('daily', ['alice', 'bob'])], overrides: []};
const PLATFORM: Schedule = {name: 'Internal platform', timeZone: 'UTC', layers: [layer('daily', ['bob', 'erin', 'dave'])], overrides: []};

const summariesOf = (text: string) => ICAL.Component.fromString(text).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c).summary);

describe.each(targets.map((t): [string, DatabaseTarget] => [t.name, t]))('calendar routes on %s', (_name, target) => {
    const conn = useTestDatabase(target);
    let app: Awaited<ReturnType<typeof buildApp>>;
    let primary: ScheduleRecord;
    let calendars: CalendarFeeds;
    const as = (user: string) => ({authorization: `Bearer ${user}`});
    const call = (method: 'GET' | 'POST', url: string, user: string) => app.inject({method, url: `${API}${url}`, headers: as(user)});
    const urlFrom = async (method: 'GET' | 'POST', url: string, user: string) => {
        const res = await call(method, url, user);
        expect(res.statusCode).toBe(200);
        return res.json<{url: string}>().url;
    };
    // Calendar apps fetch the absolute URL with no session: the path is what reaches the companion.
    const fetchFeed = (url: string) => app.inject({url: new URL(url).pathname});

    beforeAll(async () => {
        primary = await insertSchedule(conn().db, PRIMARY);
        await insertSchedule(conn().db, PLATFORM);
        calendars = createCalendarFeeds({db: conn().db, catalog: createScheduleCatalog(conn().db), publicUrl: 'https://chat.example.com',
            isSre: (a) => Promise.resolve(a.username === 'alice'), timeZone: 'UTC', now: () => NOW});
        app = await buildApp(fakeAppDeps({whoAmI, calendars, isSre: (a) => Promise.resolve(a.username === 'alice')}));
    }, 60_000);
    afterAll(() => app.close());

    it('serves a person\'s feed without a session: text/calendar, privately cacheable, only their shifts from both schedules', async () => {
        const url = await urlFrom('GET', '/me/calendar', 'bob');
        expect(url).toMatch(/^https:\/\/chat\.example\.com\/sre-toolkit\/calendar\/[0-9a-f]{64}\.ics$/);
        expect(await urlFrom('GET', '/me/calendar', 'bob')).toBe(url);
        const res = await fetchFeed(url);
        expect([res.statusCode, res.headers['content-type'], res.headers['cache-control']])
            .toEqual([200, 'text/calendar; charset=utf-8', 'private, max-age=300']);
        const summaries = summariesOf(res.body);
        expect(new Set(summaries)).toEqual(new Set(['On call: SRE primary', 'On call: Internal platform']));
        const alice = summariesOf((await fetchFeed(await urlFrom('GET', '/me/calendar', 'alice'))).body);
        expect(new Set(alice)).toEqual(new Set(['On call: SRE primary']));
    });

    it('serves a schedule\'s feed naming each person on call', async () => {
        const url = await urlFrom('GET', `/schedules/${primary.id}/calendar`, 'bob');
        const res = await fetchFeed(url);
        expect(res.statusCode).toBe(200);
        expect(new Set(summariesOf(res.body))).toEqual(new Set(['On call: @alice (SRE primary)', 'On call: @bob (SRE primary)']));
    });

    it.each([
        ['an unknown token', `/sre-toolkit/calendar/${'0'.repeat(64)}.ics`],
        ['an empty-looking token', '/sre-toolkit/calendar/.ics'],
    ])('answers 404 for %s, saying nothing more', async (_name, url) => {
        const res = await app.inject({url});
        expect([res.statusCode, res.json()]).toEqual([404, {code: 'not_found', message: expect.any(String) as unknown}]);
        expect(res.body).not.toMatch(/token|schedule|person/i);
    });

    it('regenerates my URL: the old one answers 404 from then on', async () => {
        const old = await urlFrom('GET', '/me/calendar', 'alice');
        const fresh = await urlFrom('POST', '/me/calendar-token', 'alice');
        expect(fresh).not.toBe(old);
        expect([(await fetchFeed(old)).statusCode, (await fetchFeed(fresh)).statusCode]).toEqual([404, 200]);
        expect(await urlFrom('GET', '/me/calendar', 'alice')).toBe(fresh);
    });

    it('lets only SREs regenerate a schedule\'s URL (403 for others), cutting off the old one', async () => {
        const old = await urlFrom('GET', `/schedules/${primary.id}/calendar`, 'bob');
        const denied = await call('POST', `/schedules/${primary.id}/calendar-token`, 'bob');
        expect([denied.statusCode, denied.json<{code: string}>().code]).toEqual([403, 'forbidden']);
        expect((await fetchFeed(old)).statusCode).toBe(200);
        const fresh = await urlFrom('POST', `/schedules/${primary.id}/calendar-token`, 'alice');
        expect([(await fetchFeed(old)).statusCode, (await fetchFeed(fresh)).statusCode]).toEqual([404, 200]);
        expect(await urlFrom('GET', `/schedules/${primary.id}/calendar`, 'bob')).toBe(fresh);
    });

    it('keeps feed tokens out of the request log', async () => {
        const lines: string[] = [];
        const logged = await buildApp(fakeAppDeps({whoAmI, calendars, logger: pino({level: 'info'}, {write: (l: string) => void lines.push(l)})}));
        try {
            const url = (await logged.inject({url: `${API}/me/calendar`, headers: as('bob')})).json<{url: string}>().url;
            const feed = await logged.inject({url: new URL(url).pathname});
            expect(feed.statusCode).toBe(200);
            expect(lines.join('')).toContain('/me/calendar');
            expect(lines.join('')).not.toContain(/\/([0-9a-f]{64})\.ics/.exec(url)?.[1] ?? 'no token in the URL');
        } finally {
            await logged.close();
        }
    });

    it.each<[string, 'GET' | 'POST', string, string | null, number]>([
        ['unknown schedule', 'POST', '/schedules/00000000-0000-4000-8000-000000000000/calendar-token', 'alice', 404],
        ['unknown schedule (read)', 'GET', '/schedules/00000000-0000-4000-8000-000000000000/calendar', 'bob', 404],
        ['malformed schedule id', 'POST', '/schedules/nope/calendar-token', 'alice', 400],
        ['no session', 'GET', '/me/calendar', null, 401],
        ['no session (regenerate)', 'POST', '/me/calendar-token', null, 401],
    ])('refuses: %s', async (_name, method, url, user, status) => {
        const res = await app.inject({method, url: `${API}${url}`, headers: user === null ? {} : as(user)});
        expect(res.statusCode).toBe(status);
    });
});
