import ICAL from 'ical.js';
import {DateTime} from 'luxon';

const MINUTE = 60_000;
// Zones change offset at most a few times a year; sampling this often cannot step over two changes.
const SAMPLE_MS = 6 * 60 * MINUTE;

type OffsetChange = {at: Date; before: number; after: number};

const offsetAt = (zone: string, ms: number): number => DateTime.fromMillis(ms, {zone}).offset;

// Every change of the zone's UTC offset (in minutes) within [from, to], to the minute.
export function offsetChanges(zone: string, from: Date, to: Date): OffsetChange[] {
    const changes: OffsetChange[] = [];
    for (let lo = from.getTime(); lo < to.getTime(); lo += SAMPLE_MS) {
        const hi = Math.min(lo + SAMPLE_MS, to.getTime());
        const [before, after] = [offsetAt(zone, lo), offsetAt(zone, hi)];
        if (before !== after) {
            changes.push({at: new Date(firstMinuteWith(zone, lo, hi, after)), before, after});
        }
    }
    return changes;
}

// Binary search for the first whole minute in (lo, hi] that has the new offset.
function firstMinuteWith(zone: string, lo: number, hi: number, after: number): number {
    let [low, high] = [Math.floor(lo / MINUTE), Math.ceil(hi / MINUTE)];
    while (high - low > 1) {
        const mid = Math.floor((low + high) / 2);
        if (offsetAt(zone, mid * MINUTE) === after) {
            high = mid;
        } else {
            low = mid;
        }
    }
    return high * MINUTE;
}

// A floating local date-time (no Z, no zone): how RFC 5545 writes observance starts and TZID-bound times.
const floating = (l: DateTime): ICAL.Time =>
    ICAL.Time.fromData({year: l.year, month: l.month, day: l.day, hour: l.hour, minute: l.minute, second: l.second, isDate: false});

export const wallTime = (at: Date, zone: string): ICAL.Time => floating(DateTime.fromJSDate(at, {zone}));

function observance(kind: 'standard' | 'daylight', start: ICAL.Time, before: number, after: number): ICAL.Component {
    const part = new ICAL.Component(kind);
    part.updatePropertyWithValue('dtstart', start);
    part.updatePropertyWithValue('tzoffsetfrom', ICAL.UtcOffset.fromSeconds(before * 60));
    part.updatePropertyWithValue('tzoffsetto', ICAL.UtcOffset.fromSeconds(after * 60));
    return part;
}

/**
 * RFC 5545 wants a VTIMEZONE for every TZID a calendar uses, and ical.js has no zone data of its own: this one is
 * built from luxon's (the system's IANA database) for [from, to] only, as the offset at `from` (said to hold since
 * 1970; nothing in the feed is older than `from`) and then each change in the window, one observance each.
 */
export function vtimezone(zone: string, from: Date, to: Date): ICAL.Component {
    const component = new ICAL.Component('vtimezone');
    component.updatePropertyWithValue('tzid', zone);
    const kindAt = (ms: number) => (DateTime.fromMillis(ms, {zone}).isInDST ? 'daylight' : 'standard');
    const first = offsetAt(zone, from.getTime());
    component.addSubcomponent(observance(kindAt(from.getTime()), floating(DateTime.fromMillis(0, {zone: 'utc'})), first, first));
    for (const change of offsetChanges(zone, from, to)) {
        // The onset in the local time in force before it (RFC 5545 §3.6.5): 02:00 for Berlin's spring change.
        const onset = floating(DateTime.fromMillis(change.at.getTime() + change.before * MINUTE, {zone: 'utc'}));
        component.addSubcomponent(observance(kindAt(change.at.getTime()), onset, change.before, change.after));
    }
    return component;
}
