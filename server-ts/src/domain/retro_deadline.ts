import {DateTime} from 'luxon';
import {err, ok, type Result} from './result.js';

const SATURDAY = 6;
const isWeekend = (day: DateTime) => day.weekday >= SATURDAY;

// N business days (Monday–Friday in the team's zone) after `start`, at the same wall-clock time: resolved on a
// Friday 15:00, three business days is Wednesday 15:00; resolved on a Saturday, Monday counts as the first.
// Holidays are not known, so they count as working days.
export function addBusinessDays(start: Date, days: number, zone: string): Date {
    let day = DateTime.fromJSDate(start, {zone});
    let left = days;
    while (left > 0) {
        day = day.plus({days: 1});
        if (!isWeekend(day)) {
            left -= 1;
        }
    }
    return day.toJSDate();
}

// A follow-up due on a day is due until that day ends in the team's zone.
export function endOfDueDay(raw: string, zone: string, now: Date): Result<Date, string> {
    const day = /^\d{4}-\d{2}-\d{2}$/.test(raw.trim()) ? DateTime.fromISO(raw.trim(), {zone}) : null;
    if (day === null || !day.isValid) {
        return err(`"${raw}" is not a date: use YYYY-MM-DD, e.g. 2025-03-14`);
    }
    const today = DateTime.fromJSDate(now, {zone}).startOf('day');
    if (day < today) {
        return err(`${raw.trim()} has passed: choose today or a later day`);
    }
    return ok(day.endOf('day').toJSDate());
}

export const dueDateOf = (dueAt: Date, zone: string): string => DateTime.fromJSDate(dueAt, {zone}).toISODate() ?? '';

export const isOverdue = (dueAt: Date | null, isClosed: boolean, now: Date): boolean =>
    dueAt !== null && !isClosed && now.getTime() > dueAt.getTime();
