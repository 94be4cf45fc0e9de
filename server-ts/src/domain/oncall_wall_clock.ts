import {IANAZone} from 'luxon';

// Instants and wall times are plain milliseconds here. A wall time is the local date and time read as if it
// were UTC (Date.UTC(y, m, d, h, min)), so "one day later" is + 86,400,000 whatever daylight saving does.
//
// Why not luxon for every conversion: a DateTime costs several µs and IANAZone.offset ~9 µs, while
// "who is on call" for 1,000 schedules must take ≤ 5 ms in all. So each zone's UTC offsets are found once per
// stretch of ~13 months with Intl, kept as a short list of transitions, and every later conversion is a
// couple of array reads.

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
// Chunks of 2^35 ms (≈ 398 days): the chunk of an instant is one division, no calendar maths.
const CHUNK_MS = 2 ** 35;
// tzdb has no two changes within a day that cancel out, so daily samples see every change.
const SAMPLE_MS = DAY_MS;

type Chunk = {from: number; to: number; starts: number[]; offsets: number[]};

const NO_CHUNK: Chunk = {from: 0, to: 0, starts: [], offsets: []};
const LONG_OFFSET = /^GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

export class ZoneClock {
    private readonly chunks = new Map<number, Chunk>();
    // Conversions come in runs around one instant: the last chunk answers most of them without a Map lookup.
    private last = NO_CHUNK;
    private readonly format: Intl.DateTimeFormat;

    constructor(readonly zone: string) {
        this.format = new Intl.DateTimeFormat('en-US', {timeZone: zone, timeZoneName: 'longOffset'});
    }

    // UTC offset in ms at an instant.
    offsetAt(instant: number): number {
        let chunk = this.last;
        if (instant < chunk.from || instant >= chunk.to) {
            chunk = this.chunkOf(instant);
            this.last = chunk;
        }
        let i = chunk.starts.length - 1;
        while (i > 0 && instant < (chunk.starts[i] ?? 0)) {
            i--;
        }
        return chunk.offsets[i] ?? 0;
    }

    wallOf(instant: number): number {
        return instant + this.offsetAt(instant);
    }

    // Temporal's 'compatible' disambiguation (its GetPossibleEpochNanoseconds looks one day either side too):
    // an ambiguous wall time takes the earlier instant, one in a spring-forward gap moves forward by the gap.
    instantOf(wall: number): number {
        const before = this.offsetAt(wall - DAY_MS);
        const after = this.offsetAt(wall + DAY_MS);
        if (before === after) {
            return wall - before;
        }
        // The larger offset gives the earlier instant.
        const early = Math.max(before, after);
        const late = Math.min(before, after);
        if (this.offsetAt(wall - early) === early) {
            return wall - early;
        }
        if (this.offsetAt(wall - late) === late) {
            return wall - late;
        }
        // In the gap: read with the offset in force before it, the time lands as many ms past the change.
        return wall - before;
    }

    // True when the wall time does not exist (a spring-forward gap).
    isGap(wall: number): boolean {
        return this.wallOf(this.instantOf(wall)) !== wall;
    }

    private chunkOf(instant: number): Chunk {
        const index = Math.floor(instant / CHUNK_MS);
        let chunk = this.chunks.get(index);
        if (chunk === undefined) {
            chunk = this.buildChunk(index * CHUNK_MS);
            this.chunks.set(index, chunk);
        }
        return chunk;
    }

    private buildChunk(from: number): Chunk {
        const to = from + CHUNK_MS;
        const first = this.probe(from);
        const chunk: Chunk = {from, to, starts: [from], offsets: [first]};
        let previous = from;
        let offset = first;
        for (let t = from + SAMPLE_MS; previous < to - 1; t += SAMPLE_MS) {
            const sample = Math.min(t, to - 1);
            const next = this.probe(sample);
            if (next !== offset) {
                chunk.starts.push(this.firstChange(previous, sample, offset));
                chunk.offsets.push(next);
                offset = next;
            }
            previous = sample;
        }
        return chunk;
    }

    // The first ms in (low, high] whose offset differs from `offset` (which holds at low).
    private firstChange(low: number, high: number, offset: number): number {
        let lo = low;
        let hi = high;
        while (hi - lo > 1) {
            const mid = lo + Math.floor((hi - lo) / 2);
            if (this.probe(mid) === offset) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }

    // Intl's "GMT+05:30" (seconds for old local mean times, plain "GMT" for zero): ~3 µs against luxon's ~9 µs.
    private probe(instant: number): number {
        const name = this.format.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? '';
        const match = LONG_OFFSET.exec(name);
        if (match === null) {
            throw new Error(`cannot read the UTC offset of ${this.zone} from "${name}"`);
        }
        const [, sign, hours = '0', minutes = '0', seconds = '0'] = match;
        const ms = (Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds)) * 1000;
        return sign === '-' ? -ms : ms;
    }
}

const clocks = new Map<string, ZoneClock>();

// luxon's check builds an Intl formatter each time (~100 µs): a zone with a clock is known to be good.
export const isKnownZone = (zone: string): boolean => clocks.has(zone) || IANAZone.isValidZone(zone);

// One clock per zone for the whole process: the offsets of a zone are the same for every schedule in it, so
// 1,000 schedules in five zones share five small caches. Pure memoisation: same answers, found once.
export function zoneClock(zone: string): ZoneClock {
    let clock = clocks.get(zone);
    if (clock === undefined) {
        clock = new ZoneClock(zone);
        clocks.set(zone, clock);
    }
    return clock;
}
