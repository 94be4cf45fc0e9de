import fc from 'fast-check';
import {DateTime} from 'luxon';
import {expect, it} from 'vitest';
import type {Restriction, ScheduleBody, Weekday} from '../contract/schedules.js';
import {compileSchedule, type CompiledSchedule} from './oncall_compile.js';
import {finalSchedule, type OncallShift} from './oncall_final_schedule.js';
import {oncallAt} from './oncall_now.js';
import {handoffAt, layerStateAt} from './oncall_rotation.js';
import {parseSchedule} from './oncall_schedule_parse.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const ZONES = ['Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'Australia/Lord_Howe', 'America/Santiago', 'UTC'];
const USERS = ['alice', 'bob', 'erin', 'dave'];
const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
// 2026's DST changes in those zones (Lord Howe's are 30 minutes, Santiago's at midnight): times cluster here.
const HOT_DAYS = ['2026-03-08', '2026-03-29', '2026-04-05', '2026-09-06', '2026-10-04', '2026-10-25', '2026-11-01'].map((d) => Date.parse(`${d}T00:00:00Z`));

type LayerBody = ScheduleBody['layers'][number];
type Case = {zone: string; body: ScheduleBody; from: number; to: number};

const wallText = (wall: number) => new Date(wall).toISOString().slice(0, 16);
// A wall time (ms, read as UTC) near a DST change or anywhere over two years; hours biased to the changes'.
const wall = fc.tuple(
    fc.oneof(fc.constantFrom(...HOT_DAYS), fc.integer({min: Date.parse('2025-06-01T00:00:00Z') / DAY, max: Date.parse('2027-06-01T00:00:00Z') / DAY}).map((d) => d * DAY)),
    fc.integer({min: -3, max: 3}),
    fc.oneof(fc.constantFrom(0, 1, 2, 3, 9, 21, 23), fc.integer({min: 0, max: 23})),
    fc.constantFrom(0, 15, 30, 45),
).map(([day, shift, hour, minute]) => day + shift * DAY + hour * HOUR + minute * MINUTE);

const clock = fc.constantFrom('00:00', '01:00', '02:00', '02:30', '03:00', '09:00', '17:00', '22:00');
const restriction: fc.Arbitrary<Restriction> = fc.record({
    days: fc.subarray(WEEKDAYS, {minLength: 1}),
    from: clock,
    to: fc.oneof(clock, fc.constant('24:00')),
});

const layer = (zone: string) => fc.record({
    users: fc.array(fc.constantFrom(...USERS), {minLength: 1, maxLength: 4}),
    unit: fc.constantFrom('hour', 'day', 'week'),
    every: fc.integer({min: 1, max: 3}),
    hours: fc.constantFrom(1, 5, 8, 12, 24, 36),
    start: wall,
    // Sometimes the start is written as an instant.
    isInstant: fc.boolean(),
    restrictions: fc.array(restriction, {maxLength: 2}),
}).map((l): Omit<LayerBody, 'name'> => ({
    users: l.users,
    rotation: {every: l.unit === 'hour' ? l.hours : l.every, unit: l.unit},
    start: l.isInstant ? DateTime.fromMillis(l.start, {zone}).toISO() ?? '' : wallText(l.start),
    restrictions: l.restrictions,
}));

// Overrides laid end to end with gaps (possibly none) so they never overlap.
const overrides = fc.tuple(wall, fc.array(fc.record({user: fc.constantFrom(...USERS), gap: fc.integer({min: 0, max: 72}), hours: fc.integer({min: 1, max: 48})}), {maxLength: 4}))
    .map(([startAt, list]) => {
        let t = startAt;
        return list.map((o) => {
            const start = t + o.gap * HOUR;
            t = start + o.hours * HOUR;
            return {user: o.user, start: new Date(start).toISOString(), end: new Date(t).toISOString()};
        });
    });

