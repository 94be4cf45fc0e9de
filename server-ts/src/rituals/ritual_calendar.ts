import type {Database} from '../db/database.js';
import {isRitualCalendarToken, regenerateRitualCalendarToken, ritualCalendarToken} from '../db/ritual_calendar_token.js';
import {listActiveRitualRecords} from '../db/ritual_rows.js';
import {occurrencesBetween} from '../domain/ritual_occurrences.js';
import {renderRitualCalendar} from '../domain/ritual_ical.js';
import {FEED_PAST_DAYS, FEED_PATH, feedUrlOf} from '../oncall/calendar_feeds.js';
import {validRituals} from './ritual_view.js';

// Where the feed is served (http/routes/rituals.ts), beside the on-call feeds.
const RITUAL_FEED_PATH = `${FEED_PATH}/rituals`;

const DAY = 86_400_000;
// The on-call feeds' last month (so a meeting just held stays in the calendar) and the next 26 weeks.
const FEED_AHEAD_DAYS = 26 * 7;

export type RitualCalendar = {
    // The iCalendar text, or null for a token that opens nothing.
    feed: (token: string) => Promise<string | null>;
    url: () => Promise<string>;
    // A new token: every earlier subscriber is cut off (the service lets SREs only).
    regenerateUrl: () => Promise<string>;
};

type RitualCalendarDeps = {
    db: Database;
    // The origin calendar apps reach /sre-toolkit/ at (the Mattermost site URL when the proxy serves it there).
    publicUrl: string;
    now?: () => Date;
};

export function createRitualCalendar(deps: RitualCalendarDeps): RitualCalendar {
    const urlOf = (token: string) => feedUrlOf(deps.publicUrl, RITUAL_FEED_PATH, token);
    return {
        feed: async (token) => (await isRitualCalendarToken(deps.db, token) ? activeRitualsFeed(deps.db, deps.now?.() ?? new Date()) : null),
        url: async () => urlOf(await ritualCalendarToken(deps.db)),
        regenerateUrl: async () => urlOf(await regenerateRitualCalendarToken(deps.db)),
    };
}

// Rituals whose stored cadence no longer reads back are left out (the summary reports them).
async function activeRitualsFeed(db: Database, now: Date): Promise<string> {
    const window = {from: new Date(now.getTime() - FEED_PAST_DAYS * DAY), to: new Date(now.getTime() + FEED_AHEAD_DAYS * DAY)};
    const {rituals} = validRituals(await listActiveRitualRecords(db));
    return renderRitualCalendar(rituals.map(({record: r, timing}) => ({id: r.id, name: r.name, timeZone: r.timeZone, channelName: r.channelName,
        attendees: r.attendees, notes: r.notes, occurrences: occurrencesBetween(timing, window.from, window.to)})), window, now);
}
