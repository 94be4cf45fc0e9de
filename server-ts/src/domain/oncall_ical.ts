import ICAL from 'ical.js';
import {calendarText, subscribedCalendar} from './ical_document.js';
import type {OncallShift} from './oncall_final_schedule.js';

// One shift of the final schedule and the schedule it belongs to (a person's feed mixes several).
export type CalendarShift = OncallShift & {scheduleId: string; scheduleName: string};

// `person`: the username whose own feed this is (events then name the schedule, not the person); null for a
// schedule's feed. `timeZone` only tells calendar apps how to show the UTC times.
export type CalendarFeed = {name: string; timeZone: string; person: string | null};

const PRODID = '-//Mattermost//SRE Toolkit on-call//EN';

// An iCalendar (RFC 5545) document of on-call shifts, for subscribing from a calendar app. Gaps are not events:
// they are simply absent from the shifts. Every instant is UTC, so no VTIMEZONE is needed.
export function renderCalendar(feed: CalendarFeed, shifts: readonly CalendarShift[], now: Date): string {
    const calendar = subscribedCalendar(PRODID, feed.name);
    calendar.updatePropertyWithValue('x-wr-timezone', feed.timeZone);
    for (const shift of shifts) {
        calendar.addSubcomponent(eventOf(shift, feed.person, now));
    }
    return calendarText(calendar);
}

function eventOf(shift: CalendarShift, person: string | null, now: Date): ICAL.Component {
    const event = new ICAL.Event();
    event.uid = shiftUid(shift);
    event.startDate = utc(shift.start);
    event.endDate = utc(shift.end);
    event.summary = person === null ? `On call: @${shift.user} (${shift.scheduleName})` : `On call: ${shift.scheduleName}`;
    event.description = shift.source === 'override' ?
        `Override in ${shift.scheduleName}` :
        `Layer "${shift.layer ?? ''}" of ${shift.scheduleName}`;
    event.component.updatePropertyWithValue('dtstamp', utc(now));
    // A week on call must not show the person as busy all week in free/busy lookups.
    event.component.updatePropertyWithValue('transp', 'TRANSPARENT');
    return event.component;
}

/**
 * Stable across renders, so a calendar app updates an event (a shift cut short by an override, a longer last
 * shift as the window moves on) instead of adding a duplicate. The start, not the end, is in it: the end of the
 * last shift in the window moves every time the window does.
 */
export function shiftUid(shift: Pick<CalendarShift, 'scheduleId' | 'user' | 'start'>): string {
    return `oncall-${shift.scheduleId}-${shift.user}-${compactUtc(shift.start)}@sre-toolkit`;
}

const utc = (at: Date) => ICAL.Time.fromJSDate(at, true);
const compactUtc = (at: Date) => at.toISOString().replace(/[-:]|\.\d+/g, '');
