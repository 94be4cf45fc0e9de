import type PgBoss from 'pg-boss';
import {openDatabase, type DbConnection} from '../../server-ts/src/db/connection.ts';
import {startBoss} from '../../server-ts/src/jobs/boss.ts';
import {createStatusReminderQueue, scheduleStatusReminders, startStatusReminderWorker, STATUS_REMINDER} from '../../server-ts/src/jobs/status_reminder.ts';
import {recordReminders} from './reminder_recorder.ts';
import {seedStorm} from './reminder_storm_seed.ts';
import {spreadOf, type Spread} from './stats.ts';

export type StormPlace = {databaseUrl: string | null; dataDir: string};
// spreadMs: the deadlines are spread evenly over this long (0: all at one instant).
export type StormOptions = {count: number; instances: number; leadMs: number; spreadMs: number; timeoutMs: number};
export type StormFigures = {
    distinct: number; total: number; lateness: Spread; seedMs: number;
    byInstance: Record<string, number>; nextQueued: number; failedJobs: number; errors: string[];
};

type Instance = {conn: DbConnection; boss: PgBoss};

// `instances` companions' worth of connection + pg-boss + reminder worker, all in this process, on one database.
async function startInstances(place: StormPlace, count: number, errors: string[]): Promise<Instance[]> {
    const instances: Instance[] = [];
    for (let i = 0; i < count; i++) {
        const opened = await openDatabase(place);
        if (!opened.ok) {
            throw new Error(opened.error);
        }
        const boss = await startBoss(opened.value, (error) => errors.push(error.message));
        instances.push({conn: opened.value, boss});
    }
    return instances;
}

async function countJobs(conn: DbConnection, where: string, values: unknown[]): Promise<number> {
    const {rows} = await conn.executeSql(`select count(*)::int as n from pgboss.job where name = $1 and ${where}`, [STATUS_REMINDER, ...values]);
    return Number(rows[0]?.n ?? 0);
}

// Condition polling with a deadline: the workers run in this process, so there is no event to wait on.
async function waitUntil(isDone: () => Promise<boolean>, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await isDone()) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
}

function deadline(ms: number): {promise: Promise<void>; clear: () => void} {
    let timer: NodeJS.Timeout | undefined;
    const promise = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, ms);
    });
    return {promise, clear: () => clearTimeout(timer)};
}

// `count` incidents all due at one instant, a reminder job each, then the real worker and handler drain them.
export async function runStorm(place: StormPlace, options: StormOptions): Promise<StormFigures> {
    const errors: string[] = [];
    const instances = await startInstances(place, options.instances, errors);
    try {
        const [main] = instances;
        if (!main) {
            throw new Error('a storm needs at least one instance');
        }
        await createStatusReminderQueue(main.boss);
        const dueAt = new Date(Date.now() + options.leadMs);
        const lastDue = new Date(dueAt.getTime() + options.spreadMs);
        const seedStart = performance.now();
        const recorder = recordReminders(await seedStorm(main.conn, main.boss, options.count, dueAt, options.spreadMs));
        const seedMs = performance.now() - seedStart;
        for (const [i, {conn, boss}] of instances.entries()) {
            await startStatusReminderWorker(boss, {db: conn.db, bot: recorder.botFor(`instance ${i + 1}`),
                schedule: (reminders) => scheduleStatusReminders(boss, reminders)});
        }
        if (Date.now() >= dueAt.getTime()) {
            throw new Error(`seeding took ${seedMs.toFixed(0)} ms, past the ${options.leadMs} ms lead: lateness would include it`);
        }
        const limit = deadline(options.timeoutMs);
        await Promise.race([recorder.allReminded, limit.promise]);
        limit.clear();
        // Let any duplicate (a retry, the other instance) surface before counting.
        await waitUntil(async () => await countJobs(main.conn, "state in ('created', 'retry', 'active') and start_after <= $2", [lastDue.toISOString()]) === 0, 10_000);
        return {
            distinct: recorder.distinct(), total: recorder.total(), lateness: spreadOf(recorder.latenessMs), seedMs,
            byInstance: recorder.byInstance(), errors,
            nextQueued: await countJobs(main.conn, "state = 'created' and start_after > $2", [lastDue.toISOString()]),
            failedJobs: await countJobs(main.conn, "state = 'failed'", []),
        };
    } finally {
        for (const {conn, boss} of instances) {
            await boss.stop({graceful: true, timeout: 5000});
            await conn.close();
        }
    }
}
