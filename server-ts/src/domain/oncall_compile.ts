import type {Schedule} from '../contract/schedules.js';
import {compileLayer, layerStateAt, trustedTime, type CompiledLayer} from './oncall_rotation.js';
import {instantOfTime} from './oncall_time_text.js';
import {zoneClock} from './oncall_wall_clock.js';

// A schedule made ready for fast questions: times parsed once, overrides as sorted instants for binary search,
// the zone's offsets shared through its ZoneClock. Compile when a schedule is saved or loaded, keep it, and
// ask it many times.
export type CompiledSchedule = {
    name: string;
    timeZone: string;
    // Lowest first, as listed.
    layers: readonly CompiledLayer[];
    // Overrides never overlap (validated), so sorted by start they are sorted by end too.
    overrides: {starts: Float64Array; ends: Float64Array; users: readonly string[]};
};

export function compileSchedule(schedule: Schedule): CompiledSchedule {
    const clock = zoneClock(schedule.timeZone);
    const overrides = schedule.overrides
        .map((o) => ({user: o.user, start: instantOfTime(trustedTime(o.start), clock), end: instantOfTime(trustedTime(o.end), clock)}))
        .sort((a, b) => a.start - b.start);
    return {
        name: schedule.name,
        timeZone: schedule.timeZone,
        layers: schedule.layers.map((layer) => compileLayer(layer, clock)),
        overrides: {
            starts: Float64Array.from(overrides, (o) => o.start),
            ends: Float64Array.from(overrides, (o) => o.end),
            users: overrides.map((o) => o.user),
        },
    };
}

// Who the final schedule names at one instant. `layer` is the layer's index, OVERRIDE or GAP.
export const OVERRIDE = -1;
export const GAP = -2;
export type Assignment = {user: string | null; layer: number};

export const isSameAssignment = (a: Assignment, b: Assignment): boolean => a.user === b.user && a.layer === b.layer;

export function assignmentAt(schedule: CompiledSchedule, t: number): Assignment {
    const o = overrideAt(schedule, t);
    if (o >= 0) {
        return {user: schedule.overrides.users[o] ?? null, layer: OVERRIDE};
    }
    // Top layer first: the first one with someone wins, the ones below need not be asked.
    for (let i = schedule.layers.length - 1; i >= 0; i--) {
        const layer = schedule.layers[i];
        const user = layer ? layerStateAt(layer, t).user : null;
        if (user !== null) {
            return {user, layer: i};
        }
    }
    return {user: null, layer: GAP};
}

// Index of the override in force at t, or -1.
export function overrideAt(schedule: CompiledSchedule, t: number): number {
    const i = lastAtOrBefore(schedule.overrides.starts, t);
    return i >= 0 && t < (schedule.overrides.ends[i] ?? -Infinity) ? i : -1;
}

// The last index whose value is ≤ t in an ascending array, or -1.
export function lastAtOrBefore(sorted: Float64Array, t: number): number {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((sorted[mid] ?? Infinity) <= t) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return lo - 1;
}
