import ICAL from 'ical.js';
import {calendarText, subscribedCalendar} from './ical_document.js';
import {vtimezone, wallTime} from './ical_time_zone.js';

// One active ritual and its starts in the feed's window (expanded here rather than an RRULE: "last Friday" and
// "first Thursday" expand the same in every app, and a cadence change rewrites every future event at once).
export type CalendarRitual = {
    id: string; name: string; timeZone: string; channelName: string; attendees: readonly string[]; notes: string;
    occurrences: readonly Date[];
};

const PRODID = '-//Mattermost//SRE Toolkit rituals//EN';
// A ritual has no length of its own: an hour blocks the slot without claiming the afternoon.
const LENGTH_MS = 60 * 60_000;

/**
 * An iCalendar (RFC 5545) document of the team's rituals, for subscribing from a calendar app. Each start is
 * written in the ritual's own zone (DTSTART;TZID=…), with a VTIMEZONE covering [from, to], so apps show
 * "10:00 Europe/Berlin" on both sides of a daylight-saving change.
 */
export function renderRitualCalendar(rituals: readonly CalendarRitual[], window: {from: Date; to: Date}, now: Date): string {
    const calendar = subscribedCalendar(PRODID, 'SRE rituals');
    const withEvents = rituals.filter((r) => r.occurrences.length > 0);
    const end = new Date(window.to.getTime() + LENGTH_MS);
    for (const zone of [...new Set(withEvents.map((r) => r.timeZone))].sort()) {
        calendar.addSubcomponent(vtimezone(zone, window.from, end));
    }
    for (const ritual of withEvents) {
        ritual.occurrences.forEach((at) => calendar.addSubcomponent(eventOf(ritual, at, now)));
    }
    return calendarText(calendar);
}

const ritualDescription = (ritual: Pick<CalendarRitual, 'attendees' | 'notes'>): string =>
    [`Attendees: ${ritual.attendees.length === 0 ? 'not set' : ritual.attendees.join(', ')}`, ...(ritual.notes === '' ? [] : ['', ritual.notes])].join('\n');

function eventOf(ritual: CalendarRitual, at: Date, now: Date): ICAL.Component {
    const event = new ICAL.Event();
    // Stable across renders (ritual and start), so an app updates the event instead of adding a second one.
    event.uid = `ritual-${ritual.id}-${at.toISOString().replace(/[-:]|\.\d+/g, '')}@sre-toolkit`;
    event.component.addProperty(zoned('dtstart', at, ritual.timeZone));
    event.component.addProperty(zoned('dtend', new Date(at.getTime() + LENGTH_MS), ritual.timeZone));
    event.summary = ritual.name;
    event.description = ritualDescription(ritual);
    event.location = `~${ritual.channelName}`;
    event.component.updatePropertyWithValue('dtstamp', ICAL.Time.fromJSDate(now, true));
    return event.component;
}

function zoned(name: 'dtstart' | 'dtend', at: Date, zone: string): ICAL.Property {
    const property = new ICAL.Property(name);
    property.setParameter('tzid', zone);
    property.setValue(wallTime(at, zone));
    return property;
}
