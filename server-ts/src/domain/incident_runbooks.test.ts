import {describe, expect, it} from 'vitest';
import {incidentRunbooksText, suggestRunbooks, type RunbookCandidate} from './incident_runbooks.js';
import type {RunbookHit} from './runbook_text.js';

const rb = (id: string, tier: string, service = '', isStale = false): RunbookCandidate => ({id, title: `Runbook ${id}`, service, tier, isStale});
const hit = (title: string, isStale = false): RunbookHit => ({title, service: 'postgres', tier: 'internal', owner: null, link: `https://rb.example/${title}`, isStale});

describe('suggestRunbooks', () => {
    const library = [rb('a', 'internal'), rb('b', 'internal', '', true), rb('c', 'cloud', 'postgres'), rb('d', 'cloud'), rb('e', 'internal', 'Postgres', true)];

    it.each<[string, RunbookCandidate[], string | null, string[]]>([
        ['the tier\'s, reviewed before stale, by title', [], 'internal', ['a', 'b', 'e']],
        ['a linked service first, then the tier; the linked one left out', [rb('c', 'cloud', 'postgres')], 'internal', ['e', 'a', 'b']],
        ['a linked service alone when the template has no tier', [rb('x', 'community', 'POSTGRES')], null, ['c', 'e']],
        ['nothing for a tier without runbooks', [], 'community', []],
    ])('takes %s', (_name, linked, tier, ids) => expect(suggestRunbooks(linked, library, tier).map((r) => r.id)).toEqual(ids));

    it('keeps the top five', () => {
        const many = Array.from({length: 8}, (_, k) => rb(`r${k}`, 'cloud'));
        expect(suggestRunbooks([], many, 'cloud').map((r) => r.id)).toEqual(['r0', 'r1', 'r2', 'r3', 'r4']);
    });
});

describe('incidentRunbooksText', () => {
    it('is nothing when there is nothing to point to', () => expect(incidentRunbooksText([], [], 'cloud')).toBeNull());

    it('lists the linked ones, then more for the tier, stale ones marked', () => expect(incidentRunbooksText([hit('Failover')], [hit('Vacuum', true)], 'internal')).toBe([
        '#### Runbooks for this incident',
        'Linked from the checklist:',
        '* [Failover](https://rb.example/Failover) — postgres · internal',
        '',
        'More for the Internal tier and the same services:',
        '* [Vacuum](https://rb.example/Vacuum) — postgres · internal :warning: not reviewed for 90 days',
    ].join('\n')));

    it.each<[string, RunbookHit[], RunbookHit[], string | null, RegExp]>([
        ['only linked ones', [hit('Failover')], [], 'cloud', /^#### Runbooks for this incident\nLinked from the checklist:\n\* \[Failover\][^\n]*$/],
        ['only suggested ones', [], [hit('Vacuum')], 'cloud', /^#### Runbooks for this incident\nMore for the Cloud tier and the same services:\n\* \[Vacuum\]/],
        ['a template without a tier', [], [hit('Vacuum')], null, /More for the same services:/],
    ])('has %s', (_name, linked, suggested, tier, text) => expect(incidentRunbooksText(linked, suggested, tier)).toMatch(text));
});
