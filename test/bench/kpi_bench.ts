import type {KpiProblem, Kpis} from '../../server-ts/src/contract/kpis.ts';
import type {DbConnection} from '../../server-ts/src/db/connection.ts';
import {loadKpiRows} from '../../server-ts/src/db/kpi_rows.ts';
import {spanOf} from '../../server-ts/src/domain/kpi_range.ts';
import {kpiWeeks} from '../../server-ts/src/domain/kpi_weeks.ts';
import type {Result} from '../../server-ts/src/domain/result.ts';
import {DEFAULT_SLA} from '../../server-ts/src/domain/triage_sla.ts';
import {createKpiService, type KpiService} from '../../server-ts/src/kpis/kpi_service.ts';
import {createScheduleCatalog} from '../../server-ts/src/oncall/schedule_catalog.ts';
import {databaseTargets, openTestDatabase, type DatabaseTarget} from '../../server-ts/src/test_support/databases.ts';
import {PEOPLE, seedKpiHistory, type KpiSeed} from './kpi_seed.ts';
import {ms, printTable, spreadOf, verdict} from './stats.ts';

// Issue 8: the KPIs over 10,000 incidents and 200,000 timeline events, for a 12-week range in ≤ 100 ms, on
// PostgreSQL and on PGlite; and the weekly report of the same 12 weeks (one read for all of them). The service as
// the routes call it (range check, rows, schedules, figures), without HTTP and with Mattermost's user time zones from
// a fake: that one REST call is Mattermost's time, not ours.
const SEED: KpiSeed = {incidents: 10_000, eventsPerIncident: 20, pages: 6_000, requests: 5_000, schedules: 20};
// A Monday 00:00 UTC: twelve weekly weeks to it are exactly the 12-week range.
const END = new Date('2026-03-30T00:00:00Z');
const DAY_MS = 86_400_000;
const GOAL_MS = 100;
const WARM_UP_RUNS = 3;
const RUNS = 15;
const ZONES = ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Europe/London', 'America/Los_Angeles'];
type Case = {label: string; days: number; weekly: boolean; goal: boolean};
const CASES: Case[] = [
    {label: '12 weeks', days: 84, weekly: false, goal: true},
    {label: 'weekly, 12 weeks', days: 84, weekly: true, goal: false},
    {label: '52 weeks', days: 364, weekly: false, goal: false},
];

// What each case counted over its whole range (the weekly report's weeks added up): the same for a range and its weeks.
type Counted = {incidents: number; pages: number; requests: number; retroOnTime: number | null};
type Figures = {label: string; rows: number; reportMs: number[]; rowsMs: number[]; counted: Counted; goal: boolean};
type Outcome = {database: string; seedMs: number; seeded: Record<string, number>; figures: Figures[]} | {database: string; problem: string};

async function timed<T>(work: () => Promise<T>): Promise<{value: T; ms: number}> {
    const start = performance.now();
    const value = await work();
    return {value, ms: performance.now() - start};
}

const valueOf = <T>(answer: Result<T, KpiProblem>): T => {
    if (!answer.ok) {
        throw new Error(answer.error.message);
    }
    return answer.value;
};

const countedIn = (k: Kpis): Counted => ({incidents: k.incidents.count, pages: k.oncall.pages, requests: k.triage.received, retroOnTime: k.incidents.retroOnTimeRatio});

async function runCase(kpis: KpiService, c: Case): Promise<Counted> {
    const from = new Date(END.getTime() - c.days * DAY_MS).toISOString();
    if (!c.weekly) {
        return countedIn(valueOf(await kpis.report({from, to: END.toISOString()})));
    }
    const {weeks} = valueOf(await kpis.weekly({weeks: String(c.days / 7), to: END.toISOString()}));
    const each = weeks.map((w) => countedIn(w.kpis));
    return {incidents: each.reduce((n, w) => n + w.incidents, 0), pages: each.reduce((n, w) => n + w.pages, 0),
        requests: each.reduce((n, w) => n + w.requests, 0), retroOnTime: null};
}

