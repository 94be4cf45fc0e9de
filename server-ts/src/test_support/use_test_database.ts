import {afterAll, beforeAll} from 'vitest';
import type {DbConnection} from '../db/connection.js';
import {openTestDatabase, type DatabaseTarget} from './databases.js';

// Apart from databases.ts so the benchmarks can use the targets without importing vitest.

// Opens a fresh database for the enclosing describe block. Call it before the block's own hooks: vitest
// runs afterAll hooks in reverse order, so the block's teardown (app.close, boss.stop) still has the database.
export function useTestDatabase(target: DatabaseTarget): () => DbConnection {
    let opened: {conn: DbConnection; cleanup: () => Promise<void>} | undefined;
    beforeAll(async () => {
        opened = await openTestDatabase(target);
    }, 60_000);
    afterAll(async () => {
        await opened?.conn.close();
        await opened?.cleanup();
        opened = undefined;
    });
    return () => {
        if (!opened) {
            throw new Error(`The ${target.name} test database is open only between beforeAll and afterAll; read it inside a hook or test`);
        }
        return opened.conn;
    };
}
