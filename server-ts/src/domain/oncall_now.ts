import type {ShiftSource} from '../contract/schedules.js';
import {assignmentAt, GAP, isSameAssignment, lastAtOrBefore, OVERRIDE, overrideAt, type Assignment, type CompiledSchedule} from './oncall_compile.js';
import {layerStateAt, nextLayerEdge, previousLayerEdge} from './oncall_rotation.js';

// Who is on call at `at`. A gap has users [], source null and layer null. since/until bound the current segment
// of the final schedule (the same person from the same source, or the gap): null when it reaches back before
// every layer's start, or never ends.
export type OncallAt = {
    at: Date;
    users: string[];
    source: ShiftSource | null;
    layer: string | null;
    since: Date | null;
    until: Date | null;
};

// Edges where nothing changes (an override handing over to another override of the same person) are stepped
// over; this many in a row is a runaway, answered as "no change".
const MAX_EDGES = 1000;

// O(layers × log overrides) per edge, and usually one edge each way: no walk from the start of a rotation.
export function oncallAt(schedule: CompiledSchedule, at: Date): OncallAt {
    const t = at.getTime();
    const current = assignmentAt(schedule, t);
    const since = changeBefore(schedule, t, current);
    const until = changeAfter(schedule, t, current);
    return {
        at,
        users: current.user === null ? [] : [current.user],
        source: current.layer === GAP ? null : current.layer === OVERRIDE ? 'override' : 'layer',
        layer: current.layer >= 0 ? schedule.layers[current.layer]?.name ?? null : null,
        since: since === null ? null : new Date(since),
        until: until === null ? null : new Date(until),
    };
}

function changeAfter(schedule: CompiledSchedule, t: number, current: Assignment): number | null {
    let x = t;
    for (let i = 0; i < MAX_EDGES; i++) {
        const edge = nextEdge(schedule, x, current);
        if (edge === Infinity) {
            return null;
        }
        if (!isSameAssignment(assignmentAt(schedule, edge), current)) {
            return edge;
        }
        x = edge;
    }
    return null;
}

function changeBefore(schedule: CompiledSchedule, t: number, current: Assignment): number | null {
    let x = t;
    for (let i = 0; i < MAX_EDGES; i++) {
        const edge = previousEdge(schedule, x, current);
        if (edge === -Infinity) {
            return null;
        }
        if (!isSameAssignment(assignmentAt(schedule, edge - 1), current)) {
            return edge;
        }
        x = edge - 1;
    }
    return null;
}

// The first instant after x where the answer may change. Only what can change it is asked: an override
// ends; otherwise a new override starts, the current layer moves on, or a higher one gets someone (layers
// below the current one cannot win, so their hand-offs are not edges).
function nextEdge(schedule: CompiledSchedule, x: number, current: Assignment): number {
    const {starts, ends} = schedule.overrides;
    if (current.layer === OVERRIDE) {
        return ends[overrideAt(schedule, x)] ?? Infinity;
    }
    let edge = starts[lastAtOrBefore(starts, x) + 1] ?? Infinity;
    for (let i = Math.max(0, current.layer); i < schedule.layers.length; i++) {
        const layer = schedule.layers[i];
        if (layer) {
            edge = Math.min(edge, nextLayerEdge(layer, layerStateAt(layer, x)));
        }
    }
    return edge;
}

// The last instant ≤ x where the answer may have changed; the mirror of nextEdge.
function previousEdge(schedule: CompiledSchedule, x: number, current: Assignment): number {
    const {starts, ends} = schedule.overrides;
    if (current.layer === OVERRIDE) {
        return starts[overrideAt(schedule, x)] ?? -Infinity;
    }
    let edge = ends[lastAtOrBefore(ends, x)] ?? -Infinity;
    for (let i = Math.max(0, current.layer); i < schedule.layers.length; i++) {
        const layer = schedule.layers[i];
        if (layer) {
            edge = Math.max(edge, previousLayerEdge(layer, layerStateAt(layer, x)));
        }
    }
    return edge;
}
