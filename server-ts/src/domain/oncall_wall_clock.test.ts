import {DateTime} from 'luxon';
import {expect, it} from 'vitest';
import {parseTimeText} from './oncall_time_text.js';
import {zoneClock} from './oncall_wall_clock.js';

const wallOf = (text: string) => {
    const time = parseTimeText(text);
    if (!time.ok || time.value.kind !== 'local') {
        throw new Error(`bad local time in the test: ${text}`);
    }
    return time.value.wall;
};
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

it.each<[string, string, string, string]>([
    // zone, local wall time, instant, what it shows
    ['Europe/Berlin', '2026-01-15T09:00', '2026-01-15T08:00:00Z', 'winter, +01:00'],
    ['Europe/Berlin', '2026-07-15T09:00', '2026-07-15T07:00:00Z', 'summer, +02:00'],
    ['Europe/Berlin', '2026-03-29T02:30', '2026-03-29T01:30:00Z', 'spring gap: 02:30 → 03:30 CEST'],
    ['Europe/Berlin', '2026-03-29T02:00', '2026-03-29T01:00:00Z', 'spring gap start: 02:00 → 03:00 CEST'],
    ['Europe/Berlin', '2026-03-29T03:00', '2026-03-29T01:00:00Z', 'first time after the gap'],
    ['Europe/Berlin', '2026-10-25T02:30', '2026-10-25T00:30:00Z', 'fall-back: the earlier 02:30 (CEST)'],
    ['Europe/Berlin', '2026-10-25T03:00', '2026-10-25T02:00:00Z', 'after the fold: CET'],
    ['America/New_York', '2026-03-08T02:30', '2026-03-08T07:30:00Z', 'spring gap: 02:30 → 03:30 EDT'],
    ['America/New_York', '2026-11-01T01:30', '2026-11-01T05:30:00Z', 'fall-back: the earlier 01:30 (EDT)'],
    ['America/New_York', '2026-11-01T02:00', '2026-11-01T07:00:00Z', 'after the fold: EST'],
    ['Australia/Sydney', '2026-10-04T02:30', '2026-10-03T16:30:00Z', 'southern spring gap in October: 02:30 → 03:30 AEDT'],
    ['Australia/Sydney', '2026-04-05T02:30', '2026-04-04T15:30:00Z', 'southern fall-back in April: the earlier 02:30 (AEDT)'],
    ['Australia/Sydney', '2026-07-01T09:00', '2026-06-30T23:00:00Z', 'southern winter, +10:00'],
    ['Asia/Kolkata', '2026-03-29T02:30', '2026-03-28T21:00:00Z', 'no DST, +05:30'],
    ['Asia/Kolkata', '2026-10-25T02:30', '2026-10-24T21:00:00Z', 'no DST, +05:30'],
    ['Australia/Lord_Howe', '2026-10-04T02:15', '2026-10-03T15:45:00Z', 'a 30-minute gap: 02:15 (+10:30) → 02:45 (+11:00)'],
])('%s %s is %s (%s)', (zone, local, instant) => {
    expect(iso(zoneClock(zone).instantOf(wallOf(local)))).toBe(instant);
});

it.each<[string, string, boolean]>([
    ['Europe/Berlin', '2026-03-29T02:00', true],
    ['Europe/Berlin', '2026-03-29T02:59', true],
    ['Europe/Berlin', '2026-03-29T03:00', false],
    ['Europe/Berlin', '2026-10-25T02:30', false],
    ['America/New_York', '2026-03-08T02:15', true],
    ['Australia/Sydney', '2026-10-04T02:15', true],
    ['Asia/Kolkata', '2026-03-29T02:30', false],
])('%s %s is in a gap: %s', (zone, local, isGap) => expect(zoneClock(zone).isGap(wallOf(local))).toBe(isGap));

it.each(['Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'America/St_Johns', 'Pacific/Chatham', 'UTC'])(
    '%s: the cached offsets agree with luxon every 29 hours over 1970–2040', (zone) => {
        const clock = zoneClock(zone);
        const start = Date.UTC(1970, 0, 1);
        for (let t = start; t < Date.UTC(2040, 0, 1); t += 29 * 3_600_000 + 13 * 60_000) {
            const expected = DateTime.fromMillis(t, {zone}).offset * 60_000;
            if (clock.offsetAt(t) !== expected) {
                expect({at: iso(t), offset: clock.offsetAt(t)}).toEqual({at: iso(t), offset: expected});
            }
        }
    });

it.each<[string, string]>([
    ['Europe/Berlin', '2026-03-29T01:00:00Z'],
    ['Europe/Berlin', '2026-10-25T01:00:00Z'],
    ['America/New_York', '2026-03-08T07:00:00Z'],
    ['Australia/Sydney', '2026-04-04T16:00:00Z'],
])('%s changes offset exactly at %s', (zone, change) => {
    const clock = zoneClock(zone);
    const at = Date.parse(change);
    expect(clock.offsetAt(at - 1)).not.toBe(clock.offsetAt(at));
    expect(clock.offsetAt(at)).toBe(clock.offsetAt(at + 3_600_000));
});

it.each<[string, string]>([
    ['2026-03-16T09:00', 'local'],
    ['2026-03-16T09:00:30.5', 'local'],
    ['2026-03-30T10:00:00Z', 'instant'],
    ['2026-03-30T12:00:00+02:00', 'instant'],
    ['2024-02-29T00:00', 'local'],
])('reads %s as %s time', (text, kind) => expect(parseTimeText(text)).toMatchObject({ok: true, value: {kind}}));

it('reads an offset as the instant it names', () => {
    expect(parseTimeText('2026-03-30T12:00:00+02:00')).toEqual({ok: true, value: {kind: 'instant', at: Date.parse('2026-03-30T10:00:00Z')}});
    expect(parseTimeText('2026-03-30T06:30-03:30')).toEqual({ok: true, value: {kind: 'instant', at: Date.parse('2026-03-30T10:00:00Z')}});
});

it.each([
    '', '2026-03-16', '2026-03-16 09:00', '2026-13-01T09:00', '2026-02-29T09:00', '2026-04-31T09:00', '2026-03-16T24:00',
    '2026-03-16T09:60', '2026-03-16T09:00:60', '2026-03-16T09:00+25:00', '1969-12-31T23:00', '3000-01-01T00:00', 'next monday',
])('refuses %j', (text) => expect(parseTimeText(text)).toMatchObject({ok: false}));
