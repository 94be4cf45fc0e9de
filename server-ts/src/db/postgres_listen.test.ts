import {describe, expect, it} from 'vitest';
import {databaseTargets} from '../test_support/databases.js';
import {openDatabase} from './connection.js';

const postgres = (await databaseTargets()).find((t) => t.name === 'postgres');

// Kills the LISTEN connection(s) of this database from another session, as a server restart or a proxy would.
const dropListeners = (conn: Awaited<ReturnType<typeof open>>) => conn.executeSql(
    "select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query ilike '%listen %' and pid <> pg_backend_pid()");
const open = async (place: {databaseUrl: string | null; dataDir: string}, errors: Error[]) => {
    const opened = await openDatabase({...place, onListenError: (e) => errors.push(e)});
    if (!opened.ok) {
        throw new Error(opened.error);
    }
    return opened.value;
};

describe.skipIf(postgres === undefined)('LISTEN on PostgreSQL', () => {
    it('reconnects after its connection is killed, says "re-read" with an empty payload, and stops cleanly', async () => {
        const place = await postgres?.create();
        if (!place) {
            return;
        }
        const errors: Error[] = [];
        const conn = await open(place, errors);
        try {
            const seen: string[] = [];
            const stop = await conn.listen('sre_changes', (payload) => seen.push(payload));
            await dropListeners(conn);
            await expect.poll(() => seen.includes(''), {timeout: 10_000}).toBe(true);
            await conn.executeSql("select pg_notify('sre_changes', 'incidents')");
            await expect.poll(() => seen.includes('incidents'), {timeout: 10_000}).toBe(true);
            expect(errors.length).toBeGreaterThanOrEqual(1);
            await stop();
            await conn.executeSql('select 1');
        } finally {
            await conn.close();
            await place.cleanup();
        }
    }, 60_000);
});
