import type {ShiftSource} from '../contract/schedules.js';
import {lastAtOrBefore, OVERRIDE, type CompiledSchedule} from './oncall_compile.js';
import {isOpening} from './oncall_restrictions.js';
import type {CompiledLayer} from './oncall_rotation.js';

// One shift of the final schedule: who, when, and from which layer (null for an override).
export type OncallShift = {user: string; start: Date; end: Date; source: ShiftSource; layer: string | null};

// `layer` is the layer's index or OVERRIDE; instants in ms, [start, end).
type Segment = {start: number; end: number; user: string; layer: number};

// The final schedule over [from, to): layers painted lowest first, each later one over the earlier ones where it
// has someone, overrides over all; then one person's touching shifts from the same source are merged. Sorted,
// never overlapping; gaps (nobody on call) are simply absent. Empty when from ≥ to.
export function finalSchedule(schedule: CompiledSchedule, from: Date, to: Date): OncallShift[] {
    const start = from.getTime();
    const end = to.getTime();
    let painted: Segment[] = [];
    schedule.layers.forEach((layer, index) => {
        painted = overlay(painted, layerSegments(layer, index, start, end));
    });
    painted = overlay(painted, overrideSegments(schedule, start, end));
    return mergeTouching(painted).map((s) => ({
        user: s.user,
        start: new Date(s.start),
        end: new Date(s.end),
        source: s.layer === OVERRIDE ? 'override' : 'layer',
        layer: s.layer === OVERRIDE ? null : schedule.layers[s.layer]?.name ?? null,
    }));
}

// Walks hand-offs and window edges together from `from`: the first of each is found arithmetically
// (indexAt), the rest are one step each.
function layerSegments(layer: CompiledLayer, index: number, from: number, to: number): Segment[] {
    const segments: Segment[] = [];
    const {handoffs, windows, users} = layer;
    let t = Math.max(from, layer.startAt);
    if (t >= to) {
        return segments;
    }
    let k = handoffs.indexAt(t);
    let handoffEnd = handoffs.at(k + 1);
    let w = windows?.indexAt(t) ?? 0;
    let windowEnd = windows?.at(w + 1) ?? Infinity;
    while (t < to) {
        const end = Math.min(handoffEnd, windowEnd, to);
        const user = users[k % users.length];
        if (isOpening(w) && end > t && user !== undefined) {
            segments.push({start: t, end, user, layer: index});
        }
        t = end;
        while (handoffEnd <= t) {
            k++;
            handoffEnd = handoffs.at(k + 1);
        }
        while (windows && windowEnd <= t) {
            w++;
            windowEnd = windows.at(w + 1);
        }
    }
    return segments;
}

function overrideSegments(schedule: CompiledSchedule, from: number, to: number): Segment[] {
    const {starts, ends, users} = schedule.overrides;
    const segments: Segment[] = [];
    // The first override still running at `from`: ends are sorted because overrides never overlap.
    for (let i = lastAtOrBefore(ends, from) + 1; i < starts.length && (starts[i] ?? Infinity) < to; i++) {
        segments.push({start: Math.max(starts[i] ?? 0, from), end: Math.min(ends[i] ?? 0, to), user: users[i] ?? '', layer: OVERRIDE});
    }
    return segments;
}

// `top` wins wherever it has a segment. Both lists are sorted and non-overlapping, and so is the result; one
// pass over each, no sorting.
function overlay(base: Segment[], top: Segment[]): Segment[] {
    if (top.length === 0 || base.length === 0) {
        return top.length === 0 ? base : top;
    }
    const out: Segment[] = [];
    let i = 0;
    for (const b of base) {
        let start = b.start;
        while (start < b.end) {
            for (let t = top[i]; t !== undefined && t.end <= start; t = top[++i]) {
                out.push(t);
            }
            const cover = top[i];
            if (cover === undefined || cover.start >= b.end) {
                out.push({...b, start});
                break;
            }
            if (cover.start > start) {
                out.push({...b, start, end: cover.start});
            }
            start = cover.end;
        }
    }
    return out.concat(top.slice(i));
}

function mergeTouching(segments: Segment[]): Segment[] {
    const merged: Segment[] = [];
    for (const s of segments) {
        const last = merged.at(-1);
        if (last && last.end === s.start && last.user === s.user && last.layer === s.layer) {
            last.end = s.end;
        } else {
            merged.push({...s});
        }
    }
    return merged;
}