const scheduleCase: fc.Arbitrary<Case> = fc.constantFrom(...ZONES).chain((zone) => fc.record({
    zone: fc.constant(zone),
    layers: fc.array(layer(zone), {minLength: 1, maxLength: 3}),
    overrides,
    from: wall,
    hours: fc.integer({min: 1, max: 24 * 20}),
})).map(({zone, layers, overrides: list, from, hours}) => ({
    zone,
    body: {name: 'random', timeZone: zone, layers: layers.map((l, i) => ({...l, name: `layer ${i}`})), overrides: list},
    // `from` near a DST change in UTC terms: the zone's change is within hours of it.
    from, to: from + hours * HOUR,
}));

function compiled(body: ScheduleBody): CompiledSchedule {
    const parsed = parseSchedule(body, new Set(USERS));
    if (!parsed.ok) {
        throw new Error(`the generator made an invalid schedule: ${parsed.error.message}`);
    }
    return compileSchedule(parsed.value);
}

function expectPartition(shifts: OncallShift[], from: number, to: number): void {
    shifts.forEach((s, i) => {
        expect(s.start.getTime()).toBeGreaterThanOrEqual(from);
        expect(s.end.getTime()).toBeLessThanOrEqual(to);
        expect(s.start.getTime()).toBeLessThan(s.end.getTime());
        const next = shifts[i + 1];
        if (next) {
            expect(s.end.getTime()).toBeLessThanOrEqual(next.start.getTime());
            // Touching shifts of one person from one source are merged.
            const isSame = s.user === next.user && s.source === next.source && s.layer === next.layer;
            expect(isSame && s.end.getTime() === next.start.getTime()).toBe(false);
        }
    });
}

// What oncallAt must say at t, read off the shift list alone.
function expectAgreement(schedule: CompiledSchedule, shifts: OncallShift[], from: number, to: number, t: number): void {
    const answer = oncallAt(schedule, new Date(t));
    const cover = shifts.find((s) => s.start.getTime() <= t && t < s.end.getTime());
    const before = cover ?? shifts.filter((s) => s.end.getTime() <= t).at(-1);
    const after = cover ?? shifts.find((s) => s.start.getTime() > t);
    const since = cover ? cover.start.getTime() : before?.end.getTime() ?? from;
    const until = cover ? cover.end.getTime() : after?.start.getTime() ?? to;
    expect({users: answer.users, source: answer.source, layer: answer.layer})
        .toEqual(cover ? {users: [cover.user], source: cover.source, layer: cover.layer} : {users: [], source: null, layer: null});
    if (since > from) {
        expect(answer.since?.getTime()).toBe(since);
    } else {
        expect(answer.since === null || answer.since.getTime() <= from).toBe(true);
    }
    if (until < to) {
        expect(answer.until?.getTime()).toBe(until);
    } else {
        expect(answer.until === null || answer.until.getTime() >= to).toBe(true);
    }
}

it('the final schedule partitions [from, to), and who-is-on-call agrees with it everywhere', () => {
    fc.assert(fc.property(scheduleCase, fc.array(fc.double({min: 0, max: 1, noNaN: true, maxExcluded: true}), {maxLength: 5}), ({body, from, to}, picks) => {
        const schedule = compiled(body);
        const shifts = finalSchedule(schedule, new Date(from), new Date(to));
        expectPartition(shifts, from, to);
        const probes = [from, to - 1, ...shifts.flatMap((s) => [s.start.getTime(), s.end.getTime() - 1, s.end.getTime()]),
            ...picks.map((p) => from + Math.floor(p * (to - from)))].filter((t) => t >= from && t < to);
        for (const t of probes) {
            expectAgreement(schedule, shifts, from, to, t);
        }
    }), {numRuns: 300});
}, 30_000);

const offsetAt = (zone: string, t: number) => DateTime.fromMillis(t, {zone}).offset * MINUTE;
const wallAt = (zone: string, t: number) => t + offsetAt(zone, t);

