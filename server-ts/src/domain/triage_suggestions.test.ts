import {expect, it} from 'vitest';
import type {TriagePriority} from '../contract/summary.js';
import type {OwnershipArea, TriageCategory} from '../contract/triage.js';
import {suggest} from './triage_suggestions.js';

it.each<[string, TriageCategory, string[], TriagePriority, string[]]>([
    ['The API is down, 502 everywhere', 'reliability', ['down', '502'], 'p1', ['down', '502']],
    ['Customer reports DATA   LOSS after upgrade', 'reliability', ['data loss'], 'p1', ['data loss']],
    ['Our AWS bill doubled, can we cut spend?', 'availability_cost', ['bill', 'spend'], 'p3', []],
    ['CVE-2025-1234 in nginx', 'security', ['cve'], 'p2', ['cve']],
    ['A token leaked in a public repo', 'security', ['leaked', 'token'], 'p2', ['leaked', 'token']],
    ['Please update the runbook and the handbook', 'documentation', ['runbook', 'handbook'], 'p3', []],
    ['Automate the cert rotation script, pure toil', 'automation', ['automate', 'script', 'toil'], 'p3', []],
    ['Nice to have: a nicer dashboard, whenever', 'ktlo', [], 'p4', ['whenever', 'nice to have']],
    ['Urgent: docs site broken', 'documentation', ['docs'], 'p2', ['urgent', 'broken']],
    // Most matched words decide the category; the most urgent word decides the priority.
    ['Outage cost us: bill, spend and budget review', 'availability_cost', ['cost', 'bill', 'spend', 'budget'], 'p1', ['outage']],
    // A tie goes to the category listed first (Reliability before Automation).
    ['flaky deploy script', 'reliability', ['flaky'], 'p3', []],
    ['Rotate the office plant', 'ktlo', [], 'p3', []],
    ['', 'ktlo', [], 'p3', []],
])('%j → %s %j, %s %j', (text, category, categoryBecause, priority, priorityBecause) =>
    expect(suggest(text)).toEqual({
        category: {value: category, because: categoryBecause}, priority: {value: priority, because: priorityBecause},
        area: {value: 'cloud', because: []},
    }));

it.each<[string, OwnershipArea, string[]]>([
    ['Login fails on community.mattermost.com', 'community', ['community.mattermost.com']],
    ['The community server daily release did not ship', 'community', ['community server', 'daily release']],
    ['Calls drop after 10 minutes', 'community', ['calls']],
    ['Staging is missing Grafana dashboards', 'internal_platform', ['staging', 'grafana']],
    ['Move the testing environment to GitOps with Terraform (IaC)', 'internal_platform', ['testing environment', 'gitops', 'terraform', 'iac']],
    ['The CI   pipeline is slow; Prometheus observability gaps', 'internal_platform', ['observability', 'prometheus', 'ci pipeline']],
    // Most matched words decide the area; a tie goes to the area listed first (Community before Internal Platform).
    ['Calls on community server: staging only', 'community', ['community server', 'calls']],
    ['Calls metrics in grafana', 'community', ['calls']],
    ['Customer workspace is down', 'cloud', []],
])('%j → area %s %j', (text, area, because) => expect(suggest(text).area).toEqual({value: area, because}));

// Word boundaries: these contain a keyword only inside a longer word or number.
it.each(['Download the logs', 'costume party', 'tokens-ish? no: tokenize', 'port 5020', 'a billboard', 'scripted', 'undocumented', 'recalls', 'iacs', 'prestaging'])(
    'does not match inside words: %j', (text) => {
        expect(suggest(text)).toEqual({category: {value: 'ktlo', because: []}, priority: {value: 'p3', because: []}, area: {value: 'cloud', because: []}});
    });

it('matches keywords next to punctuation', () =>
    expect(suggest('(down) — «502»').priority).toEqual({value: 'p1', because: ['down', '502']}));
