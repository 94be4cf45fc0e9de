import type {Kpis} from '../../server-ts/src/contract/kpis.ts';
import type {DbConnection} from '../../server-ts/src/db/connection.ts';
import {loadKpiRows} from '../../server-ts/src/db/kpi_rows.ts';
import {DEFAULT_SLA} from '../../server-ts/src/domain/triage_sla.ts';
import {createKpiService, type KpiService} from '../../server-ts/src/kpis/kpi_service.ts';
import {createScheduleCatalog} from '../../server-ts/src/oncall/schedule_catalog.ts';
import {databaseTargets, openTestDatabase, type DatabaseTarget} from '../../server-ts/src/test_support/databases.ts';
import {PEOPLE, seedKpiHistory, type KpiSeed} from './kpi_seed.ts';
import {ms, printTable, spreadOf, verdict} from './stats.ts';

// Issue 8: the KPIs over 10,000 incidents and 200,000 timeline events, for a 12-week range in ≤ 100 ms, on
// PostgreSQL and on PGlite. The service as the route calls it (range check, rows, schedules, figures), without
// HTTP and with Mattermost's user time zones from a fake: that one REST call is Mattermost's time, not ours.
const SEED: KpiSeed = {incidents: 10_000, eventsPerIncident: 20, pages: 6_000, requests: 5_000, schedules: 20};
const END = new Date('2026-03-30T00:00:00Z');
const DAY_MS = 86_400_000;
const GOAL_MS = 100;
const WARM_UP_RUNS = 3;
const RUNS = 15;
const ZONES = ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Europe/London', 'America/Los_Angeles'];
const RANGES = [{label: '12 weeks', days: 84, goal: true}, {label: '52 weeks', days: 364, goal: false}];

type Figures = {label: string; rows: number; reportMs: number[]; rowsMs: number[]; kpis: Kpis; goal: boolean};
type Outcome = {database: string; seedMs: number; seeded: Record<string, number>; figures: Figures[]} | {database: string; problem: string};

async function timed<T>(work: () => Promise<T>): Promise<{value: T; ms: number}> {
    const start = performance.now();
    const value = await work();
    return {value, ms: performance.now() - start};
}

async function measure(conn: DbConnection, kpis: KpiService, label: string, days: number): Promise<Omit<Figures, 'goal'>> {
    const query = {from: new Date(END.getTime() - days * DAY_MS).toISOString(), to: END.toISOString()};
    const once = async () => {
        const answer = await kpis.report(query);
        if (!answer.ok) {
            throw new Error(answer.error.message);
        }
        return answer.value;
    };
    for (let r = 0; r < WARM_UP_RUNS; r++) {
        await once();
    }
    const reports = [];
    const loads = [];
    for (let r = 0; r < RUNS; r++) {
        reports.push(await timed(once));
        loads.push(await timed(() => loadKpiRows(conn.db, {from: new Date(query.from), to: END})));
    }
    const rows = loads[0]?.value;
    const count = rows === undefined ? 0 : rows.incidents.length + rows.requests.length + rows.requestStates.length + rows.pages.length;
    const kpisValue = reports[0]?.value;
    if (kpisValue === undefined) {
        throw new Error('no run');
    }
    return {label, rows: count, reportMs: reports.map((r) => r.ms), rowsMs: loads.map((l) => l.ms), kpis: kpisValue};
}

async function runOn(target: DatabaseTarget): Promise<Outcome> {
    const {conn, cleanup} = await openTestDatabase(target);
    try {
        const seeding = await timed(() => seedKpiHistory(conn, SEED, END));
        const zones = new Map(PEOPLE.map((p, i) => [p, ZONES[i % ZONES.length] ?? 'UTC']));
        const kpis = createKpiService({db: conn.db, catalog: createScheduleCatalog(conn.db), teamTimeZone: 'UTC', sla: DEFAULT_SLA, now: () => END,
            timeZoneOf: (names) => Promise.resolve(new Map(names.flatMap((n) => (zones.has(n) ? [[n, zones.get(n) ?? 'UTC']] : [])))),
        });
        const figures: Figures[] = [];
        for (const range of RANGES) {
            figures.push({...await measure(conn, kpis, range.label, range.days), goal: range.goal});
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
            f.goal ? `≤ ${GOAL_MS} ms: ${verdict(total.p50 <= GOAL_MS)}` : '', `${f.kpis.incidents.count} / ${f.kpis.oncall.pages} / ${f.kpis.triage.received}`];
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
    console.log('  KPIs = GET api/v1/kpis without HTTP: range check, rows (the part under "rows p50"), schedules from the catalog, every figure.');
    console.log('  rows loaded: one per incident (its timeline reduced to first instants), request and page, request states grouped by category.');
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
