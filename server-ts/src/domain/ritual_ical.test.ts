import ICAL from 'ical.js';
import {describe, expect, it} from 'vitest';
import {offsetChanges} from './ical_time_zone.js';
import {renderRitualCalendar, type CalendarRitual} from './ritual_ical.js';

const NOW = new Date('2026-03-20T12:00:00Z');
const WINDOW = {from: new Date('2026-03-01T00:00:00Z'), to: new Date('2026-11-01T00:00:00Z')};
const REVIEW: CalendarRitual = {id: 'r1', name: 'Incident Review', timeZone: 'Europe/Berlin', channelName: 'cloud-sre-team',
    attendees: ['SRE', 'Release'], notes: 'Bring the numbers, please',
    // Monday 10:00 Berlin: before spring forward, after it, and after falling back on 25 October.
    occurrences: [new Date('2026-03-23T09:00:00Z'), new Date('2026-03-30T08:00:00Z'), new Date('2026-10-26T09:00:00Z')]};
// Last Friday 16:00 in New York: 27 March (EDT since 8 March).
const SYNC: CalendarRitual = {id: 'r2', name: 'Growth sync', timeZone: 'America/New_York', channelName: 'growth', attendees: [], notes: '',
    occurrences: [new Date('2026-03-27T20:00:00Z')]};
const PAUSED: CalendarRitual = {...SYNC, id: 'r3', timeZone: 'Asia/Tokyo', occurrences: []};

const eventsOf = (text: string) => ICAL.Component.fromString(text).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));

describe('renderRitualCalendar', () => {
    const text = renderRitualCalendar([REVIEW, SYNC, PAUSED], WINDOW, NOW);

    it('writes each start at its local time in the ritual\'s zone, which calendar apps read back as the same instant', () => {
        expect(text).toContain('DTSTART;TZID=Europe/Berlin:20260323T100000');
        expect(text).toContain('DTSTART;TZID=Europe/Berlin:20260330T100000');
        expect(text).toContain('DTEND;TZID=Europe/Berlin:20261026T110000');
        expect(text).toContain('DTSTART;TZID=America/New_York:20260327T160000');
        expect(eventsOf(text).map((e) => [e.summary, e.startDate.zone.tzid, e.startDate.toJSDate().toISOString(), e.endDate.toJSDate().toISOString()])).toEqual([
            ['Incident Review', 'Europe/Berlin', '2026-03-23T09:00:00.000Z', '2026-03-23T10:00:00.000Z'],
            ['Incident Review', 'Europe/Berlin', '2026-03-30T08:00:00.000Z', '2026-03-30T09:00:00.000Z'],
            ['Incident Review', 'Europe/Berlin', '2026-10-26T09:00:00.000Z', '2026-10-26T10:00:00.000Z'],
            ['Growth sync', 'America/New_York', '2026-03-27T20:00:00.000Z', '2026-03-27T21:00:00.000Z'],
        ]);
    });

    it('describes each event by its attendees and notes, in the ritual\'s channel, with a stable UID', () => {
        const [review, , , sync] = eventsOf(text);
        expect([review?.description, review?.location, review?.uid]).toEqual(
            ['Attendees: SRE, Release\n\nBring the numbers, please', '~cloud-sre-team', 'ritual-r1-20260323T090000Z@sre-toolkit']);
        expect(sync?.description).toBe('Attendees: not set');
    });

    it('defines every zone it uses with its changes in the window (RFC 5545), and none it does not use', () => {
        const zones = ICAL.Component.fromString(text).getAllSubcomponents('vtimezone');
        expect(zones.map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['America/New_York', 'Europe/Berlin']);
        const berlin = zones[1]?.getAllSubcomponents().map((o) => [o.name, String(o.getFirstPropertyValue('dtstart')),
            String(o.getFirstPropertyValue('tzoffsetfrom')), String(o.getFirstPropertyValue('tzoffsetto'))]);
        expect(berlin).toEqual([
            ['standard', '1970-01-01T00:00:00', '+01:00', '+01:00'],
            ['daylight', '2026-03-29T02:00:00', '+01:00', '+02:00'],
            ['standard', '2026-10-25T03:00:00', '+02:00', '+01:00'],
        ]);
    });

    it('keeps every line within 75 octets and ends lines with CRLF', () => {
        const long = renderRitualCalendar([{...REVIEW, notes: 'ü'.repeat(300)}], WINDOW, NOW);
        const lines = long.split('\r\n');
        expect(Math.max(...lines.map((l) => Buffer.byteLength(l)))).toBeLessThanOrEqual(75);
        expect(eventsOf(long)[0]?.description).toContain('ü'.repeat(300));
    });
});

describe('offsetChanges', () => {
    it.each<[string, {at: string; before: number; after: number}[]]>([
        ['Europe/Berlin', [{at: '2026-03-29T01:00:00.000Z', before: 60, after: 120}, {at: '2026-10-25T01:00:00.000Z', before: 120, after: 60}]],
        // Half an hour of daylight saving: ends 5 April 02:00 local (+11), starts 4 October 02:00 local (+10:30).
        ['Australia/Lord_Howe', [{at: '2026-04-04T15:00:00.000Z', before: 660, after: 630}, {at: '2026-10-03T15:30:00.000Z', before: 630, after: 660}]],
        ['Asia/Tokyo', []],
        ['UTC', []],
    ])('%s in 2026', (zone, expected) => {
        const changes = offsetChanges(zone, new Date('2026-01-01T00:00:00Z'), new Date('2027-01-01T00:00:00Z'));
        expect(changes.map((c) => ({...c, at: c.at.toISOString()}))).toEqual(expected);
    });
});
