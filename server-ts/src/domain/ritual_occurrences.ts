import {nextOccurrence, type Cadence} from './ritual_schedule.js';

// What the occurrence maths needs of a ritual; the zone is checked when the ritual is saved.
export type RitualTiming = {cadence: Cadence; timeZone: string; leadMinutes: number};

const MINUTE = 60_000;
// A monthly "nth weekday" comes back within five weeks; a few days more covers a daylight-saving shift.
const LONGEST_GAP_MS = 40 * 24 * 60 * MINUTE;
// Bounds every loop below however wide a window a caller asks for (a weekly ritual has 52 a year).
const MAX_OCCURRENCES = 400;

const postTimeOf = (timing: RitualTiming, occurrenceAt: Date): Date => new Date(occurrenceAt.getTime() - timing.leadMinutes * MINUTE);

// Starts strictly after `after`, earliest first, while `isWanted` holds (and at most `limit`).
function occurrencesAfter(timing: RitualTiming, after: Date, limit: number, isWanted: (at: Date) => boolean): Date[] {
    const found: Date[] = [];
    let cursor = after;
    while (found.length < Math.min(limit, MAX_OCCURRENCES)) {
        const next = nextOccurrence(timing.cadence, timing.timeZone, cursor);
        if (!next.ok || !isWanted(next.value)) {
            break;
        }
        found.push(next.value);
        cursor = next.value;
    }
    return found;
}

// The next `count` starts after `now` (for the list and the calendar).
export const upcomingOccurrences = (timing: RitualTiming, now: Date, count: number): Date[] => occurrencesAfter(timing, now, count, () => true);

// Starts in [from, to), for the calendar feed.
export const occurrencesBetween = (timing: RitualTiming, from: Date, to: Date): Date[] =>
    occurrencesAfter(timing, new Date(from.getTime() - 1), MAX_OCCURRENCES, (at) => at < to);

/**
 * The occurrences whose agenda is due: post time (start − lead) in [since, now], earliest first. A sweep passes
 * the newest of (last week, the ritual's creation or last edit) as `since`, so after an outage it catches up.
 */
export function dueOccurrences(timing: RitualTiming, since: Date, now: Date): Date[] {
    const lead = timing.leadMinutes * MINUTE;
    return occurrencesAfter(timing, new Date(since.getTime() + lead - 1), MAX_OCCURRENCES, (at) => at.getTime() - lead <= now.getTime());
}

// The next occurrence whose agenda is still to come (post time after `now`): when the sweep should run next.
export function nextPostTime(timing: RitualTiming, now: Date): Date | null {
    const [next] = occurrencesAfter(timing, new Date(now.getTime() + timing.leadMinutes * MINUTE), 1, () => true);
    return next === undefined ? null : postTimeOf(timing, next);
}

// The start before `occurrenceAt` by the cadence (whether or not an agenda was posted then): "since the last review".
export function previousOccurrence(timing: RitualTiming, occurrenceAt: Date): Date | null {
    const starts = occurrencesAfter(timing, new Date(occurrenceAt.getTime() - LONGEST_GAP_MS), MAX_OCCURRENCES, (at) => at < occurrenceAt);
    return starts.at(-1) ?? null;
}
