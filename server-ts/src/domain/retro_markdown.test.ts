import {describe, expect, it} from 'vitest';
import type {RetrospectiveView} from '../contract/retrospectives.js';
import {privateRetroNotice, renderRetrospective, retroReminderText} from './retro_markdown.js';

const view = (extra: Partial<RetrospectiveView> = {}): RetrospectiveView => ({
    incidentId: 'i1', incidentNumber: 42, incidentTitle: 'Checkout errors', isDrill: false, status: 'draft',
    summary: 'A bad deploy broke checkout; rolled back.',
    impact: {durationSeconds: 5400, severity: 'sev1', tier: 'cloud', customerFacing: true},
    highlights: [{at: '2025-03-05T10:00:00.000Z', text: 'Declared\nSEV1'}, {at: '2025-03-05T11:30:00.000Z', text: 'Resolved'}],
    wentWell: 'Paging reached @bob in 2 minutes', wentBadly: '', causes: 'No canary',
    followUps: [{requestId: 't1', number: 7, title: 'Add a canary stage', status: 'accepted', category: 'reliability',
        owner: {id: 'u-bob', username: 'bob'}, dueDate: '2025-03-14', dueAt: '2025-03-14T23:59:59.999Z', isOverdue: true}],
    gameday: null, version: 3, reminderDueAt: '2025-03-10T11:30:00.000Z', createdAt: '2025-03-05T11:30:00.000Z', updatedAt: '2025-03-05T11:30:00.000Z', publishedAt: null,
    ...extra,
});

describe('renderRetrospective', () => {
    it('renders every section in order, with times in the team zone', () => {
        expect(renderRetrospective(view(), 'Europe/Berlin')).toBe([
            '## Retrospective: incident 42 — Checkout errors',
            '_Draft_',
            '### Summary\nA bad deploy broke checkout; rolled back.',
            '### Impact\n- **Duration:** 1 h 30 min\n- **Severity:** SEV1\n- **Service tier:** Cloud (user-facing)\n- **Customer-facing:** yes',
            '### Timeline (Europe/Berlin)\n- 2025-03-05 11:00 — Declared SEV1\n- 2025-03-05 12:30 — Resolved',
            '### What went well\nPaging reached @bob in 2 minutes',
            '### What went badly\n_Nothing written._',
            '### Contributing causes\nNo canary',
            '### Follow-ups\n- [ ] #7 Add a canary stage · @bob · due 2025-03-14 (overdue) · Reliability & Resiliency · accepted',
        ].join('\n\n') + '\n');
    });

    it.each<[string, Partial<RetrospectiveView>, RegExp]>([
        ['a drill is marked as one', {isDrill: true}, /^## DRILL · Retrospective[^]*This was a drill/],
        ['a published one says when', {status: 'published', publishedAt: '2025-03-06T09:00:00.000Z'}, /_Published 2025-03-06 09:00 \(UTC\)_/],
        ['no follow-ups is said', {followUps: []}, /### Follow-ups\n_Nothing written._\n$/],
        ['an unknown tier is said', {impact: {durationSeconds: 30, severity: 'sev3', tier: null, customerFacing: false}}, /30 s[^]*tier:\*\* unknown[^]*facing:\*\* no/],
    ])('%s', (_name, extra, pattern) => {
        expect(renderRetrospective(view(extra), 'UTC')).toMatch(pattern);
    });

    it('gives a drill its gameday report after the summary', () => {
        const text = renderRetrospective(view({isDrill: true, gameday: {scenario: 'Kill the primary\nDB', injected: 'Stopped db-1 at 10:00.',
            detected: 'The replica lag alert paged @bob.', detectedAt: '2025-03-05T10:12:30.000Z', timeToDetectSeconds: 750}}), 'Europe/Berlin');
        expect(text).toContain([
            '### Summary\nA bad deploy broke checkout; rolled back.',
            '### Gameday report',
            '- **Scenario:** Kill the primary DB\n- **Time to detect:** 12 min 30 s (detected 2025-03-05 11:12 Europe/Berlin)\n- **Follow-ups:** #7 Add a canary stage',
            '**What was injected**\nStopped db-1 at 10:00.',
            '**What was detected**\nThe replica lag alert paged @bob.',
            '### Impact',
        ].join('\n\n'));
    });

    it('says what a drill\'s report lacks, and a real incident has none', () => {
        const blank = renderRetrospective(view({isDrill: true, followUps: [],
            gameday: {scenario: '', injected: '', detected: ' ', detectedAt: null, timeToDetectSeconds: null}}), 'UTC');
        expect(blank).toMatch(/- \*\*Scenario:\*\* _not given_\n- \*\*Time to detect:\*\* _not recorded_\n- \*\*Follow-ups:\*\* none yet/);
        expect(blank).toMatch(/\*\*What was injected\*\*\n_Nothing written._\n\n\*\*What was detected\*\*\n_Nothing written._/);
        expect(renderRetrospective(view(), 'UTC')).not.toContain('Gameday report');
    });
});

describe('texts', () => {
    it.each<[string, string]>([
        [privateRetroNotice(view(), 'alice'), ':lock: The retrospective of the private incident (42) is published. Ask @alice if you need to read it.'],
        [retroReminderText(view({isDrill: true}), 'alice', 1), ':memo: @alice, the retrospective of drill incident 42 (Checkout errors) is still a draft 1 business day after the resolution. Fill it in and publish it from the SRE Toolkit sidebar.'],
    ])('%s', (actual, expected) => expect(actual).toBe(expected));
});
