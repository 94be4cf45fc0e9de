import {DateTime} from 'luxon';
import type {KpiProblem} from '../contract/kpis.js';
import {parseKpiInstant, rangeProblem, type KpiRange} from './kpi_range.js';
import {err, ok, type Result} from './result.js';

// A year of weeks: the longest trend a review reads, and well inside the two years one KPI request may span.
const MAX_KPI_WEEKS = 52;

type KpiWeeksQuery = {weeks: number; to: Date};

// `to` is optional (now when left out); both fields are checked together so one answer names every bad field.
export function parseKpiWeeks(weeksText: string, toText: string | undefined, now: Date): Result<KpiWeeksQuery, KpiProblem> {
    const fields: Record<string, string> = {};
    const weeks = /^\s*\d{1,3}\s*$/.test(weeksText) ? Number(weeksText) : Number.NaN;
    if (!(weeks >= 1 && weeks <= MAX_KPI_WEEKS)) {
        fields.weeks = `"${weeksText}" is not a number of weeks: write a whole number from 1 to ${MAX_KPI_WEEKS}`;
    }
    const to = toText === undefined ? ok(now) : parseKpiInstant(toText);
    if (!to.ok) {
        fields.to = to.error;
    }
    return to.ok && fields.weeks === undefined ? ok({weeks, to: to.value}) : err(rangeProblem(fields));
}

/**
 * `weeks` consecutive weeks, each from Monday 00:00 in `zone` to the next Monday 00:00 (so 167 or 169 hours across a
 * daylight-saving change), the last one the week holding `to` and ending at `to`. A `to` on Monday 00:00 ends the
 * week before it rather than opening an empty one.
 */
export function kpiWeeks({weeks, to}: KpiWeeksQuery, zone: string): KpiRange[] {
    const lastMonday = DateTime.fromMillis(to.getTime() - 1, {zone}).startOf('week');
    return Array.from({length: weeks}, (_, k) => {
        const start = lastMonday.minus({weeks: weeks - 1 - k});
        return {from: start.toJSDate(), to: k === weeks - 1 ? to : start.plus({weeks: 1}).toJSDate()};
    });
}
