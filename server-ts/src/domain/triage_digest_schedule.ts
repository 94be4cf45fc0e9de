import {err, ok, type Result} from './result.js';
import {nextOccurrence, type Weekday} from './ritual_schedule.js';

// Day, time and channel are configurable; the default is Tuesday 09:00 in the team's zone, before Triage & Planning.
export type DigestSchedule = {weekday: Weekday; time: string; timeZone: string};

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

// Wall-clock time in the team's zone, so 09:00 stays 09:00 on both sides of a daylight-saving change.
export function nextDigestAt(schedule: DigestSchedule, after: Date): Result<Date, string> {
    if (!TIME.test(schedule.time)) {
        return err(`digest time must be HH:mm (got "${schedule.time}")`);
    }
    return nextOccurrence({kind: 'weekly', weekday: schedule.weekday, time: schedule.time}, schedule.timeZone, after);
}

// A run is missed when the first slot after the last run has already passed (the companion was down at 09:00);
// the caller then runs it on start. Never having run is not a miss: a fresh install waits for its first slot.
export function missedDigest(lastRunAt: Date | null, schedule: DigestSchedule, now: Date): Result<boolean, string> {
    const due = nextDigestAt(schedule, lastRunAt ?? now);
    if (!due.ok) {
        return due;
    }
    return ok(lastRunAt !== null && due.value <= now);
}
