import type {KpiProblem} from '../contract/kpis.js';
import {parseTimeText} from './oncall_time_text.js';
import {DAY_MS} from './oncall_wall_clock.js';
import {err, ok, type Result} from './result.js';
import {fieldsProblem} from './field_problems.js';

// Two years (one of them possibly leap) bounds the rows one request reads; reviews look at weeks and quarters.
export const MAX_KPI_RANGE_DAYS = 731;

// [from, to): an event at `to` belongs to the next range, so consecutive weeks never count it twice.
export type KpiRange = {from: Date; to: Date};

export function parseKpiRange(fromText: string, toText: string): Result<KpiRange, KpiProblem> {
    const from = parseKpiInstant(fromText);
    const to = parseKpiInstant(toText);
    const fields: Record<string, string> = {};
    if (!from.ok) {
        fields.from = from.error;
    }
    if (!to.ok) {
        fields.to = to.error;
    }
    if (from.ok && to.ok) {
        const days = (to.value.getTime() - from.value.getTime()) / DAY_MS;
        if (days <= 0) {
            fields.to = 'to must be after from';
        } else if (days > MAX_KPI_RANGE_DAYS) {
            fields.to = `ask for at most two years (${MAX_KPI_RANGE_DAYS} days) at a time`;
        }
    }
    if (!from.ok || !to.ok || Object.keys(fields).length > 0) {
        return err(rangeProblem(fields));
    }
    return ok({from: from.value, to: to.value});
}

export const rangeProblem = (fields: Record<string, string>): KpiProblem => fieldsProblem('invalid_range', fields);

// A query string turns the "+" of "+02:00" into a space when the caller forgot to escape it: read it back.
export function parseKpiInstant(text: string): Result<Date, string> {
    const time = parseTimeText(text.trim().replace(/ (\d{2}:\d{2})$/, '+$1'));
    if (!time.ok) {
        return err(`"${text}" is not a date and time: write an ISO instant such as 2026-03-02T00:00:00Z`);
    }
    return time.value.kind === 'instant' ? ok(new Date(time.value.at)) : err(`"${text}" has no offset: end it in Z or an offset such as +02:00`);
}

/**
 * What the loader reads for consecutive ranges at once (one range, or the weeks of a weekly report): what began in
 * [from, to), the states of requests at each snapshot, and the follow-ups due before `dueBefore`.
 */
export type KpiSpan = {from: Date; to: Date; snapshots: Date[]; dueBefore: Date};

// States are read at the end of a range, or now when that is sooner: nothing after now has happened yet.
export const snapshotAt = (range: KpiRange, now: Date): Date => new Date(Math.min(range.to.getTime(), now.getTime()));

export function spanOf(ranges: readonly KpiRange[], now: Date): KpiSpan {
    const from = new Date(Math.min(...ranges.map((r) => r.from.getTime())));
    const to = new Date(Math.max(...ranges.map((r) => r.to.getTime())));
    // In time order (the loader counts on it), and once: weeks that end after now share the snapshot at now.
    const snapshots = [...new Set(ranges.map((r) => snapshotAt(r, now).getTime()))].sort((a, b) => a - b).map((at) => new Date(at));
    return {from, to, snapshots, dueBefore: snapshotAt({from, to}, now)};
}
