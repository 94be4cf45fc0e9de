import {expect, it} from 'vitest';
import {describeEvent, describeStoredEvent, EVENT_KINDS, type EventData, type EventKind} from './timeline.js';

type Case = {[K in EventKind]: [K, EventData[K], string]}[EventKind];
const CASES: Case[] = [
    ['declared', {title: 'Database latency high', severity: 'sev2', template: 'Degraded service (SEV2)'}, 'Declared SEV2 "Database latency high" from template Degraded service (SEV2)'],
    ['status_changed', {from: 'investigating', to: 'identified'}, 'Status changed from investigating to identified'],
    ['severity_changed', {from: 'sev2', to: 'sev1'}, 'Severity changed from SEV2 to SEV1'],
    ['role_assigned', {role: 'communications', username: 'carol'}, '@carol is now communications'],
    ['status_update', {text: 'Rolled back\n  the deploy'}, 'Status update: Rolled back the deploy'],
    ['checklist_ticked', {step: 'Assess impact'}, 'Checked off "Assess impact"'],
    ['checklist_unticked', {step: 'Assess impact'}, 'Unchecked "Assess impact"'],
    ['resolved', {summary: 'Index rebuilt'}, 'Resolved: Index rebuilt'],
    ['reopened', {}, 'Reopened'],
    ['timeline_post', {authorUsername: 'carol', message: 'p99 back to 80 ms'}, 'Added a message by @carol: p99 back to 80 ms'],
    ['reminder_sent', {commanderUsername: 'bob'}, 'Reminded @bob that a status update is due'],
    ['page_sent', {pageNumber: 3, usernames: ['bob', 'erin'], targetName: 'SRE primary'}, 'Paged @bob, @erin (page #3, SRE primary)'],
    ['page_escalated', {pageNumber: 3, usernames: ['erin'], by: 'bob'}, 'Page #3 escalated to @erin by @bob'],
    ['page_acknowledged', {pageNumber: 3, username: 'bob', mttaSeconds: 125}, '@bob acknowledged page #3 (time to acknowledge 2 min 5 s)'],
    ['page_exhausted', {pageNumber: 3}, 'Nobody acknowledged page #3: the SRE team was alerted'],
    ['page_cancelled', {pageNumber: 3, username: 'alice'}, '@alice cancelled page #3'],
    ['retro_reminder_sent', {commanderUsername: 'alice'}, 'Reminded @alice that the retrospective is still a draft'],
    ['drill_detected', {username: 'bob', how: 'The replica lag\nalert fired'}, '@bob recorded the injected fault as detected: The replica lag alert fired'],
];

it('covers every kind', () => expect(CASES.map((c) => c[0]).sort()).toEqual([...EVENT_KINDS].sort()));

it.each(CASES)('describes %s', (kind, data, text) => expect(describeEvent(kind, data)).toBe(text));

it('cuts long texts to one readable line', () => {
    const text = describeEvent('status_update', {text: 'x'.repeat(500)});
    expect(text).toHaveLength('Status update: '.length + 160);
    expect(text.endsWith('…')).toBe(true);
});

it.each<[string, unknown, string]>([
    ['status_changed', {from: 'monitoring'}, 'Status changed from monitoring to ?'],
    ['role_assigned', null, '@? is now ?'],
    ['resolved', {summary: 42}, 'Resolved: ?'],
    ['exploded', {}, 'Unknown event exploded'],
    ['page_acknowledged', {pageNumber: 4, username: 'bob'}, '@bob acknowledged page #4 (time to acknowledge ?)'],
    ['page_sent', {pageNumber: 4, usernames: [7, ''], targetName: '@bob'}, 'Paged ? (page #4, @bob)'],
    ['page_escalated', {pageNumber: '5', usernames: ['erin'], by: ''}, 'Page #? escalated to @erin'],
])('describes a stored %s row without trusting it', (kind, data, text) => expect(describeStoredEvent(kind, data)).toBe(text));
