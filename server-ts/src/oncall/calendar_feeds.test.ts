import {eq} from 'drizzle-orm';
import ICAL from 'ical.js';
import {beforeAll, describe, expect, it} from 'vitest';
import type {Schedule} from '../contract/schedules.js';
import {insertSchedule, type ScheduleRecord} from '../db/schedule_rows.js';
import {schedules} from '../db/schema.js';
import {databaseTargets, type DatabaseTarget} from '../test_support/databases.js';
import {useTestDatabase} from '../test_support/use_test_database.js';
import {createCalendarFeeds, feedWindow, type CalendarFeeds} from './calendar_feeds.js';
import {createScheduleCatalog} from './schedule_catalog.js';

const targets = await databaseTargets();
const NOW = new Date('2026-04-01T12:00:00Z');
const DAY = 86_400_000;
const actor = (username: string) => ({id: `u-${username}`, username, isSystemAdmin: false});

// Weekly in Berlin from Monday 5 January, 09:00 local: on 2 March (CET) hand-offs are at 08:00Z; from 30 March (CEST) at 07:00Z.
const PRIMARY: Schedule = {
    name: 'SRE primary', timeZone: 'Europe/Berlin',
    layers: [{name: 'weekly', users: ['alice', 'bob'], rotation: {every: 1, unit: 'week'}, start: '2026-01-05T09:00', restrictions: []}],
    overrides: [{user: 'dave', start: '2026-03-30T10:00:00Z', end: '2026-03-30T14:00:00Z'}],
};
const COMMUNITY: Schedule = {
    name: 'Community, nights', timeZone: 'UTC',
    layers: [{name: 'daily', users: ['bob', 'erin'], rotation: {every: 1, unit: 'day'}, start: '2026-03-01T00:00', restrictions: []}],
    overrides: [],
};

type Event = {uid: string; user: string; start: string; end: string; summary: string; description: string};
function eventsOf(text: string): Event[] {
    const calendar = ICAL.Component.fromString(text);
    return calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c)).map((e) => ({
        uid: e.uid, user: /@(\w+)/.exec(e.summary)?.[1] ?? '', summary: e.summary, description: e.description,
        start: e.startDate.toJSDate().toISOString(), end: e.endDate.toJSDate().toISOString(),
    }));
}
const line = (e: Event) => `${e.user} ${e.start.slice(5, 16)} → ${e.end.slice(5, 16)} ${e.description}`;

