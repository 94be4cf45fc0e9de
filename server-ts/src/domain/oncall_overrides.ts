import type {Override, Schedule} from '../contract/schedules.js';
import {instantOfTime, parseTimeText} from './oncall_time_text.js';
import {zoneClock} from './oncall_wall_clock.js';

export type NewOverride = {user: string; start: Date; end: Date};

const HOUR_MS = 3_600_000;
export const TAKE_OVER_HOURS = {min: 0.5, max: 72};

// "Take over for N hours": from now, a bounded, sensible length.
export function takeOverWindow(hours: number, now: Date): {start: Date; end: Date} | string {
    if (!Number.isFinite(hours) || hours < TAKE_OVER_HOURS.min || hours > TAKE_OVER_HOURS.max) {
        return `take over for ${TAKE_OVER_HOURS.min} to ${TAKE_OVER_HOURS.max} hours`;
    }
    return {start: now, end: new Date(now.getTime() + hours * HOUR_MS)};
}

/**
 * The schedule with `added` in its overrides. Overrides never overlap (the domain refuses it), and the newest
 * intention wins: the parts of older overrides under the new one are cut away (an override split in two keeps
 * both ends). Untouched overrides keep their text as written; cut ones are rewritten as UTC instants.
 */
export function placeOverride(schedule: Schedule, added: NewOverride): Schedule {
    const clock = zoneClock(schedule.timeZone);
    const at = (text: string) => {
        const parsed = parseTimeText(text);
        return parsed.ok ? instantOfTime(parsed.value, clock) : Number.NaN;
    };
    const [from, to] = [added.start.getTime(), added.end.getTime()];
    const iso = (ms: number) => new Date(ms).toISOString();
    const kept = schedule.overrides.flatMap((o): Override[] => {
        const [start, end] = [at(o.start), at(o.end)];
        if (end <= from || start >= to) {
            return [o];
        }
        return [
            ...(start < from ? [{user: o.user, start: o.start, end: iso(from)}] : []),
            ...(end > to ? [{user: o.user, start: iso(to), end: o.end}] : []),
        ];
    });
    const overrides = [...kept, {user: added.user, start: iso(from), end: iso(to)}].sort((a, b) => at(a.start) - at(b.start));
    return {...schedule, overrides};
}
