import type {ScheduleProblem} from '../contract/schedules.js';
import {scheduleProblem} from './oncall_schedule_parse.js';
import {parseTimeText} from './oncall_time_text.js';
import {DAY_MS} from './oncall_wall_clock.js';
import {err, ok, type Result} from './result.js';

// Three years of shifts is enough for any calendar view or feed, and bounds the work one request can ask for.
const MAX_SHIFT_RANGE_DAYS = 1096;

// `?at=` of GET …/oncall: an ISO instant; missing means now.
export function parseOncallAt(text: string | undefined, now: Date): Result<Date, ScheduleProblem> {
    if (text === undefined || text.trim() === '') {
        return ok(now);
    }
    const at = parseInstant(text);
    return at.ok ? ok(at.value) : err(scheduleProblem({at: at.error}));
}

// `?from=&to=` of GET …/shifts: two ISO instants, from before to, at most MAX_SHIFT_RANGE_DAYS apart.
export function parseShiftRange(fromText: string, toText: string): Result<{from: Date; to: Date}, ScheduleProblem> {
    const from = parseInstant(fromText);
    const to = parseInstant(toText);
    const problems: Record<string, string> = {};
    if (!from.ok) {
        problems.from = from.error;
    }
    if (!to.ok) {
        problems.to = to.error;
    }
    if (from.ok && to.ok) {
        const days = (to.value.getTime() - from.value.getTime()) / DAY_MS;
        if (days <= 0) {
            problems.to = 'to must be after from';
        } else if (days > MAX_SHIFT_RANGE_DAYS) {
            problems.to = `ask for at most ${MAX_SHIFT_RANGE_DAYS} days at a time`;
        }
    }
    return from.ok && to.ok && Object.keys(problems).length === 0 ? ok({from: from.value, to: to.value}) : err(scheduleProblem(problems));
}

// A query string turns the "+" of "+02:00" into a space when the caller forgot to escape it: read it back.
function parseInstant(text: string): Result<Date, string> {
    const time = parseTimeText(text.trim().replace(/ (\d{2}:\d{2})$/, '+$1'));
    if (!time.ok) {
        return time;
    }
    return time.value.kind === 'instant' ? ok(new Date(time.value.at)) : err(`"${text}" has no offset: end it in Z or an offset such as +02:00`);
}
