import type {Layer, RotationUnit} from '../contract/schedules.js';
import {compileRestrictions, isOpening, type RestrictionWindows} from './oncall_restrictions.js';
import {instantOfTime, parseTimeText, wallOfTime, type TimeText} from './oncall_time_text.js';
import {DAY_MS, HOUR_MS, type ZoneClock} from './oncall_wall_clock.js';
import {WallSequence} from './oncall_wall_sequence.js';

const UNIT_MS: Record<RotationUnit, number> = {hour: HOUR_MS, day: DAY_MS, week: 7 * DAY_MS};

// Hand-off k of a layer falls on the wall time start + k × every × unit, for hours too: a 12-hour rotation from
// 09:00 hands off at 09:00 and 21:00 local on both sides of a DST change, so that night's shift is an hour
// shorter or longer.
export class Handoffs extends WallSequence {
    constructor(clock: ZoneClock, private readonly startWall: number, private readonly step: number,
        private readonly startInstant: number | null) {
        super(clock);
    }

    point(k: number): number {
        return this.startWall + k * this.step;
    }

    protected guess(wall: number): number {
        return Math.floor((wall - this.startWall) / this.step);
    }

    // A start written as an instant is exact, even in the second pass of a fall-back hour.
    override at(k: number): number {
        return k === 0 && this.startInstant !== null ? this.startInstant : super.at(k);
    }
}

export type CompiledLayer = {
    name: string;
    users: readonly string[];
    handoffs: Handoffs;
    windows: RestrictionWindows | null;
    // Instant of hand-off 0: before it the layer has nobody.
    startAt: number;
    // Per position in `users`: hand-offs until someone else is on (Infinity when everyone is the same person),
    // and hand-offs since this person's run began; so "until"/"since" skip hand-offs to the same person in O(1).
    runAhead: readonly number[];
    runBehind: readonly number[];
};

export function compileLayer(layer: Layer, clock: ZoneClock): CompiledLayer {
    const start = trustedTime(layer.start);
    const handoffs = new Handoffs(clock, wallOfTime(start, clock), layer.rotation.every * UNIT_MS[layer.rotation.unit],
        start.kind === 'instant' ? instantOfTime(start, clock) : null);
    return {
        name: layer.name, users: layer.users, handoffs, windows: compileRestrictions(layer.restrictions, clock),
        startAt: handoffs.at(0), ...runs(layer.users),
    };
}

function runs(users: readonly string[]): {runAhead: number[]; runBehind: number[]} {
    const n = users.length;
    const same = (i: number, d: number) => users[(((i + d) % n) + n) % n] === users[i];
    const count = (i: number, direction: 1 | -1) => {
        let d = 1;
        while (d < n && same(i, d * direction)) {
            d++;
        }
        return d;
    };
    const isAlone = users.every((u) => u === users[0]);
    return {
        runAhead: users.map((_, i) => (isAlone ? Infinity : count(i, 1))),
        runBehind: users.map((_, i) => (isAlone ? Infinity : count(i, -1) - 1)),
    };
}

// Validated before it is stored; a bad one here is a bug.
export function trustedTime(text: string): TimeText {
    const time = parseTimeText(text);
    if (!time.ok) {
        throw new Error(`schedule time escaped validation: ${time.error}`);
    }
    return time.value;
}

export function handoffAt(layer: CompiledLayer, k: number): number {
    return layer.handoffs.at(k);
}

// Where a layer stands at t: hand-off index k (-1 before the start), window edge index w (0 when unmasked), and
// who is on (null before the start or outside its windows).
export type LayerState = {k: number; w: number; user: string | null};

export function layerStateAt(layer: CompiledLayer, t: number): LayerState {
    if (t < layer.startAt) {
        return {k: -1, w: 0, user: null};
    }
    const k = layer.handoffs.indexAt(t);
    const w = layer.windows === null ? 0 : layer.windows.indexAt(t);
    const user = isOpening(w) ? layer.users[k % layer.users.length] ?? null : null;
    return {k, w, user};
}

// The first instant after the state's instant where the layer's answer may change (Infinity: never).
export function nextLayerEdge(layer: CompiledLayer, state: LayerState): number {
    if (state.k < 0) {
        return layer.startAt;
    }
    if (state.user === null) {
        // Outside its windows: the rotation keeps turning unseen until the next window opens.
        return layer.windows?.at(state.w + 1) ?? Infinity;
    }
    const ahead = layer.runAhead[state.k % layer.users.length] ?? 1;
    const handoff = ahead === Infinity ? Infinity : layer.handoffs.at(state.k + ahead);
    return Math.min(handoff, layer.windows?.at(state.w + 1) ?? Infinity);
}

// The last instant at or before the state's instant where the layer's answer may have changed (-Infinity: it
// has been so forever).
export function previousLayerEdge(layer: CompiledLayer, state: LayerState): number {
    if (state.k < 0) {
        return -Infinity;
    }
    const windowEdge = layer.windows?.at(state.w) ?? -Infinity;
    if (state.user === null) {
        // A window that closed at or before the start had nobody in it either.
        return windowEdge > layer.startAt ? windowEdge : -Infinity;
    }
    const behind = layer.runBehind[state.k % layer.users.length] ?? 0;
    const handoff = layer.handoffs.at(Math.max(0, state.k - behind));
    return Math.max(handoff, windowEdge);
}
