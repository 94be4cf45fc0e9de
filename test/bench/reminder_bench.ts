import {databaseTargets, type DatabaseTarget} from '../../server-ts/src/test_support/databases.ts';
import {runStorm, type StormFigures, type StormOptions} from './reminder_storm.ts';
import {ms, printTable, verdict} from './stats.ts';

const COUNT = 10_000;
const TIMEOUT_MS = 150_000;

type Scenario = {label: string; target: 'pglite' | 'postgres'; instances: number; leadMs: number; spreadMs: number; goalP99Ms: number};

const PLACES = [
    {label: 'PostgreSQL, 1 instance', target: 'postgres', instances: 1, leadMs: 4000, goalP99Ms: 1000},
    {label: 'PGlite, 1 instance', target: 'pglite', instances: 1, leadMs: 6000, goalP99Ms: 2000},
    {label: 'PostgreSQL, 2 instances', target: 'postgres', instances: 2, leadMs: 4000, goalP99Ms: 1000},
] as const;
// The case is 10,000 due in the same minute (spread over it); all at one instant is the worst case,
// measured beside it against the same goal.
const SPREADS = [{label: 'over one minute', spreadMs: 60_000}, {label: 'at one instant', spreadMs: 0}];

// A fresh database for each storm, dropped afterwards; PGlite is one process's database, so one instance there.
const SCENARIOS: Scenario[] = SPREADS.flatMap((spread) => PLACES.map((place) => ({...place, label: `${place.label}, ${spread.label}`, spreadMs: spread.spreadMs})));

type Outcome = {scenario: Scenario; figures: StormFigures | null; problem: string | null};

async function runScenario(scenario: Scenario, target: DatabaseTarget): Promise<Outcome> {
    const place = await target.create();
    const options: StormOptions = {count: COUNT, instances: scenario.instances, leadMs: scenario.leadMs, spreadMs: scenario.spreadMs, timeoutMs: TIMEOUT_MS};
    try {
        return {scenario, figures: await runStorm(place, options), problem: null};
    } catch (error) {
        return {scenario, figures: null, problem: error instanceof Error ? error.message : String(error)};
    } finally {
        await place.cleanup();
    }
}

function report(outcomes: Outcome[]): void {
    const rows = outcomes.map(({scenario: s, figures: f, problem}) => (f === null ?
        [s.label, problem ?? 'failed', '', '', '', '', '', ''] :
        [s.label, `${f.distinct} / ${f.total}`, ms(f.lateness.p50), ms(f.lateness.p99), ms(f.lateness.max),
            `≤ ${s.goalP99Ms} ms: ${verdict(f.lateness.p99 <= s.goalP99Ms)}`,
            f.distinct === COUNT && f.total === COUNT ? 'exact' : 'NOT EXACT', String(f.nextQueued)]));
    printTable(`${COUNT.toLocaleString('en')} status-update reminders due in one minute, and at one instant (real handler and worker, a recording bot):`,
        ['database', 'distinct / total', 'p50 late', 'p99 late', 'max late', 'goal p99', 'fired once each', 'next queued'], rows);
    for (const {scenario, figures} of outcomes) {
        if (figures) {
            const split = Object.entries(figures.byInstance).map(([k, v]) => `${k}: ${v}`).join(', ');
            console.log(`  ${scenario.label}: seeded in ${ms(figures.seedMs)}; posts by ${split}; failed jobs ${figures.failedJobs}` +
                (figures.errors.length > 0 ? `; pg-boss errors ${figures.errors.length} (first: ${figures.errors[0]})` : ''));
        }
    }
    console.log('  lateness = bot post time − the incident\'s own next_update_due_at; the two instances share this process (two pools, two pg-boss).');
}

export async function benchReminders(): Promise<void> {
    const targets = await databaseTargets();
    const outcomes: Outcome[] = [];
    for (const scenario of SCENARIOS) {
        const target = targets.find((t) => t.name === scenario.target);
        outcomes.push(target ? await runScenario(scenario, target) : {scenario, figures: null, problem: 'SKIPPED: PostgreSQL unreachable'});
    }
    report(outcomes);
}
