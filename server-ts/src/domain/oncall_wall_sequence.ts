import type {ZoneClock} from './oncall_wall_clock.js';

// A never-ending list of wall-clock times (hand-offs, restriction window edges) and the instants they fall on.
// Both rotations and restrictions are one of these, so the DST rules live in one place.
//
// Instants are what 'compatible' gives, with one guard: a wall time in a spring-forward gap moves forward by
// the gap's length, which could carry it past the next listed time when the two are closer than the gap
// (an hourly rotation across Antarctica/Casey's 3-hour jump, a restriction ending 02:45 and the next starting
// 03:15). Then it takes the next listed time's instant instead, so instants never go backwards and shifts
// never overlap. With ordinary one-hour gaps and hour-or-longer steps the guard never changes anything.
export abstract class WallSequence {
    constructor(protected readonly clock: ZoneClock) {}

    // Wall time of point j; strictly increasing in j.
    abstract point(j: number): number;

    // An index near the last j with point(j) ≤ wall: arithmetic, so finding a point costs O(1), not a walk.
    protected abstract guess(wall: number): number;

    // The instant of point j: non-decreasing in j.
    at(j: number): number {
        const wall = this.point(j);
        const instant = this.clock.instantOf(wall);
        if (this.clock.wallOf(instant) === wall) {
            return instant;
        }
        // The first later point past the gap; gaps are hours long, so this is a few steps at most.
        let next = j + 1;
        while (this.clock.isGap(this.point(next))) {
            next++;
        }
        return Math.min(instant, this.clock.instantOf(this.point(next)));
    }

    // The last j whose instant is ≤ t. The guess from t's wall time is off by at most a point or two around a
    // DST change (the fall-back hour reads twice); comparing real instants settles it.
    indexAt(t: number): number {
        let j = this.guess(this.clock.wallOf(t));
        while (this.at(j + 1) <= t) {
            j++;
        }
        while (this.at(j) > t) {
            j--;
        }
        return j;
    }
}
