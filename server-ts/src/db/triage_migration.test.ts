import {cp, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {PGlite} from '@electric-sql/pglite';
import {drizzle} from 'drizzle-orm/pglite';
import {migrate} from 'drizzle-orm/pglite/migrator';
import {afterAll, describe, expect, it} from 'vitest';
import {MIGRATIONS_FOLDER} from './database.js';

type Journal = {entries: {tag: string}[]};

// Boards that ran before the triage model keep their rows: 'rejected' becomes 'declined', a missing priority P3.
describe('0004_triage migration', () => {
    let folder = '';
    afterAll(() => rm(folder, {recursive: true, force: true}));

    it('carries old triage rows over to the new model', async () => {
        folder = await mkdtemp(join(tmpdir(), 'sre-migrations-'));
        await cp(MIGRATIONS_FOLDER, folder, {recursive: true});
        const journalPath = join(folder, 'meta', '_journal.json');
        const journal = JSON.parse(await readFile(journalPath, 'utf8')) as Journal;
        const before = journal.entries.findIndex((e) => e.tag === '0004_triage');
        expect(before).toBeGreaterThan(0);
        await writeFile(journalPath, JSON.stringify({...journal, entries: journal.entries.slice(0, before)}));
        const pglite = await PGlite.create();
        const db = drizzle({client: pglite});
        await migrate(db, {migrationsFolder: folder});
        await pglite.exec(`insert into triage_items (title, status, priority) values ('Old no', 'rejected', 'p2'), ('Old unjudged', 'new', null)`);
        await migrate(db, {migrationsFolder: MIGRATIONS_FOLDER});
        const rows = await pglite.query<{title: string; status: string; priority: string; category: string; labels: unknown}>(
            'select title, status, priority, category, labels from triage_items order by title');
        expect(rows.rows).toEqual([
            {title: 'Old no', status: 'declined', priority: 'p2', category: 'ktlo', labels: []},
            {title: 'Old unjudged', status: 'new', priority: 'p3', category: 'ktlo', labels: []},
        ]);
        await pglite.close();
    }, 60_000);
});
