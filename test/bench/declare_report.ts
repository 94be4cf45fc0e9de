import type {DeclareFigures} from './declare_bench.ts';
import {ms, printTable, verdict} from './stats.ts';

const GOAL_P50_MS = 300;

const methods = (byMethod: Record<string, number>) => Object.entries(byMethod).sort(([a], [b]) => a.localeCompare(b))
    .map(([name, n]) => (n === 1 ? name : `${name} ×${n}`)).join(', ');
const sum = (byMethod: Record<string, number>) => Object.values(byMethod).reduce((a, b) => a + b, 0);

export function reportDeclare(f: DeclareFigures, count: number): void {
    printTable(`${count} sequential declarations (template cloud-outage, every other one from the seeded cloud-support post) through the sandbox, on PGlite:`,
        ['figure', 'value', 'goal'], [
            ['latency p50', ms(f.latency.p50), `≤ ${GOAL_P50_MS} ms: ${verdict(f.latency.p50 <= GOAL_P50_MS)}`],
            ['latency p99', ms(f.latency.p99), ''],
            ['latency max', ms(f.latency.max), ''],
            ['answers other than 201', String(f.failures), '0'],
            ['Mattermost calls per declare (mean)', f.callsPerDeclare.toFixed(1), 'as few as the work needs'],
        ]);
    console.log(`  from a message (${sum(f.fromMessage)} calls): ${methods(f.fromMessage)}`);
    console.log(`  from scratch   (${sum(f.fromScratch)} calls): ${methods(f.fromScratch)}`);
    console.log('  (the bot\'s calls; the companion\'s session check of the user\'s token is not counted)');
}
