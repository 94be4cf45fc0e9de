// Small arithmetic shared by the KPI figures. Durations are ms until the end, then whole seconds.

// A duration that ends before it starts (a hand-edited row, a clock that went back) is no measurement at all.
export function durationMs(start: Date, end: Date | null): number | null {
    if (end === null) {
        return null;
    }
    const ms = end.getTime() - start.getTime();
    return ms >= 0 ? ms : null;
}

export function meanSeconds(durations: readonly number[]): number | null {
    if (durations.length === 0) {
        return null;
    }
    return Math.round(durations.reduce((sum, d) => sum + d, 0) / durations.length / 1000);
}

// Nearest rank: the value at rank ⌈p/100 · n⌉ of the sorted values — always one that was measured, never an
// interpolation (so "p90 = 4 h" means some request really waited 4 h).
export function nearestRankSeconds(durations: readonly number[], p: number): number | null {
    const sorted = [...durations].sort((a, b) => a - b);
    const value = sorted[Math.max(1, Math.ceil((p / 100) * sorted.length)) - 1];
    return value === undefined ? null : Math.round(value / 1000);
}

export function ratio(part: number, whole: number): number | null {
    return whole === 0 ? null : Math.round((part / whole) * 100) / 100;
}

export const isOneOf = <K extends string>(keys: readonly K[], value: string | null): value is K => (keys as readonly (string | null)[]).includes(value);

// Every key present, zero when nothing: a chart's series must not disappear in a quiet week. Other keys are ignored.
export function sumBy<K extends string>(keys: readonly K[], entries: readonly (readonly [string | null, number])[]): Record<K, number> {
    const sums = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
    for (const [key, n] of entries) {
        if (isOneOf(keys, key)) {
            sums[key] += n;
        }
    }
    return sums;
}

export const countBy = <K extends string>(keys: readonly K[], values: readonly (string | null)[]): Record<K, number> =>
    sumBy(keys, values.map((v) => [v, 1] as const));
