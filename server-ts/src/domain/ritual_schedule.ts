import {DateTime, IANAZone} from 'luxon';
import {err, ok, type Result} from './result.js';

// ISO weekday: 1 = Monday … 7 = Sunday (luxon's numbering).
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export type Cadence =
    | {kind: 'weekly'; weekday: Weekday; time: string}
    // nth 1–4 counts from the start of the month, -1 is the last such weekday.
    | {kind: 'monthly'; nth: 1 | 2 | 3 | 4 | -1; weekday: Weekday; time: string};

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

// Cadences live in a jsonb column: anything read back is checked before it drives a timer.
export function parseCadence(raw: unknown): Result<Cadence, string> {
    if (typeof raw !== 'object' || raw === null) {
        return err('cadence must be an object');
    }
    const c = raw as Record<string, unknown>;
    if (typeof c.time !== 'string' || !TIME.test(c.time)) {
        return err(`cadence time must be HH:mm (got ${JSON.stringify(c.time)})`);
    }
    if (!isWeekday(c.weekday)) {
        return err(`cadence weekday must be 1 (Monday) to 7 (Sunday) (got ${JSON.stringify(c.weekday)})`);
    }
    if (c.kind === 'weekly') {
        return ok({kind: 'weekly', weekday: c.weekday, time: c.time});
    }
    if (c.kind === 'monthly' && (c.nth === 1 || c.nth === 2 || c.nth === 3 || c.nth === 4 || c.nth === -1)) {
        return ok({kind: 'monthly', nth: c.nth, weekday: c.weekday, time: c.time});
    }
    return err(`cadence must be weekly, or monthly with nth 1-4 or -1 (got ${JSON.stringify(raw)})`);
}

const isWeekday = (v: unknown): v is Weekday => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 7;

// The first occurrence strictly after `now`, at the cadence's wall-clock time in `zone`, so a 09:00
// Berlin ritual stays at 09:00 local on both sides of a daylight-saving change.
export function nextOccurrence(cadence: Cadence, zone: string, now: Date): Result<Date, string> {
    if (!IANAZone.isValidZone(zone)) {
        return err(`unknown time zone "${zone}"`);
    }
    const local = DateTime.fromJSDate(now, {zone});
    const [hour, minute] = cadence.time.split(':').map(Number);
    const at = (day: DateTime) => day.set({hour, minute, second: 0, millisecond: 0});
    if (cadence.kind === 'weekly') {
        const ahead = (cadence.weekday - local.weekday + 7) % 7;
        const candidate = at(local.startOf('day').plus({days: ahead}));
        return ok((candidate > local ? candidate : at(local.startOf('day').plus({days: ahead + 7}))).toJSDate());
    }
    // Three months always contain the next occurrence, even for "last Friday" late in the month.
    for (let offset = 0; offset < 3; offset++) {
        const candidate = nthWeekday(local.startOf('month').plus({months: offset}), cadence.nth, cadence.weekday);
        if (candidate && at(candidate) > local) {
            return ok(at(candidate).toJSDate());
        }
    }
    return err('no occurrence within three months');
}

function nthWeekday(monthStart: DateTime, nth: 1 | 2 | 3 | 4 | -1, weekday: Weekday): DateTime | null {
    if (nth === -1) {
        const last = monthStart.endOf('month').startOf('day');
        return last.minus({days: (last.weekday - weekday + 7) % 7});
    }
    const first = monthStart.plus({days: (weekday - monthStart.weekday + 7) % 7});
    const day = first.plus({weeks: nth - 1});
    return day.month === monthStart.month ? day : null;
}
