import {describe, expect, it} from 'vitest';
import {acrossMigration} from '../test_support/across_migration.js';

// Boards that ran before the triage model keep their rows: 'rejected' becomes 'declined', a missing priority P3.
describe('0004_triage migration', () => {
    it('carries old triage rows over to the new model', async () => {
        const rows = await acrossMigration('0004_triage',
            (db) => db.exec(`insert into triage_items (title, status, priority) values ('Old no', 'rejected', 'p2'), ('Old unjudged', 'new', null)`),
            async (db) => (await db.query('select title, status, priority, category, labels from triage_items order by title')).rows);
        expect(rows).toEqual([
            {title: 'Old no', status: 'declined', priority: 'p2', category: 'ktlo', labels: []},
            {title: 'Old unjudged', status: 'new', priority: 'p3', category: 'ktlo', labels: []},
        ]);
    }, 60_000);
});
