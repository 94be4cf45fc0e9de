import {findPersonByCalendarToken, findScheduleByCalendarToken, personCalendarToken, regeneratePersonCalendarToken} from '../db/calendar_rows.js';
import type {Database} from '../db/database.js';
import {findScheduleRecord, regenerateCalendarToken} from '../db/schedule_rows.js';
import {finalSchedule} from '../domain/oncall_final_schedule.js';
import {renderCalendar, type CalendarShift} from '../domain/oncall_ical.js';
import {err, ok, type Result} from '../domain/result.js';
import type {Actor} from '../incidents/access.js';
import type {CatalogEntry, ScheduleCatalog} from './schedule_catalog.js';
import type {ScheduleFailure} from './schedule_service.js';

// Where the feeds are served (http/routes/calendar.ts, under the companion's /sre-toolkit prefix).
export const FEED_PATH = '/sre-toolkit/calendar';

// A feed's address as calendar apps reach it.
export const feedUrlOf = (publicUrl: string, path: string, token: string): string => `${publicUrl.replace(/\/+$/, '')}${path}/${token}.ics`;

const DAY = 86_400_000;
// What a feed holds: the last month (for looking back at who was on call) and the next half year. Calendar apps
// keep nothing a feed drops, so older shifts disappear from subscribers' calendars as the window moves on.
export const FEED_PAST_DAYS = 30;
export const FEED_AHEAD_DAYS = 180;
// The schedule is computed from this much earlier and only shifts still running at the window's start are kept:
// a shift running across that edge then keeps its real start, and so its UID, while the window moves day by day.
const LEAD_IN_DAYS = 31;

export type CalendarFeeds = {
    // The iCalendar text a token opens, or null for a token that opens nothing.
    feed: (token: string) => Promise<string | null>;
    // A schedule's feed URL (anyone who may read the schedule may subscribe to it).
    scheduleUrl: (id: string) => Promise<Result<string, ScheduleFailure>>;
    // SREs only: a new token, so every earlier subscriber is cut off.
    regenerateScheduleUrl: (id: string, actor: Actor) => Promise<Result<string, ScheduleFailure>>;
    // The actor's own feed (their shifts in every schedule); made on first ask.
    personUrl: (actor: Actor) => Promise<string>;
    regeneratePersonUrl: (actor: Actor) => Promise<string>;
};

export type CalendarDeps = {
    db: Database;
    catalog: ScheduleCatalog;
    isSre: (actor: Actor) => Promise<boolean>;
    // The origin calendar apps reach /sre-toolkit/ at (the Mattermost site URL when the proxy serves it there).
    publicUrl: string;
    // Shown for person feeds, which span schedules in different zones.
    timeZone: string;
    now?: () => Date;
};

const NOT_FOUND = err<ScheduleFailure>({kind: 'not_found'});
const FORBIDDEN = err<ScheduleFailure>({kind: 'forbidden', message: 'Only SREs regenerate a schedule\'s calendar link'});

export function createCalendarFeeds(deps: CalendarDeps): CalendarFeeds {
    const now = () => deps.now?.() ?? new Date();
    const urlOf = (token: string) => feedUrlOf(deps.publicUrl, FEED_PATH, token);
    const username = (actor: Actor) => actor.username.toLowerCase();
    return {
        feed: async (token) => {
            const schedule = await findScheduleByCalendarToken(deps.db, token);
            if (schedule !== null) {
                return scheduleFeed(deps.catalog.entryOf(schedule), now());
            }
            const person = await findPersonByCalendarToken(deps.db, token);
            return person === null ? null : personFeed(deps, person, now());
        },
        scheduleUrl: async (id) => {
            const record = await findScheduleRecord(deps.db, id);
            return record === null ? NOT_FOUND : ok(urlOf(record.calendarToken));
        },
        regenerateScheduleUrl: async (id, actor) => {
            if (!await deps.isSre(actor)) {
                return FORBIDDEN;
            }
            const token = await regenerateCalendarToken(deps.db, id);
            return token === null ? NOT_FOUND : ok(urlOf(token));
        },
        personUrl: async (actor) => urlOf(await personCalendarToken(deps.db, username(actor))),
        regeneratePersonUrl: async (actor) => urlOf(await regeneratePersonCalendarToken(deps.db, username(actor))),
    };
}

// [from, to) of the feed, and where to start computing so the first shift keeps its real start.
export function feedWindow(now: Date): {computeFrom: Date; from: Date; to: Date} {
    const from = now.getTime() - FEED_PAST_DAYS * DAY;
    return {computeFrom: new Date(from - LEAD_IN_DAYS * DAY), from: new Date(from), to: new Date(now.getTime() + FEED_AHEAD_DAYS * DAY)};
}

function shiftsOf(entry: CatalogEntry, now: Date): CalendarShift[] {
    const {computeFrom, from, to} = feedWindow(now);
    return finalSchedule(entry.compiled, computeFrom, to)
        .filter((s) => s.end > from)
        .map((s) => ({...s, scheduleId: entry.record.id, scheduleName: entry.schedule.name}));
}

// A stored schedule that no longer reads back valid is a fault to log (500), not an empty calendar: on an error
// calendar apps keep what they had, while an empty feed would wipe every subscriber's shifts.
function scheduleFeed(entry: CatalogEntry | string, now: Date): string {
    if (typeof entry === 'string') {
        throw new Error(entry);
    }
    const {name, timeZone} = entry.schedule;
    return renderCalendar({name: `On call: ${name}`, timeZone, person: null}, shiftsOf(entry, now), now);
}

// Every schedule that reads back valid (the summary already reports the others).
async function personFeed(deps: CalendarDeps, username: string, now: Date): Promise<string> {
    const {entries} = await deps.catalog.all();
    const shifts = entries.flatMap((entry) => shiftsOf(entry, now).filter((s) => s.user === username))
        .sort((a, b) => a.start.getTime() - b.start.getTime());
    return renderCalendar({name: `On call: @${username}`, timeZone: deps.timeZone, person: username}, shifts, now);
}
