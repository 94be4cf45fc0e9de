import ICAL from 'ical.js';
import {describe, expect, it} from 'vitest';
import {renderCalendar, shiftUid, type CalendarFeed, type CalendarShift} from './oncall_ical.js';

const NOW = new Date('2026-03-20T08:00:00Z');
const SCHEDULE: CalendarFeed = {name: 'On call: SRE primary', timeZone: 'Europe/Berlin', person: null};

const shift = (user: string, start: string, end: string, extra: Partial<CalendarShift> = {}): CalendarShift => ({
    user, start: new Date(start), end: new Date(end), source: 'layer', layer: 'weekly', scheduleId: 's-1', scheduleName: 'SRE primary', ...extra,
});
const ALICE = shift('alice', '2026-03-16T08:00:00Z', '2026-03-23T08:00:00Z');
const DAVE = shift('dave', '2026-03-23T08:00:00Z', '2026-03-23T12:00:00Z', {source: 'override', layer: null});
const BOB = shift('bob', '2026-03-23T12:00:00Z', '2026-03-30T07:00:00Z');
const WEEK = [ALICE, DAVE, BOB];

type Parsed = {calendar: ICAL.Component; events: ICAL.Event[]};
function parse(text: string): Parsed {
    const calendar = ICAL.Component.fromString(text);
    return {calendar, events: calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c))};
}
const iso = (t: ICAL.Time) => t.toJSDate().toISOString();

describe('renderCalendar', () => {
    it('writes a subscribable calendar header', () => {
        const {calendar} = parse(renderCalendar(SCHEDULE, WEEK, NOW));
        const value = (name: string) => String(calendar.getFirstPropertyValue(name));
        expect(['prodid', 'version', 'calscale', 'method', 'x-wr-calname', 'x-wr-timezone', 'refresh-interval', 'x-published-ttl'].map(value))
            .toEqual(['-//Mattermost//SRE Toolkit on-call//EN', '2.0', 'GREGORIAN', 'PUBLISH', 'On call: SRE primary', 'Europe/Berlin', 'PT1H', 'PT1H']);
    });

    it.each<[string, CalendarShift[], number]>([
        ['no shifts (all gap)', [], 0],
        ['one shift', [ALICE], 1],
        ['a week with an override', WEEK, 3],
    ])('one event per shift: %s', (_name, shifts, count) => {
        expect(parse(renderCalendar(SCHEDULE, shifts, NOW)).events).toHaveLength(count);
    });

    it('gives each event the shift\'s UTC start and end, its UID, DTSTAMP and a transparent busy state', () => {
        const {events} = parse(renderCalendar(SCHEDULE, WEEK, NOW));
        expect(events.map((e) => [e.uid, iso(e.startDate), iso(e.endDate), e.startDate.zone.tzid, e.endDate.zone.tzid]))
            .toEqual(WEEK.map((s) => [shiftUid(s), s.start.toISOString(), s.end.toISOString(), 'UTC', 'UTC']));
        expect(events.map((e) => iso(e.component.getFirstPropertyValue('dtstamp') as ICAL.Time))).toEqual([NOW, NOW, NOW].map((d) => d.toISOString()));
        expect(events.map((e) => e.component.getFirstPropertyValue('transp'))).toEqual(['TRANSPARENT', 'TRANSPARENT', 'TRANSPARENT']);
    });

    it.each<[string, CalendarFeed, string[]]>([
        ['schedule feed names the person', SCHEDULE, ['On call: @alice (SRE primary)', 'On call: @dave (SRE primary)', 'On call: @bob (SRE primary)']],
        ['person feed names the schedule', {name: 'On call: @alice', timeZone: 'UTC', person: 'alice'}, ['On call: SRE primary', 'On call: SRE primary', 'On call: SRE primary']],
    ])('summaries: %s', (_name, feed, summaries) => {
        const {events} = parse(renderCalendar(feed, WEEK, NOW));
        expect(events.map((e) => e.summary)).toEqual(summaries);
        expect(events.map((e) => e.description)).toEqual(['Layer "weekly" of SRE primary', 'Override in SRE primary', 'Layer "weekly" of SRE primary']);
    });

    it('keeps UIDs when rendered again later over a moved window (shorter last shift, later DTSTAMP)', () => {
        const first = parse(renderCalendar(SCHEDULE, WEEK, NOW)).events;
        const moved = [DAVE, {...BOB, end: new Date('2026-03-25T00:00:00Z')}];
        const again = parse(renderCalendar(SCHEDULE, moved, new Date('2026-03-21T08:00:00Z'))).events;
        expect(again.map((e) => e.uid)).toEqual(first.slice(1).map((e) => e.uid));
        expect(new Set(first.map((e) => e.uid)).size).toBe(3);
    });

    it.each<[string, Partial<CalendarShift>]>([
        ['another schedule', {scheduleId: 's-2'}],
        ['another person', {user: 'erin'}],
        ['another start', {start: new Date('2026-03-16T08:00:01Z')}],
    ])('UIDs differ for %s', (_name, change) => {
        expect(shiftUid({...ALICE, ...change})).not.toBe(shiftUid(ALICE));
    });

    it.each<[string, string]>([
        ['commas', 'Core, DB'],
        ['semicolons', 'Core; DB'],
        ['both, with a backslash', 'Core, DB; night \\ weekend'],
    ])('escapes %s in names and reads them back', (_name, scheduleName) => {
        const text = renderCalendar(SCHEDULE, [shift('alice', '2026-03-16T08:00:00Z', '2026-03-17T08:00:00Z', {scheduleName})], NOW);
        expect(text).toContain(`SUMMARY:On call: @alice (${scheduleName.replace(/[\\,;]/g, (c) => `\\${c}`)})`);
        expect(parse(text).events[0]?.summary).toBe(`On call: @alice (${scheduleName})`);
    });

    // Long enough for several continuation lines, where a fold one octet too late shows (a space plus 75).
    it.each<[string, string]>([
        ['ASCII', 'Cloud user-facing services primary rotation for the whole of EMEA and the Americas '.repeat(3)],
        ['multi-byte', 'Bereitschaft für Störungen der Plattform – Größere Ausfälle ☎ 日本語のスケジュール名前です '.repeat(3)],
    ])('folds long %s lines at 75 octets and unfolds them back', (_name, scheduleName) => {
        const text = renderCalendar(SCHEDULE, [shift('alice', '2026-03-16T08:00:00Z', '2026-03-17T08:00:00Z', {scheduleName})], NOW);
        const lines = text.split('\r\n');
        expect(lines.some((l) => l.startsWith(' '))).toBe(true);
        expect(Math.max(...lines.map((l) => Buffer.byteLength(l)))).toBeLessThanOrEqual(75);
        expect(lines.at(-1)).toBe('');
        expect(parse(text).events[0]?.summary).toBe(`On call: @alice (${scheduleName})`);
        // The module-wide setting is back to what it was.
        expect(ICAL.foldLength).toBe(75);
    });
});
