import {cp, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {PGlite} from '@electric-sql/pglite';
import {drizzle} from 'drizzle-orm/pglite';
import {migrate} from 'drizzle-orm/pglite/migrator';
import {MIGRATIONS_FOLDER} from '../db/database.js';

type Journal = {entries: {tag: string}[]};

/**
 * What migration `tag` does to the rows an older install holds: an in-memory database runs every migration before
 * it, `before` puts the rows in, the rest of the migrations run, and `after` reads what became of them.
 */
export async function acrossMigration<T>(tag: string, before: (db: PGlite) => Promise<unknown>, after: (db: PGlite) => Promise<T>): Promise<T> {
    const folder = await mkdtemp(join(tmpdir(), 'sre-migrations-'));
    const pglite = await PGlite.create();
    try {
        await cp(MIGRATIONS_FOLDER, folder, {recursive: true});
        const journalPath = join(folder, 'meta', '_journal.json');
        const journal = JSON.parse(await readFile(journalPath, 'utf8')) as Journal;
        const index = journal.entries.findIndex((e) => e.tag === tag);
        if (index <= 0) {
            throw new Error(`no migration ${tag} after the first`);
        }
        await writeFile(journalPath, JSON.stringify({...journal, entries: journal.entries.slice(0, index)}));
        const db = drizzle({client: pglite});
        await migrate(db, {migrationsFolder: folder});
        await before(pglite);
        await migrate(db, {migrationsFolder: MIGRATIONS_FOLDER});
        return await after(pglite);
    } finally {
        await pglite.close();
        await rm(folder, {recursive: true, force: true});
    }
}
