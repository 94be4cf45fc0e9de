import {describe, expect, it} from 'vitest';
import type {RunbookBody} from '../contract/runbooks.js';
import {parseRunbook, runbookProblem, type RunbookDraft} from './runbook_fields.js';

const KNOWN = new Set(['alice', 'bob']);
const base: RunbookBody = {title: 'Failover the primary database', service: 'postgres', tier: 'cloud', body: '1. Check replication lag', owner: 'alice'};

describe('parseRunbook', () => {
    it.each<[string, RunbookBody, RunbookDraft]>([
        ['a Markdown runbook', base,
            {title: 'Failover the primary database', service: 'postgres', tier: 'cloud', body: '1. Check replication lag', url: null, owner: 'alice'}],
        ['a link, trimmed, @Owner lower-cased, tier in capitals', {title: ' Restart search ', tier: ' Community', url: ' https://handbook.example/search ', owner: '@Bob'},
            {title: 'Restart search', service: '', tier: 'community', body: '', url: 'https://handbook.example/search', owner: 'bob'}],
        ['no owner, empty url beside a body', {...base, url: '', owner: null, tier: 'internal'},
            {title: base.title, service: 'postgres', tier: 'internal', body: '1. Check replication lag', url: null, owner: null}],
        ['an http link, null body', {title: 't', tier: 'cloud', body: null, url: 'http://wiki.internal/x'},
            {title: 't', service: '', tier: 'cloud', body: '', url: 'http://wiki.internal/x', owner: null}],
        ['a title of exactly 120', {...base, title: 't'.repeat(120)}, {...parseOk(base), title: 't'.repeat(120)}],
    ])('accepts %s', (_name, body, draft) => expect(parseRunbook(body, KNOWN)).toEqual({ok: true, value: draft}));

    it.each<[string, RunbookBody, Record<string, RegExp>]>([
        ['no title', {...base, title: '  '}, {title: /^give the runbook a title$/}],
        ['a long title', {...base, title: 'x'.repeat(121)}, {title: /121 characters: keep it to 120/}],
        ['a long service', {...base, service: 's'.repeat(81)}, {service: /keep it to 80/}],
        ['an unknown tier', {...base, tier: 'gold'}, {tier: /"gold" is not a tier: use cloud, community or internal/}],
        ['both body and url', {...base, url: 'https://x.example'}, {body: /not both/, url: /not both/}],
        ['neither body nor url', {...base, body: ' ', url: null}, {body: /Markdown, or give a link/}],
        ['an ftp link', {...base, body: '', url: 'ftp://files/x'}, {url: /"ftp:\/\/files\/x" must be a full http:\/\/ or https:\/\/ address/}],
        ['a relative link', {...base, body: undefined, url: '/wiki/x'}, {url: /must be a full http/}],
        ['an unknown owner', {...base, owner: '@Mallory'}, {owner: /^there is no Mattermost user @mallory$/}],
        ['a body too long', {...base, body: 'x'.repeat(50_001)}, {body: /keep it to 50000/}],
        ['everything wrong at once', {title: '', tier: '', owner: 'zed'}, {title: /title/, tier: /not a tier/, body: /link/, owner: /zed/}],
    ])('refuses %s, naming each bad field', (_name, body, expected) => {
        const result = parseRunbook(body, KNOWN);
        const fields = result.ok ? {} : result.error;
        expect(Object.keys(fields).sort()).toEqual(Object.keys(expected).sort());
        Object.entries(expected).forEach(([field, pattern]) => expect(fields[field]).toMatch(pattern));
    });

    it('sums the fields up in one message', () => expect(runbookProblem({title: 'give the runbook a title', tier: 'bad'})).toEqual(
        {code: 'invalid_runbook', message: 'title: give the runbook a title; tier: bad', fields: {title: 'give the runbook a title', tier: 'bad'}}));
});

function parseOk(body: RunbookBody): RunbookDraft {
    const parsed = parseRunbook(body, KNOWN);
    if (!parsed.ok) {
        throw new Error(JSON.stringify(parsed.error));
    }
    return parsed.value;
}
