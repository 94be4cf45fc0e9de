import PgBoss from 'pg-boss';
import type {DbConnection} from '../db/connection.js';

// pg-boss runs its SQL through our connection: on PGlite there is no server for it to dial, and on
// PostgreSQL one pool keeps the connection count (and the pool metrics) honest.
export async function startBoss(conn: DbConnection, onError: (error: Error) => void): Promise<PgBoss> {
    const boss = new PgBoss({db: {executeSql: (text, values) => conn.executeSql(text, values)}, schema: 'pgboss'});
    boss.on('error', onError);
    await boss.start();
    return boss;
}