it('every hand-off lands on its stated wall-clock time: the earlier one in a fold, moved by the gap in a gap', () => {
    fc.assert(fc.property(scheduleCase, fc.nat({max: 400}), ({zone, body}, first) => {
        const schedule = compiled(body);
        schedule.layers.forEach((compiledLayer, i) => {
            const written = body.layers[i] as LayerBody;
            const step = written.rotation.every * {hour: HOUR, day: DAY, week: 7 * DAY}[written.rotation.unit as 'hour' | 'day' | 'week'];
            const isLocal = !/(Z|[+-]\d{2}:\d{2})$/.test(written.start);
            const startWall = isLocal ? Date.parse(`${written.start}:00Z`) : wallAt(zone, Date.parse(written.start));
            for (let k = first; k < first + 10; k++) {
                const handoff = handoffAt(compiledLayer, k);
                if (k === 0 && !isLocal) {
                    expect(handoff).toBe(Date.parse(written.start));
                    continue;
                }
                const stated = startWall + k * step;
                const before = offsetAt(zone, stated - DAY);
                const after = offsetAt(zone, stated + DAY);
                if (wallAt(zone, handoff) === stated) {
                    // No earlier instant reads the same: the other candidate, one offset change earlier, does not.
                    expect(before === after || wallAt(zone, handoff - Math.abs(before - after)) !== stated).toBe(true);
                } else {
                    // A gap: nothing reads the stated time, and the hand-off reads it moved forward by the gap's length.
                    expect([stated - before, stated - after].some((t) => wallAt(zone, t) === stated)).toBe(false);
                    expect(wallAt(zone, handoff)).toBe(stated + (after - before));
                }
            }
        });
    }), {numRuns: 300});
}, 30_000);

// The layer's answer by brute force: hand-offs counted one by one with luxon, windows checked by their own
// wall-clock definition; nothing from the code under test but the hand-off list it is compared with.
it('a layer names users[k mod n] for the k-th hand-off passed, inside its windows only', () => {
    fc.assert(fc.property(scheduleCase, fc.double({min: 0, max: 1, noNaN: true, maxExcluded: true}), ({zone, body, from, to}, pick) => {
        const written = body.layers[0] as LayerBody;
        const schedule = compiled({...body, layers: [written], overrides: []});
        const layer = schedule.layers[0];
        if (!layer) {
            return;
        }
        const t = from + Math.floor(pick * (to - from));
        let k = -1;
        while (handoffAt(layer, k + 1) <= t && k < 40_000) {
            k++;
        }
        const expected = k >= 0 && isInsideWindows(zone, layer.windows === null ? [] : restrictionsOf(written), t) ?
            written.users[k % written.users.length]?.toLowerCase() : null;
        expect(layerStateAt(layer, t).user).toBe(expected ?? null);
    }), {numRuns: 300});
}, 30_000);

function isInsideWindows(zone: string, restrictions: Restriction[], t: number): boolean {
    if (restrictions.length === 0) {
        return true;
    }
    const today = Math.floor(wallAt(zone, t) / DAY) * DAY;
    // Windows opening the day before, today, or (read twice in a fold) tomorrow may hold t.
    return [today - DAY, today, today + DAY].some((day) => restrictions.some((r) => {
        const weekday = WEEKDAYS[(Math.floor(day / DAY) + 3) % 7] as Weekday;
        const from = minutes(r.from);
        const length = ((minutes(r.to) - from + 1440) % 1440 || 1440) * MINUTE;
        const open = compatible(zone, day + from * MINUTE);
        return r.days.includes(weekday) && open <= t && t < compatible(zone, day + from * MINUTE + length);
    }));
}

// The generator wrote only real weekdays.
const restrictionsOf = (written: LayerBody): Restriction[] => (written.restrictions ?? []).map((r) => ({...r, days: r.days as Weekday[]}));
const minutes = (text: string) => Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5));

// Temporal's 'compatible', with luxon's offsets: the earliest instant reading `stated`, else moved by the gap.
function compatible(zone: string, stated: number): number {
    const candidates = [offsetAt(zone, stated - DAY), offsetAt(zone, stated + DAY)].map((o) => stated - o);
    const real = candidates.filter((t) => wallAt(zone, t) === stated);
    return real.length > 0 ? Math.min(...real) : stated - offsetAt(zone, stated - DAY);
}
