import type {DateTime} from 'luxon';

export type RangeUnit = 'week' | 'month';

/** The days a timeline shows: a whole ISO week (from Monday) or calendar month in the viewer's zone, [from, to). */
export type VisibleRange = {unit: RangeUnit; from: DateTime; to: DateTime};

const STEP = {week: 'weeks', month: 'months'} as const;

export function rangeAround(at: DateTime, unit: RangeUnit): VisibleRange {
    const from = at.startOf(unit);
    return {unit, from, to: from.plus({[STEP[unit]]: 1})};
}

export const stepRange = (range: VisibleRange, step: 1 | -1): VisibleRange =>
    rangeAround(range.from.plus({[STEP[range.unit]]: step}), range.unit);

export const rangeQuery = (range: VisibleRange): {from: string; to: string} =>
    ({from: range.from.toUTC().toISO() ?? '', to: range.to.toUTC().toISO() ?? ''});
