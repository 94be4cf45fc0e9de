import type {KpiProblem} from '../contract/kpis.js';
import {parseTimeText} from './oncall_time_text.js';
import {DAY_MS} from './oncall_wall_clock.js';
import {err, ok, type Result} from './result.js';

// Two years (one of them possibly leap) bounds the rows one request reads; reviews look at weeks and quarters.
export const MAX_KPI_RANGE_DAYS = 731;

// [from, to): an event at `to` belongs to the next range, so consecutive weeks never count it twice.
export type KpiRange = {from: Date; to: Date};

export function parseKpiRange(fromText: string, toText: string): Result<KpiRange, KpiProblem> {
    const from = parseInstant(fromText);
    const to = parseInstant(toText);
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
        const message = Object.entries(fields).map(([field, why]) => `${field}: ${why}`).join('; ');
        return err({code: 'invalid_range', message, fields});
    }
    return ok({from: from.value, to: to.value});
}

// A query string turns the "+" of "+02:00" into a space when the caller forgot to escape it: read it back.
function parseInstant(text: string): Result<Date, string> {
    const time = parseTimeText(text.trim().replace(/ (\d{2}:\d{2})$/, '+$1'));
    if (!time.ok) {
        return err(`"${text}" is not a date and time: write an ISO instant such as 2026-03-02T00:00:00Z`);
    }
    return time.value.kind === 'instant' ? ok(new Date(time.value.at)) : err(`"${text}" has no offset: end it in Z or an offset such as +02:00`);
}
