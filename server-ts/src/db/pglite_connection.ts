import {mkdir} from 'node:fs/promises';
import {PGlite} from '@electric-sql/pglite';
import {drizzle} from 'drizzle-orm/pglite';
import {migrate} from 'drizzle-orm/pglite/migrator';
import {ok, type Result} from '../domain/result.js';
import {MIGRATIONS_FOLDER, type DbConnection, type SqlRows} from './database.js';
import * as schema from './schema.js';

export async function openPglite(dataDir: string): Promise<Result<DbConnection, string>> {
    await mkdir(dataDir, {recursive: true});
    const pglite = await PGlite.create(dataDir);
    const db = drizzle({client: pglite, schema});
    await migrate(db, {migrationsFolder: MIGRATIONS_FOLDER});
    // PGlite is one connection: queue raw statements so a multi-statement batch never interleaves.
    let queue: Promise<unknown> = Promise.resolve();
    const executeSql = (text: string, values?: unknown[]): Promise<SqlRows> => {
        const run = async (): Promise<SqlRows> => {
            if (values && values.length > 0) {
                return {rows: (await pglite.query<Record<string, unknown>>(text, values)).rows};
            }
            // pg-boss sends parameterless multi-statement scripts; the last statement's rows are the answer.
            const results = await pglite.exec(text);
            return {rows: results.at(-1)?.rows ?? []};
        };
        const next = queue.then(run, run);
        queue = next.catch(() => undefined);
        return next;
    };
    return ok({
        kind: 'pglite',
        db,
        executeSql,
        ping: async () => {
            await pglite.query('select 1');
        },
        poolStats: () => ({total: 1, idle: 1, waiting: 0}),
        listen: (channel, fn) => pglite.listen(channel, fn),
        close: async () => {
            await queue;
            await pglite.close();
        },
    });
}
