import {DateTime} from 'luxon';

import type {Shift} from '../../../../server-ts/src/contract/schedules';

/** A stretch of one day's row: someone's shift (clipped to the day) or a gap nobody covers. */
export type Segment = {
    kind: 'shift' | 'gap';
    user: string | null;
    source: Shift['source'] | null;
    layer: string | null;
    start: DateTime;
    end: DateTime;
    // Position in the day's row, in percent of the day (23 or 25 hours on a daylight-saving day).
    offset: number;
    width: number;
};

export type TimelineDay = {start: DateTime; segments: Segment[]};

type Timed = {shift: Shift; start: DateTime; end: DateTime};

/**
 * The final schedule as day rows in `from`'s zone over [from, to): each shift cut at midnight, and everything
 * between shifts marked as a gap, since the companion leaves gaps out of the shift list.
 */
export function timelineDays(shifts: readonly Shift[], from: DateTime, to: DateTime): TimelineDay[] {
    const timed = shifts
        .map((shift) => ({shift, start: DateTime.fromISO(shift.start, {zone: from.zone}), end: DateTime.fromISO(shift.end, {zone: from.zone})}))
        .filter((t) => t.start.isValid && t.end.isValid && t.start < t.end)
        .sort((a, b) => a.start.toMillis() - b.start.toMillis());
    const days: TimelineDay[] = [];
    for (let day = from; day < to; day = day.plus({days: 1})) {
        days.push({start: day, segments: daySegments(timed, day, DateTime.min(day.plus({days: 1}), to))});
    }
    return days;
}

function daySegments(timed: readonly Timed[], dayStart: DateTime, dayEnd: DateTime): Segment[] {
    const length = dayEnd.toMillis() - dayStart.toMillis();
    const place = (start: DateTime, end: DateTime) => ({
        start, end,
        offset: ((start.toMillis() - dayStart.toMillis()) / length) * 100,
        width: ((end.toMillis() - start.toMillis()) / length) * 100,
    });
    const gap = (start: DateTime, end: DateTime): Segment => ({kind: 'gap', user: null, source: null, layer: null, ...place(start, end)});
    const segments: Segment[] = [];
    let covered = dayStart;
    for (const t of timed) {
        if (t.end <= covered || t.start >= dayEnd) {
            continue;
        }
        const start = DateTime.max(t.start, covered);
        const end = DateTime.min(t.end, dayEnd);
        if (start > covered) {
            segments.push(gap(covered, start));
        }
        segments.push({kind: 'shift', user: t.shift.user, source: t.shift.source, layer: t.shift.layer, ...place(start, end)});
        covered = end;
    }
    if (covered < dayEnd) {
        segments.push(gap(covered, dayEnd));
    }
    return segments;
}
