import {err, ok, type Result} from './result.js';
import {MINUTE_MS, type ZoneClock} from './oncall_wall_clock.js';

// Schedule times as people and scripts write them: "2026-03-16T09:00" is wall-clock time in the schedule's
// zone, "2026-03-30T10:00:00Z" or "…+02:00" an instant. Both become ms (see oncall_wall_clock.ts).
export type TimeText = {kind: 'local'; wall: number} | {kind: 'instant'; at: number};

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})?$/;
const CLOCK = /^(\d{2}):(\d{2})$/;
// Before 1970 zones carry local mean times and odd jumps no rotation needs; after 2999 nobody is on call yet.
const MIN_YEAR = 1970;
const MAX_YEAR = 2999;
const FORMAT_HINT = 'use YYYY-MM-DDTHH:mm (local to the schedule) or an ISO instant ending in Z or an offset such as +02:00';

export function parseTimeText(text: string): Result<TimeText, string> {
    const m = DATE_TIME.exec(text.trim());
    if (m === null) {
        return err(`"${text}" is not a time: ${FORMAT_HINT}`);
    }
    const field = (i: number) => Number(m[i] ?? 0);
    const [year, month, day, hour, minute, second] = [field(1), field(2), field(3), field(4), field(5), field(6)];
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) {
        return err(`"${text}" is not a real date and time`);
    }
    if (year < MIN_YEAR || year > MAX_YEAR) {
        return err(`"${text}" is out of range: use a year from ${MIN_YEAR} to ${MAX_YEAR}`);
    }
    const wall = Date.UTC(year, month - 1, day, hour, minute, second, Number((m[7] ?? '').padEnd(3, '0')));
    const zone = m[8];
    if (zone === undefined) {
        return ok({kind: 'local', wall});
    }
    const offset = offsetOf(zone);
    return offset === null ? err(`"${text}" has an offset that does not exist`) : ok({kind: 'instant', at: wall - offset});
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
const daysInMonth = (year: number, month: number) => (month === 2 && isLeap(year) ? 29 : MONTH_DAYS[month - 1] ?? 0);

function offsetOf(zone: string): number | null {
    if (zone === 'Z') {
        return 0;
    }
    const hours = Number(zone.slice(1, 3));
    const minutes = Number(zone.slice(4, 6));
    if (hours > 18 || minutes > 59) {
        return null;
    }
    return (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes) * MINUTE_MS;
}

// "HH:mm" as minutes after midnight; "24:00" only where a window may end at the end of the day.
export function parseClock(text: string, isEndOfDayAllowed: boolean): Result<number, string> {
    const m = CLOCK.exec(text.trim());
    const minutes = m === null ? Number.NaN : Number(m[1]) * 60 + Number(m[2]);
    const isEndOfDay = minutes === 24 * 60 && isEndOfDayAllowed;
    if (m === null || Number(m[2]) > 59 || (minutes >= 24 * 60 && !isEndOfDay)) {
        return err(`"${text}" is not a time of day: use HH:mm from 00:00 to ${isEndOfDayAllowed ? '24:00' : '23:59'}`);
    }
    return ok(minutes);
}

// The instant a schedule time stands for in its zone ('compatible' for wall times).
export const instantOfTime = (time: TimeText, clock: ZoneClock): number =>
    (time.kind === 'instant' ? time.at : clock.instantOf(time.wall));

// The wall time a schedule time stands for: as written when local, as read in the zone when an instant.
export const wallOfTime = (time: TimeText, clock: ZoneClock): number =>
    (time.kind === 'local' ? time.wall : clock.wallOf(time.at));
