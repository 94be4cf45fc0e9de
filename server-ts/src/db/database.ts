import {fileURLToPath} from 'node:url';
import type {PgDatabase, PgQueryResultHKT} from 'drizzle-orm/pg-core';
import type * as schema from './schema.js';

// Both drivers speak the same PostgreSQL dialect; callers only ever see this type.
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type PoolStats = {total: number; idle: number; waiting: number};
export type SqlRows = {rows: Record<string, unknown>[]};

export interface DbConnection {
    readonly kind: 'pglite' | 'postgres';
    readonly db: Database;
    // Raw SQL with $1… parameters; pg-boss runs through it so both share one connection/pool.
    executeSql(text: string, values?: unknown[]): Promise<SqlRows>;
    ping(): Promise<void>;
    poolStats(): PoolStats;
    // Calls fn with each NOTIFY payload; the returned function stops listening.
    listen(channel: string, fn: (payload: string) => void): Promise<() => Promise<void>>;
    close(): Promise<void>;
}

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../drizzle', import.meta.url));
