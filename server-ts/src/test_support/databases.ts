import {randomBytes} from 'node:crypto';
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import pg from 'pg';
import {openDatabase, type DbConnection} from '../db/connection.js';

// A place a test suite can open a fresh database: a temp PGlite folder, or a new PostgreSQL database.
export type DatabaseTarget = {
    name: 'pglite' | 'postgres';
    // Options for openDatabase / startCompanion; `cleanup` drops the database or folder afterwards.
    create: () => Promise<{databaseUrl: string | null; dataDir: string; cleanup: () => Promise<void>}>;
};

const CI_DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/test';

export const pgliteTarget: DatabaseTarget = {
    name: 'pglite',
    create: async () => {
        const dataDir = await mkdtemp(join(tmpdir(), 'sre-pglite-'));
        return {databaseUrl: null, dataDir, cleanup: () => rm(dataDir, {recursive: true, force: true})};
    },
};

function postgresTarget(adminUrl: string): DatabaseTarget {
    return {
        name: 'postgres',
        create: async () => {
            // Each suite gets its own database, so parallel files and runs never see each other's rows.
            const name = `sre_test_${randomBytes(6).toString('hex')}`;
            await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
            const url = new URL(adminUrl);
            url.pathname = `/${name}`;
            const dataDir = await mkdtemp(join(tmpdir(), 'sre-pg-'));
            return {
                databaseUrl: url.toString(),
                dataDir,
                cleanup: async () => {
                    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
                    await rm(dataDir, {recursive: true, force: true});
                },
            };
        },
    };
}

async function adminQuery(url: string, text: string): Promise<void> {
    const client = new pg.Client({connectionString: url, connectionTimeoutMillis: 3000});
    await client.connect();
    try {
        await client.query(text);
    } finally {
        await client.end();
    }
}

async function isReachable(url: string): Promise<boolean> {
    try {
        await adminQuery(url, 'select 1');
        return true;
    } catch {
        return false;
    }
}

let warned = false;

// PGlite always. PostgreSQL from TEST_DATABASE_URL, else the local default; under CI=true or with an
// explicit URL it must work (a missing server fails the suite), elsewhere an unreachable one is skipped loudly.
export async function databaseTargets(env = process.env): Promise<DatabaseTarget[]> {
    const url = env.TEST_DATABASE_URL ?? CI_DEFAULT_URL;
    const isRequired = env.TEST_DATABASE_URL !== undefined || env.CI === 'true';
    if (isRequired || await isReachable(url)) {
        return [pgliteTarget, postgresTarget(url)];
    }
    if (!warned) {
        warned = true;
        console.warn('SKIPPED: PostgreSQL suite (set TEST_DATABASE_URL or CI=true)');
    }
    return [pgliteTarget];
}

export async function openTestDatabase(target: DatabaseTarget): Promise<{conn: DbConnection; dataDir: string; cleanup: () => Promise<void>}> {
    const place = await target.create();
    const opened = await openDatabase(place);
    if (!opened.ok) {
        await place.cleanup();
        throw new Error(opened.error);
    }
    return {conn: opened.value, dataDir: place.dataDir, cleanup: place.cleanup};
}
