import type {ScheduleBody} from '../../server-ts/src/contract/schedules.ts';
import {compileSchedule, type CompiledSchedule} from '../../server-ts/src/domain/oncall_compile.ts';
import {finalSchedule} from '../../server-ts/src/domain/oncall_final_schedule.ts';
import {oncallAt} from '../../server-ts/src/domain/oncall_now.ts';
import {parseSchedule} from '../../server-ts/src/domain/oncall_schedule_parse.ts';
import {printTable, verdict} from './stats.ts';

// Issue 7: who is on call for 1,000 schedules (3 layers, 50 overrides each) in ≤ 5 ms in all, and one year of
// shifts of one schedule in ≤ 2 ms. Pure domain code: no database, no HTTP.
const SCHEDULES = 1000;
const OVERRIDES = 50;
const RUNS = 31;
const WARM_UP_RUNS = 20;
const GOAL_WHO_MS = 5;
const GOAL_YEAR_MS = 2;
const DAY_MS = 86_400_000;
const ZONES = ['Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'America/Los_Angeles', 'UTC'];
const USERS = Array.from({length: 40}, (_, i) => `sre${i}`);
// Instants spread over a year, two of them on Berlin's and New York's spring-forward days: no single hot path.
const ASKED_AT = ['2026-03-08T09:30:00Z', '2026-03-29T01:30:00Z', '2026-06-15T12:00:00Z', '2026-10-04T23:00:00Z', '2026-12-24T18:45:00Z']
    .map((iso) => new Date(iso));

export type OncallFigures = {
    schedules: number;
    parseMs: number;
    compileMs: number;
    // Median over RUNS of the total for all schedules; p99 run alongside.
    whoIsOnCallMs: number;
    whoIsOnCallP99Ms: number;
    yearOfShiftsMs: number;
    shiftsInYear: number;
    gapsSeen: number;
};

const pick = (i: number, n: number) => USERS[(i * 7 + n * 13) % USERS.length] ?? 'sre0';

function scheduleBody(i: number): ScheduleBody {
    const base = Date.UTC(2026, 0, 1) + (i % 30) * DAY_MS;
    const overrides = Array.from({length: OVERRIDES}, (_, n) => {
        // Four hours every week, from January onwards: some past, some running, some ahead at the asked instants.
        const start = base + n * 7 * DAY_MS + (i % 24) * 3_600_000;
        return {user: pick(i, n + 3), start: new Date(start).toISOString(), end: new Date(start + 4 * 3_600_000).toISOString()};
    });
    return {
        name: `Schedule ${i}`,
        timeZone: ZONES[i % ZONES.length] ?? 'UTC',
        layers: [
            {name: 'weekly', users: [0, 1, 2, 3, 4].map((n) => pick(i, n)), rotation: {every: 1, unit: 'week'}, start: '2025-11-03T09:00'},
            {name: 'business hours', users: [5, 6, 7].map((n) => pick(i, n)), rotation: {every: 1, unit: 'day'}, start: '2026-01-05T09:00',
                restrictions: [{days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '17:00'}]},
            {name: 'nights', users: [8, 9].map((n) => pick(i, n)), rotation: {every: 12, unit: 'hour'}, start: '2026-02-01T21:00',
                restrictions: [{days: ['sat', 'sun'], from: '22:00', to: '06:00'}]},
        ],
        overrides,
    };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const p99 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.ceil(0.99 * values.length) - 1] ?? Number.NaN;

function timed<T>(work: () => T): {value: T; ms: number} {
    const start = performance.now();
    const value = work();
    return {value, ms: performance.now() - start};
}

function whoIsOnCallRuns(compiled: CompiledSchedule[]): {runs: number[]; gaps: number} {
    let gaps = 0;
    const once = (at: Date) => {
        for (const schedule of compiled) {
            gaps += oncallAt(schedule, at).users.length === 0 ? 1 : 0;
        }
    };
    for (let r = 0; r < WARM_UP_RUNS; r++) {
        once(ASKED_AT[r % ASKED_AT.length] ?? new Date(0));
    }
    gaps = 0;
    const runs = Array.from({length: RUNS}, (_, r) => timed(() => once(ASKED_AT[r % ASKED_AT.length] ?? new Date(0))).ms);
    return {runs, gaps};
}

function yearOfShifts(schedule: CompiledSchedule): {ms: number; count: number} {
    const from = new Date('2026-01-01T00:00:00Z');
    const to = new Date(from.getTime() + 365 * DAY_MS);
    for (let r = 0; r < WARM_UP_RUNS; r++) {
        finalSchedule(schedule, from, to);
    }
    const runs = Array.from({length: RUNS}, () => timed(() => finalSchedule(schedule, from, to)));
    return {ms: median(runs.map((r) => r.ms)), count: runs[0]?.value.length ?? 0};
}

export async function benchOncall(): Promise<OncallFigures> {
    // Let I/O left over from the benches before this one settle, so its callbacks do not land inside a timing.
    await new Promise((resolve) => setImmediate(resolve));
    const known = new Set(USERS);
    const parsed = timed(() => Array.from({length: SCHEDULES}, (_, i) => {
        const schedule = parseSchedule(scheduleBody(i), known);
        if (!schedule.ok) {
            throw new Error(`bench schedule ${i} is invalid: ${schedule.error.message}`);
        }
        return schedule.value;
    }));
    const compiled = timed(() => parsed.value.map(compileSchedule));
    const who = whoIsOnCallRuns(compiled.value);
    const first = compiled.value[0];
    if (first === undefined) {
        throw new Error('no schedule to list shifts of');
    }
    const year = yearOfShifts(first);
    return {
        schedules: SCHEDULES, parseMs: parsed.ms, compileMs: compiled.ms,
        whoIsOnCallMs: median(who.runs), whoIsOnCallP99Ms: p99(who.runs),
        yearOfShiftsMs: year.ms, shiftsInYear: year.count, gapsSeen: who.gaps,
    };
}

export function reportOncall(f: OncallFigures): void {
    const fixed = (value: number) => `${value.toFixed(2)} ms`;
    printTable(`On-call maths (${f.schedules.toLocaleString('en')} schedules, 3 layers and ${OVERRIDES} overrides each, ${ZONES.length} zones; median of ${RUNS} runs):`,
        ['figure', 'value', 'goal'], [
            [`who is on call, all ${f.schedules} schedules`, fixed(f.whoIsOnCallMs), `≤ ${GOAL_WHO_MS} ms: ${verdict(f.whoIsOnCallMs <= GOAL_WHO_MS)}`],
            ['  same, slowest run', fixed(f.whoIsOnCallP99Ms), ''],
            [`one year of shifts, one schedule (${f.shiftsInYear} shifts)`, fixed(f.yearOfShiftsMs), `≤ ${GOAL_YEAR_MS} ms: ${verdict(f.yearOfShiftsMs <= GOAL_YEAR_MS)}`],
            [`parse + validate ${f.schedules} schedules`, fixed(f.parseMs), 'once per save'],
            [`compile ${f.schedules} schedules`, fixed(f.compileMs), 'once per save or load'],
        ]);
    console.log(`  ${f.gapsSeen} gaps (nobody on call) seen over ${RUNS} runs; since/until computed for every answer.`);
}
