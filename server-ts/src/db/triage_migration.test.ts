import {describe, expect, it} from 'vitest';
import {migratedBefore} from '../test_support/migrated_before.js';

// Boards that ran before the triage model keep their rows: 'rejected' becomes 'declined', a missing priority P3.
describe('0004_triage migration', () => {
    it('carries old triage rows over to the new model', async () => {
        const install = await migratedBefore('0004_triage');
        try {
            await install.pglite.exec(`insert into triage_items (title, status, priority) values ('Old no', 'rejected', 'p2'), ('Old unjudged', 'new', null)`);
            await install.migrateTheRest();
            const rows = await install.pglite.query<{title: string; status: string; priority: string; category: string; labels: unknown}>(
                'select title, status, priority, category, labels from triage_items order by title');
            expect(rows.rows).toEqual([
                {title: 'Old no', status: 'declined', priority: 'p2', category: 'ktlo', labels: []},
                {title: 'Old unjudged', status: 'new', priority: 'p3', category: 'ktlo', labels: []},
            ]);
        } finally {
            await install.close();
        }
    }, 60_000);
});
