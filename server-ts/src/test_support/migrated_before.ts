import {cp, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {PGlite} from '@electric-sql/pglite';
import {drizzle} from 'drizzle-orm/pglite';
import {migrate} from 'drizzle-orm/pglite/migrator';
import {MIGRATIONS_FOLDER} from '../db/database.js';

type Journal = {entries: {tag: string}[]};
export type MigratedBefore = {pglite: PGlite; migrateTheRest: () => Promise<void>; close: () => Promise<void>};

// An in-memory database as an install that ran every migration before `tag`, for testing what `tag` does to the rows
// such an install holds: put them in with `pglite`, then migrateTheRest().
export async function migratedBefore(tag: string): Promise<MigratedBefore> {
    const folder = await mkdtemp(join(tmpdir(), 'sre-migrations-'));
    await cp(MIGRATIONS_FOLDER, folder, {recursive: true});
    const journalPath = join(folder, 'meta', '_journal.json');
    const journal = JSON.parse(await readFile(journalPath, 'utf8')) as Journal;
    const before = journal.entries.findIndex((e) => e.tag === tag);
    if (before <= 0) {
        throw new Error(`no migration ${tag} after the first`);
    }
    await writeFile(journalPath, JSON.stringify({...journal, entries: journal.entries.slice(0, before)}));
    const pglite = await PGlite.create();
    const db = drizzle({client: pglite});
    await migrate(db, {migrationsFolder: folder});
    return {
        pglite,
        migrateTheRest: () => migrate(db, {migrationsFolder: MIGRATIONS_FOLDER}),
        close: async () => {
            await pglite.close();
            await rm(folder, {recursive: true, force: true});
        },
    };
}
