export type Spread = {count: number; p50: number; p99: number; max: number; mean: number};

// Nearest-rank percentiles: with 100 samples p99 is the 99th value, not an interpolation between two.
export function spreadOf(values: number[]): Spread {
    const sorted = [...values].sort((a, b) => a - b);
    const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
    return {
        count: sorted.length,
        p50: rank(50),
        p99: rank(99),
        max: sorted.at(-1) ?? Number.NaN,
        mean: sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length),
    };
}

// One aligned table: the first column left, the others right, so figures line up under their heading.
export function printTable(title: string, head: string[], rows: string[][]): void {
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells: string[]) => '  ' + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('   ');
    console.log(`\n${title}`);
    console.log(line(head));
    console.log('  ' + widths.map((w) => '-'.repeat(w)).join('   '));
    rows.forEach((r) => console.log(line(r)));
}

export const ms = (value: number) => `${value.toFixed(0)} ms`;
export const verdict = (isMet: boolean) => (isMet ? 'met' : 'MISSED');
