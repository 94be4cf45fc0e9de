import type {FastifyInstance} from 'fastify';
import {Gauge, Histogram, Registry} from 'prom-client';
import type {PoolStats} from '../db/connection.js';
import type {JobCount} from '../jobs/job_counts.js';

export type MetricsSources = {jobCounts: () => Promise<JobCount[]>; poolStats: () => PoolStats};

// Our own registry, not prom-client's global one: two apps in one process (tests, bench) never clash.
export function createMetrics(sources: MetricsSources): {registry: Registry; observe: (app: FastifyInstance) => void} {
    const registry = new Registry();
    const duration = new Histogram({
        name: 'http_request_duration_seconds',
        help: 'HTTP request duration by method, route and status',
        labelNames: ['method', 'route', 'status_code'] as const,
        buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
        registers: [registry],
    });
    registerJobGauge(registry, sources.jobCounts);
    registerPoolGauge(registry, sources.poolStats);
    return {
        registry,
        observe: (app) => app.addHook('onResponse', (req, reply, done) => {
            // The route pattern, not the URL: ids in paths must not explode the label set.
            duration.observe({method: req.method, route: req.routeOptions.url ?? 'unmatched', status_code: reply.statusCode}, reply.elapsedTime / 1000);
            done();
        }),
    };
}

function registerJobGauge(registry: Registry, jobCounts: MetricsSources['jobCounts']): void {
    new Gauge({
        name: 'pgboss_jobs',
        help: 'pg-boss jobs by queue and state',
        labelNames: ['queue', 'state'] as const,
        registers: [registry],
        async collect() {
            this.reset();
            for (const c of await jobCounts()) {
                this.set({queue: c.queue, state: c.state}, c.count);
            }
        },
    });
}

function registerPoolGauge(registry: Registry, poolStats: MetricsSources['poolStats']): void {
    new Gauge({
        name: 'db_pool_connections',
        help: 'Database connections by state (PGlite is one connection)',
        labelNames: ['state'] as const,
        registers: [registry],
        collect() {
            const stats = poolStats();
            this.set({state: 'total'}, stats.total);
            this.set({state: 'idle'}, stats.idle);
            this.set({state: 'waiting'}, stats.waiting);
        },
    });
}
