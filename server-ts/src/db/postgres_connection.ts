import {drizzle} from 'drizzle-orm/node-postgres';
import {migrate} from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import {ok, type Result} from '../domain/result.js';
import {MIGRATIONS_FOLDER, type DbConnection} from './database.js';
import * as schema from './schema.js';

// Several instances may start at once: one migrates, the others wait on this lock.
const MIGRATION_LOCK = 7_341_001;
const RELISTEN_DELAY_MS = 1000;

export async function openPostgres(url: string, onListenError?: (error: Error) => void): Promise<Result<DbConnection, string>> {
    const pool = new pg.Pool({connectionString: url, max: 10, connectionTimeoutMillis: 5000});
    // An idle client dropped by the server must not crash the process; the next query reconnects.
    pool.on('error', (error) => onListenError?.(error));
    try {
        await migrateLocked(pool);
    } catch (error) {
        await pool.end();
        throw error;
    }
    const db = drizzle({client: pool, schema});
    return ok({
        kind: 'postgres',
        db,
        executeSql: async (text, values) => ({rows: (await pool.query<Record<string, unknown>>(text, values)).rows}),
        ping: async () => {
            await pool.query('select 1');
        },
        poolStats: () => ({total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount}),
        listen: (channel, fn) => listenWithRetry(pool, channel, fn, onListenError),
        close: () => pool.end(),
    });
}

async function migrateLocked(pool: pg.Pool): Promise<void> {
    const client = await pool.connect();
    try {
        await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
        await migrate(drizzle({client, schema}), {migrationsFolder: MIGRATIONS_FOLDER});
    } finally {
        await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
        client.release();
    }
}

type Listener = {query: (sql: string) => Promise<unknown>; release: (error?: Error) => void};

// One LISTEN connection. It may report errors after we let it go (stop, or a second error as the server hangs
// up): it goes back to the pool once, and only its first error counts as lost.
async function openListener(pool: pg.Pool, channel: string, fn: (payload: string) => void, onLost: (error: Error) => void): Promise<Listener> {
    const c = await pool.connect();
    let isReleased = false;
    const release = (error?: Error) => {
        if (!isReleased) {
            isReleased = true;
            c.release(error);
        }
    };
    c.on('notification', (n) => {
        if (n.channel === channel) {
            fn(n.payload ?? '');
        }
    });
    c.on('error', (error) => {
        if (!isReleased) {
            release(error);
            onLost(error);
        }
    });
    await c.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    return {query: (sql) => c.query(sql), release};
}

// LISTEN needs a dedicated connection. When it drops we reconnect and report an empty payload, so the
// listener re-reads whatever it may have missed meanwhile.
async function listenWithRetry(pool: pg.Pool, channel: string, fn: (payload: string) => void, onError?: (error: Error) => void) {
    let current: Listener | null = null;
    let stopped = false;
    const connect = async (): Promise<void> => {
        current = await openListener(pool, channel, fn, (error) => {
            onError?.(error);
            current = null;
            retry();
        });
    };
    const retry = () => {
        if (!stopped) {
            setTimeout(() => void connect().then(() => fn(''), (error: unknown) => {
                onError?.(error instanceof Error ? error : new Error(String(error)));
                retry();
            }), RELISTEN_DELAY_MS).unref();
        }
    };
    await connect();
    return async () => {
        stopped = true;
        const c = current;
        current = null;
        if (c) {
            await c.query(`UNLISTEN ${pg.escapeIdentifier(channel)}`).catch(() => undefined);
            c.release();
        }
    };
}
