import type {DbConnection} from '../db/connection.js';

export type JobCount = {queue: string; state: string; count: number};

export async function loadJobCounts(conn: DbConnection): Promise<JobCount[]> {
    const {rows} = await conn.executeSql('SELECT name AS queue, state::text AS state, count(*)::int AS count FROM pgboss.job GROUP BY 1, 2', []);
    return rows.map((r) => ({queue: String(r.queue), state: String(r.state), count: Number(r.count)}));
}