describe.each(targets.map((t): [string, DatabaseTarget] => [t.name, t]))('calendar feeds on %s', (_name, target) => {
    const conn = useTestDatabase(target);
    let primary: ScheduleRecord;
    let community: ScheduleRecord;
    const feedsAt = (now: Date): CalendarFeeds => createCalendarFeeds({db: conn().db, catalog: createScheduleCatalog(conn().db),
        isSre: (a) => Promise.resolve(a.username === 'alice'), publicUrl: 'https://chat.example.com/', timeZone: 'America/New_York', now: () => now});
    const tokenOf = (url: string) => /\/sre-toolkit\/calendar\/([0-9a-f]+)\.ics$/.exec(url)?.[1] ?? `not a feed URL: ${url}`;
    const feedText = async (feeds: CalendarFeeds, token: string) => {
        const text = await feeds.feed(token);
        if (text === null) {
            throw new Error('no feed for the token');
        }
        return text;
    };

    beforeAll(async () => {
        primary = await insertSchedule(conn().db, PRIMARY);
        community = await insertSchedule(conn().db, COMMUNITY);
    });

    it('serves a schedule over its window; the shift running at the window\'s start keeps its real start', async () => {
        const events = eventsOf(await feedText(feedsAt(NOW), primary.calendarToken));
        const {from, to} = feedWindow(NOW);
        expect([from.toISOString(), to.toISOString()]).toEqual(['2026-03-02T12:00:00.000Z', '2026-09-28T12:00:00.000Z']);
        expect(events.slice(0, 7).map(line)).toEqual([
            'alice 03-02T08:00 → 03-09T08:00 Layer "weekly" of SRE primary',
            'bob 03-09T08:00 → 03-16T08:00 Layer "weekly" of SRE primary',
            'alice 03-16T08:00 → 03-23T08:00 Layer "weekly" of SRE primary',
            'bob 03-23T08:00 → 03-30T07:00 Layer "weekly" of SRE primary',
            'alice 03-30T07:00 → 03-30T10:00 Layer "weekly" of SRE primary',
            'dave 03-30T10:00 → 03-30T14:00 Override in SRE primary',
            'alice 03-30T14:00 → 04-06T07:00 Layer "weekly" of SRE primary',
        ]);
        expect(events.at(-1)?.end).toBe(to.toISOString());
        expect(events[0]?.summary).toBe('On call: @alice (SRE primary)');
    });

    it('keeps every UID of the shifts both renders hold as the window moves on by a day', async () => {
        const today = eventsOf(await feedText(feedsAt(NOW), primary.calendarToken));
        const tomorrow = eventsOf(await feedText(feedsAt(new Date(NOW.getTime() + DAY)), primary.calendarToken));
        expect(tomorrow[0]?.uid).toBe(today[0]?.uid);
        // The last shift is longer by a day, under the same UID.
        expect(tomorrow.map((e) => e.uid)).toEqual(today.map((e) => e.uid));
        expect(tomorrow.at(-1)?.end).not.toBe(today.at(-1)?.end);
    });

    it('gives a person their own shifts from every schedule, sorted, under one URL made on first ask', async () => {
        const feeds = feedsAt(NOW);
        const url = await feeds.personUrl(actor('Bob'));
        expect(url).toMatch(/^https:\/\/chat\.example\.com\/sre-toolkit\/calendar\/[0-9a-f]{64}\.ics$/);
        expect(await feeds.personUrl(actor('bob'))).toBe(url);
        const text = await feedText(feeds, tokenOf(url));
        const calendar = ICAL.Component.fromString(text);
        expect([calendar.getFirstPropertyValue('x-wr-calname'), calendar.getFirstPropertyValue('x-wr-timezone')]).toEqual(['On call: @bob', 'America/New_York']);
        const events = eventsOf(text);
        expect(new Set(events.map((e) => e.summary))).toEqual(new Set(['On call: SRE primary', 'On call: Community, nights']));
        expect(events.map((e) => e.start)).toEqual(events.map((e) => e.start).sort());
        const all = [...eventsOf(await feedText(feeds, primary.calendarToken)), ...eventsOf(await feedText(feeds, community.calendarToken))];
        expect(events.map((e) => e.uid).sort()).toEqual(all.filter((e) => e.user === 'bob').map((e) => e.uid).sort());
    });

    it('regenerates a person\'s URL: the old token opens nothing, the new one the same feed', async () => {
        const feeds = feedsAt(NOW);
        const old = await feeds.personUrl(actor('erin'));
        const fresh = await feeds.regeneratePersonUrl(actor('erin'));
        expect(fresh).not.toBe(old);
        expect(await feeds.feed(tokenOf(old))).toBeNull();
        expect(eventsOf(await feedText(feeds, tokenOf(fresh))).length).toBeGreaterThan(0);
        expect(await feeds.personUrl(actor('erin'))).toBe(fresh);
        // Regenerating before ever asking makes the row.
        expect(tokenOf(await feeds.regeneratePersonUrl(actor('frank')))).toMatch(/^[0-9a-f]{64}$/);
    });

    it('lets only SREs regenerate a schedule\'s URL, and knows no unknown schedule', async () => {
        const feeds = feedsAt(NOW);
        const own = await insertSchedule(conn().db, {...COMMUNITY, name: 'Regenerated'});
        const before = await feeds.scheduleUrl(own.id);
        expect(before).toEqual({ok: true, value: `https://chat.example.com/sre-toolkit/calendar/${own.calendarToken}.ics`});
        expect(await feeds.regenerateScheduleUrl(own.id, actor('bob'))).toMatchObject({ok: false, error: {kind: 'forbidden'}});
        expect(await feeds.scheduleUrl(own.id)).toEqual(before);
        const after = await feeds.regenerateScheduleUrl(own.id, actor('alice'));
        expect(after.ok && before.ok && after.value !== before.value).toBe(true);
        expect(await feeds.feed(own.calendarToken)).toBeNull();
        expect(await feeds.scheduleUrl(own.id)).toEqual(after);
        await conn().db.delete(schedules).where(eq(schedules.id, own.id));
        const unknown = '00000000-0000-4000-8000-000000000000';
        expect([await feeds.scheduleUrl(unknown), await feeds.regenerateScheduleUrl(unknown, actor('alice'))])
            .toEqual([{ok: false, error: {kind: 'not_found'}}, {ok: false, error: {kind: 'not_found'}}]);
        expect(await feeds.feed('0'.repeat(64))).toBeNull();
    });

    it('fails loudly (no empty calendar) for a stored schedule that no longer reads back valid', async () => {
        const broken = await insertSchedule(conn().db, {...COMMUNITY, name: 'Broken'});
        await conn().db.update(schedules).set({timeZone: 'Mars/Olympus_Mons'}).where(eq(schedules.id, broken.id));
        await expect(feedsAt(NOW).feed(broken.calendarToken)).rejects.toThrow(/Broken.*invalid/);
        await conn().db.delete(schedules).where(eq(schedules.id, broken.id));
    });
});
