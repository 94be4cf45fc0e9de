import {err, type Result} from '../domain/result.js';
import type {DbConnection} from './database.js';
import {openPglite} from './pglite_connection.js';
import {openPostgres} from './postgres_connection.js';

export type {Database, DbConnection, PoolStats} from './database.js';

export type DatabaseOptions = {databaseUrl: string | null; dataDir: string; onListenError?: (error: Error) => void};

// Opens and migrates. A database that cannot be reached or migrated is a start-up error with its reason.
export async function openDatabase(options: DatabaseOptions): Promise<Result<DbConnection, string>> {
    try {
        return options.databaseUrl === null ?
            await openPglite(options.dataDir) :
            await openPostgres(options.databaseUrl, options.onListenError);
    } catch (error) {
        const where = options.databaseUrl === null ? `PGlite in ${options.dataDir}` : 'PostgreSQL at DATABASE_URL';
        return err(`cannot open the database (${where}): ${error instanceof Error ? error.message : String(error)}`);
    }
}
