import type {Restriction, Weekday} from '../contract/schedules.js';
import {DAY_MS, MINUTE_MS, type ZoneClock} from './oncall_wall_clock.js';
import {WallSequence} from './oncall_wall_sequence.js';
import {parseClock} from './oncall_time_text.js';

export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const WEEK_MS = 7 * DAY_MS;
// 1970-01-05 was a Monday: wall weeks are counted from its midnight.
const FIRST_MONDAY = 4 * DAY_MS;

type Span = {start: number; end: number};

// A layer's restrictions as the edges of its windows: even points open a window, odd points close it. The
// windows of one week are merged (overlapping or touching ones become one, also across Sunday midnight), so
// consecutive edges always differ and "inside" is simply "the last edge passed is an opening one".
export class RestrictionWindows extends WallSequence {
    // [open0, close0, open1, close1, …] in ms after Monday 00:00; the last close may pass the week's end.
    constructor(clock: ZoneClock, private readonly edges: readonly number[]) {
        super(clock);
    }

    point(j: number): number {
        const n = this.edges.length;
        const week = Math.floor(j / n);
        return FIRST_MONDAY + week * WEEK_MS + (this.edges[j - week * n] ?? 0);
    }

    protected guess(wall: number): number {
        const week = Math.floor((wall - FIRST_MONDAY) / WEEK_MS);
        const within = wall - FIRST_MONDAY - week * WEEK_MS;
        let i = 0;
        while (i < this.edges.length && (this.edges[i] ?? 0) <= within) {
            i++;
        }
        return week * this.edges.length + i - 1;
    }
}

export const isOpening = (edge: number): boolean => edge % 2 === 0;

// Null when the layer is never masked: no restrictions, or windows that cover the whole week.
export function compileRestrictions(restrictions: readonly Restriction[], clock: ZoneClock): RestrictionWindows | null {
    const spans = mergeSpans(restrictions.flatMap(weekSpans));
    if (spans.length === 0 || (spans.length === 1 && spans[0]?.start === 0 && spans[0].end === WEEK_MS)) {
        return null;
    }
    const first = spans[0];
    const last = spans.at(-1);
    // A window open through Sunday midnight into Monday is one window, not two touching ones.
    if (first && last && spans.length > 1 && first.start === 0 && last.end === WEEK_MS) {
        last.end = WEEK_MS + first.end;
        spans.shift();
    }
    return new RestrictionWindows(clock, spans.flatMap((s) => [s.start, s.end]));
}

// One span per listed day, split at the week's end so every span sits inside [0, week).
function weekSpans(restriction: Restriction): Span[] {
    const from = clockMinutes(restriction.from, false);
    const to = clockMinutes(restriction.to, true);
    // to ≤ from runs past midnight; to = from is a whole day.
    const length = ((to - from + 1440) % 1440 || 1440) * MINUTE_MS;
    return restriction.days.flatMap((day) => {
        const start = WEEKDAYS.indexOf(day) * DAY_MS + from * MINUTE_MS;
        const end = start + length;
        return end <= WEEK_MS ? [{start, end}] : [{start, end: WEEK_MS}, {start: 0, end: end - WEEK_MS}];
    });
}

function mergeSpans(spans: Span[]): Span[] {
    const merged: Span[] = [];
    for (const span of [...spans].sort((a, b) => a.start - b.start)) {
        const last = merged.at(-1);
        if (last && span.start <= last.end) {
            last.end = Math.max(last.end, span.end);
        } else {
            merged.push({...span});
        }
    }
    return merged;
}

// Restrictions reach here validated; a bad one is a bug.
function clockMinutes(text: string, isEndOfDayAllowed: boolean): number {
    const minutes = parseClock(text, isEndOfDayAllowed);
    if (!minutes.ok) {
        throw new Error(`restriction time escaped validation: ${minutes.error}`);
    }
    return minutes.value;
}
