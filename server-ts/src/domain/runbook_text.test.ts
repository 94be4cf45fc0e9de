import {describe, expect, it} from 'vitest';
import {runbookSearchText, type RunbookHit} from './runbook_text.js';

const hit = (title: string, extra: Partial<RunbookHit> = {}): RunbookHit =>
    ({title, service: 'postgres', tier: 'cloud', owner: 'alice', link: `https://chat.example/rb/${title.length}`, isStale: false, ...extra});

describe('runbookSearchText', () => {
    it.each<[string, RunbookHit[], string]>([
        ['nothing found', [], 'No runbook matches "db". Every word must appear in a runbook\'s title, service or text.'],
        ['one fresh, one stale without owner or service', [hit('Failover'), hit('Vacuum [old]', {isStale: true, owner: null, service: '', tier: 'internal'})], [
            '#### Runbooks matching "db"',
            '* [Failover](https://chat.example/rb/8) — postgres · cloud · @alice',
            '* [Vacuum \\[old\\]](https://chat.example/rb/12) — internal :warning: not reviewed for 90 days',
        ].join('\n')],
    ])('%s', (_name, hits, text) => expect(runbookSearchText('db', hits)).toBe(text));

    it('shows the top 5 and says how many more match', () => {
        const text = runbookSearchText('db', ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((t) => hit(t)));
        expect(text.split('\n').filter((l) => l.startsWith('* ')).map((l) => l.slice(3, 4))).toEqual(['a', 'b', 'c', 'd', 'e']);
        expect(text).toMatch(/\n\n2 more match: add words to narrow it down\.$/);
    });
});