async function measure(conn: DbConnection, kpis: KpiService, c: Case): Promise<Figures> {
    for (let r = 0; r < WARM_UP_RUNS; r++) {
        await runCase(kpis, c);
    }
    const from = new Date(END.getTime() - c.days * DAY_MS);
    const span = spanOf(c.weekly ? kpiWeeks({weeks: c.days / 7, to: END}, 'UTC') : [{from, to: END}], END);
    const reports = [];
    const loads = [];
    for (let r = 0; r < RUNS; r++) {
        reports.push(await timed(() => runCase(kpis, c)));
        loads.push(await timed(() => loadKpiRows(conn.db, span)));
    }
    const rows = loads[0]?.value;
    const count = rows === undefined ? 0 : Object.values(rows).reduce((n, list) => n + list.length, 0);
    const counted = reports[0]?.value;
    if (counted === undefined) {
        throw new Error('no run');
    }
    return {label: c.label, rows: count, reportMs: reports.map((r) => r.ms), rowsMs: loads.map((l) => l.ms), counted, goal: c.goal};
}

async function runOn(target: DatabaseTarget): Promise<Outcome> {
    const {conn, cleanup} = await openTestDatabase(target);
    try {
        const seeding = await timed(() => seedKpiHistory(conn, SEED, END));
        const zones = new Map(PEOPLE.map((p, i) => [p, ZONES[i % ZONES.length] ?? 'UTC']));
        const kpis = createKpiService({db: conn.db, catalog: createScheduleCatalog(conn.db), teamTimeZone: 'UTC', sla: DEFAULT_SLA, now: () => END,
            retroBusinessDays: 3, hiddenFor: () => Promise.resolve(new Set()),
            timeZoneOf: (names) => Promise.resolve(new Map(names.flatMap((n) => (zones.has(n) ? [[n, zones.get(n) ?? 'UTC']] : [])))),
        });
        const figures: Figures[] = [];
        for (const c of CASES) {
            figures.push(await measure(conn, kpis, c));
        }
        return {database: target.name === 'postgres' ? 'PostgreSQL' : 'PGlite', seedMs: seeding.ms, seeded: seeding.value, figures};
    } finally {
        await conn.close();
        await cleanup();
    }
}

function report(outcomes: Outcome[]): void {
    const rows = outcomes.flatMap((o) => ('problem' in o ? [[o.database, o.problem, '', '', '', '', '']] : o.figures.map((f) => {
        const total = spreadOf(f.reportMs);
        return [`${o.database}, ${f.label}`, f.rows.toLocaleString('en'), ms(spreadOf(f.rowsMs).p50), ms(total.p50), ms(total.max),
            f.goal ? `≤ ${GOAL_MS} ms: ${verdict(total.p50 <= GOAL_MS)}` : '',
            `${f.counted.incidents} / ${f.counted.pages} / ${f.counted.requests}${f.counted.retroOnTime === null ? '' : ` (retros on time ${f.counted.retroOnTime})`}`];
    })));
    printTable(`KPIs over ${SEED.incidents.toLocaleString('en')} incidents and ${(SEED.incidents * SEED.eventsPerIncident).toLocaleString('en')} events ` +
        `(a year; ${SEED.pages.toLocaleString('en')} pages, ${SEED.requests.toLocaleString('en')} requests, ${SEED.schedules} schedules), median of ${RUNS} runs:`,
    ['database, range', 'rows loaded', 'rows p50', 'KPIs p50', 'KPIs max', 'goal (12 weeks)', 'incidents / pages / requests'], rows);
    for (const o of outcomes) {
        if (!('problem' in o)) {
            const seeded = Object.entries(o.seeded).map(([k, v]) => `${v.toLocaleString('en')} ${k.replace('_', ' ')}`).join(', ');
            console.log(`  ${o.database}: seeded ${seeded} in ${ms(o.seedMs)}`);
        }
    }
    console.log('  KPIs = GET api/v1/kpis (weekly: api/v1/kpis/weekly) without HTTP: range check, rows (the part under "rows p50"), schedules from');
    console.log('  the catalog, every figure (of every week). rows loaded: one per incident (with its timeline\'s first instants), request,');
    console.log('  page, resolved incident (its review) and follow-up due; request states grouped by category at each week\'s end.');
}

export async function benchKpis(): Promise<void> {
    const targets = await databaseTargets();
    const outcomes: Outcome[] = [];
    for (const name of ['postgres', 'pglite'] as const) {
        const target = targets.find((t) => t.name === name);
        outcomes.push(target === undefined ? {database: name, problem: 'SKIPPED: PostgreSQL unreachable'} : await runOn(target));
    }
    report(outcomes);
}
