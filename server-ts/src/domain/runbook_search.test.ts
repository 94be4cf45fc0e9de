import {describe, expect, it} from 'vitest';
import {rankRunbooks, searchWords} from './runbook_search.js';

const rb = (title: string, service = '', body = '') => ({title, service, body});
const LIBRARY = [
    rb('Restart the search cluster', 'elasticsearch', 'Drain the node first.'),
    rb('Database failover', 'postgres', 'Promote the replica; then restart search indexing.'),
    rb('Rotate TLS certificates', 'ingress', 'Use cert-manager.'),
    rb('Search latency high', 'elasticsearch', 'Check the slow log.'),
    rb('Postgres vacuum', 'postgres', 'Run VACUUM ANALYZE; watch the database load.'),
];

describe('searchWords', () => {
    it.each<[string, string[]]>([
        ['', []],
        ['  Search   LATENCY ', ['search', 'latency']],
        ['db, "failover"!', ['db', 'failover']],
        ['search search', ['search']],
        ['cert-manager', ['cert-manager']],
    ])('%j → %j', (query, words) => expect(searchWords(query)).toEqual(words));
});

describe('rankRunbooks', () => {
    it.each<[string, string[]]>([
        ['search', ['Restart the search cluster', 'Search latency high', 'Database failover']],
        ['restart search', ['Restart the search cluster', 'Database failover']],
        ['postgres', ['Postgres vacuum', 'Database failover']],
        ['database', ['Database failover', 'Postgres vacuum']],
        ['ELASTICSEARCH slow', ['Search latency high']],
        ['cert-manager', ['Rotate TLS certificates']],
        ['search kubernetes', []],
        ['', ['Database failover', 'Postgres vacuum', 'Restart the search cluster', 'Rotate TLS certificates', 'Search latency high']],
    ])('%j → %j', (query, titles) => expect(rankRunbooks(LIBRARY, query).map((r) => r.title)).toEqual(titles));
});
