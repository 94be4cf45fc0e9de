import {readFileSync} from 'node:fs';
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import Fastify from 'fastify';
import {startStack} from '../sandbox/stack.ts';
import {benchDeclare} from './declare_bench.ts';
import {reportDeclare} from './declare_report.ts';
import {measure, type LoadFigures} from './load.ts';
import {benchKpis} from './kpi_bench.ts';
import {benchOncall, reportOncall} from './oncall_bench.ts';
import {benchQueueRender, type QueueRenderFigures} from './queue_render_bench.ts';
import {benchReminders} from './reminder_bench.ts';
import {seedLoad} from './seed_load.ts';
import {ms, verdict} from './stats.ts';

// `npm run bench`: every figure measured in this one run, side by side. Loopback only, bounded in time.
const BUNDLE_BUDGET_GZIP = 80 * 1024;
const SECONDS = 5;
const CONNECTIONS = 10;
const DECLARATIONS = 100;

function bundleSize() {
    const mainJs = readFileSync(join(import.meta.dirname, '..', '..', 'webapp', 'dist', 'main.js'));
    const gzip = gzipSync(mainJs, {level: 9}).length;
    console.log(`main.js: ${(mainJs.length / 1024).toFixed(1)} KB raw, ${(gzip / 1024).toFixed(1)} KB gzip ` +
        `(${((gzip / BUNDLE_BUDGET_GZIP) * 100).toFixed(0)} % of the 80 KB budget for the whole plugin)`);
}

const row = (name: string, f: LoadFigures) => console.log(`  ${name.padEnd(34)} ${f.requestsPerSecond.toFixed(0).padStart(7)} req/s` +
    `   p50 ${f.p50Ms.toFixed(2).padStart(6)} ms   p99 ${f.p99Ms.toFixed(2).padStart(6)} ms   errors ${f.errors + f.non2xx}`);

function reportQueueRender(f: QueueRenderFigures, size: number) {
    console.log(`\nthe sidebar's triage queue with ${size} requests in Chromium (real bundle, virtual list: ${f.rows} rows in the DOM):`);
    console.log(`  first open ${ms(f.firstOpenMs)} (of which the API answer ${ms(f.fetchMs)})`);
    console.log(`  render from the store p50 ${f.renderMs.p50.toFixed(1)} ms, max ${f.renderMs.max.toFixed(1)} ms over ${f.renderMs.count} runs ` +
        `(goal ≤ 50 ms: ${verdict(f.renderMs.max <= 50)}); a jump through the list p50 ${f.scrollMs.p50.toFixed(1)} ms, max ${f.scrollMs.max.toFixed(1)} ms`);
}

async function main() {
    bundleSize();
    const dataDir = await mkdtemp(join(tmpdir(), 'sre-bench-'));
    const stack = await startStack({dataDir, logLevel: 'error'});
    const bare = Fastify();
    bare.get('/hello', () => ({hello: 'world'}));
    const bareUrl = `${await bare.listen({port: 0, host: '127.0.0.1'})}/hello`;
    try {
        const seedStart = performance.now();
        await seedLoad(stack.companion.db, {incidents: 500, triage: 5000, schedules: 200}, new Date());
        console.log(`seeded 500 incidents, 5,000 triage items, 200 schedules on PGlite in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
        const {token} = await stack.sandbox.login('alice');
        const summaryUrl = `${stack.companion.url}/sre-toolkit/api/v1/summary`;
        const headers = {authorization: `Bearer ${token}`};
        const check = await fetch(summaryUrl, {headers});
        const summary = await check.json() as {incidents: {activeCount: number}};
        console.log(`summary: HTTP ${check.status}, ${summary.incidents.activeCount} active incidents`);

        // Warm both routes up (JIT, caches, the session check) so neither pays for it in the figures.
        await measure(bareUrl, {seconds: 2, connections: CONNECTIONS});
        await measure(summaryUrl, {seconds: 2, connections: CONNECTIONS, headers});

        // A fixed load: CONNECTIONS clients each sending their next request as soon as the last is answered.
        console.log(`\nat a fixed load of ${CONNECTIONS} concurrent connections, ${SECONDS} s each (latency resolution 1 ms):`);
        const bareFigures = await measure(bareUrl, {seconds: SECONDS, connections: CONNECTIONS});
        const summaryFigures = await measure(summaryUrl, {seconds: SECONDS, connections: CONNECTIONS, headers});
        row('bare Fastify hello', bareFigures);
        row('GET api/v1/summary', summaryFigures);
        console.log(`  ratio summary / bare: ${((summaryFigures.requestsPerSecond / bareFigures.requestsPerSecond) * 100).toFixed(0)} % (goal ≥ 30 %)`);
        console.log(`  summary p99 ${summaryFigures.p99Ms.toFixed(2)} ms (goal ≤ 10 ms)`);
        // Issue 6: the whole triage queue (5,000 requests, sorted, SLA-marked) as the sidebar asks for it.
        const queueUrl = `${stack.companion.url}/sre-toolkit/api/v1/triage`;
        const queueSize = ((await (await fetch(queueUrl, {headers})).json()) as unknown[]).length;
        row(`GET api/v1/triage (${queueSize} rows)`, await measure(queueUrl, {seconds: SECONDS, connections: CONNECTIONS, headers}));
        reportQueueRender(await benchQueueRender(stack.url), queueSize);
        reportDeclare(await benchDeclare(stack, DECLARATIONS), DECLARATIONS);
    } finally {
        await bare.close();
        await stack.close();
        await rm(dataDir, {recursive: true, force: true});
    }
    reportOncall(await benchOncall());
    await benchKpis();
    await benchReminders();
}

await main();
