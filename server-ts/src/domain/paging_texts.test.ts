import {describe, expect, it} from 'vitest';
import {describeStoredPageEvent, describePageEvent, type PageEvent} from './paging_events.js';
import {alertText, closedDmText, durationText, incidentNoteText, pageDmText, positionText, type IncidentNote, type PageFacts, type PageOutcome} from './paging_texts.js';

const PAGE: PageFacts = {number: 3, message: 'Checkout errors at 20%\nand rising', createdBy: 'alice', targetName: 'SRE primary',
    incident: {number: 12, title: 'Checkout errors', isDrill: false}};
const DIRECT: PageFacts = {...PAGE, targetName: '@bob', incident: null};
const DRILL: PageFacts = {...PAGE, incident: {number: 13, title: 'Gameday: kill the primary', isDrill: true}};

it.each<[number, string]>([[0, '0 s'], [59, '59 s'], [60, '1 min'], [125, '2 min 5 s'], [3600, '1 h'], [3725, '1 h 2 min'], [90_000, '25 h']])(
    '%d s reads as %s', (seconds, text) => expect(durationText(seconds)).toBe(text));

it.each<[number, number, {step: number; round: number}, string]>([
    [2, 1, {step: 1, round: 0}, 'step 2 of 2, round 1 of 2'],
    [1, 2, {step: 0, round: 2}, 'round 3 of 3'],
    [3, 0, {step: 2, round: 0}, 'step 3 of 3'],
    [1, 0, {step: 0, round: 0}, ''],
])('%d steps, repeat %d, at %o: "%s"', (steps, repeat, at, text) =>
    expect(positionText({repeat, steps: Array.from({length: steps}, () => ({notify: {users: ['bob']}, waitMinutes: 5}))}, at)).toBe(text));

describe('direct messages', () => {
    it.each<[PageFacts, {minutes: number; isLast: boolean}, string]>([
        [PAGE, {minutes: 5, isLast: false}, ':rotating_light: **Page #3** from @alice (SRE primary · incident #12 Checkout errors):\n' +
            '> Checkout errors at 20% and rising\n\nAcknowledge within 5 min, or it escalates to the next step.'],
        [DIRECT, {minutes: 10, isLast: true}, ':rotating_light: **Page #3** from @alice (@bob):\n> Checkout errors at 20% and rising\n\n' +
            'Acknowledge within 10 min, or it alerts ~cloud-sre-team.'],
    ])('asks for an acknowledgement (%#)', (page, wait, text) => expect(pageDmText(page, {...wait, alertChannel: 'cloud-sre-team'})).toBe(text));

    it.each<[PageOutcome, string]>([
        [{kind: 'acknowledged', by: 'bob', mttaSeconds: 65}, ':white_check_mark: **Page #3** from @alice (@bob):\n> Checkout errors at 20% and rising\n\nAcknowledged by @bob after 1 min 5 s.'],
        [{kind: 'exhausted', alertChannel: 'cloud-sre-team'}, ':warning: **Page #3** from @alice (@bob):\n> Checkout errors at 20% and rising\n\nNobody acknowledged: ~cloud-sre-team was alerted.'],
        [{kind: 'cancelled', by: 'alice'}, ':no_entry_sign: **Page #3** from @alice (@bob):\n> Checkout errors at 20% and rising\n\nCancelled by @alice.'],
    ])('says how the page ended: %o', (outcome, text) => expect(closedDmText(DIRECT, outcome)).toBe(text));
});

it('marks every text of a drill\'s page DRILL', () => {
    expect(pageDmText(DRILL, {minutes: 5, isLast: false, alertChannel: 'cloud-sre-team'})).toMatch(/^:rotating_light: \*\*DRILL · Page #3\*\* from @alice \(SRE primary · incident #13 Gameday/);
    expect(closedDmText(DRILL, {kind: 'cancelled', by: 'alice'})).toMatch(/^:no_entry_sign: \*\*DRILL · Page #3\*\*/);
    expect(incidentNoteText(DRILL, {kind: 'sent', users: ['bob']})).toBe(':rotating_light: DRILL · Paged @bob (page #3, SRE primary): Checkout errors at 20% and rising');
    expect(alertText(DRILL, ['bob'])).toMatch(/^@channel :rotating_light: \*\*DRILL · Nobody acknowledged page #3\*\*/);
});

it.each<[IncidentNote, string]>([
    [{kind: 'sent', users: ['bob']}, ':rotating_light: Paged @bob (page #3, SRE primary): Checkout errors at 20% and rising'],
    [{kind: 'escalated', users: ['erin', 'dave'], by: null, waitMinutes: 5}, ':arrow_double_up: Page #3 escalated to @erin, @dave: nobody acknowledged within 5 min.'],
    [{kind: 'escalated', users: ['erin'], by: 'bob', waitMinutes: 5}, ':arrow_double_up: Page #3 escalated to @erin: @bob escalated it.'],
    [{kind: 'outcome', outcome: {kind: 'acknowledged', by: 'erin', mttaSeconds: 400}}, ':white_check_mark: Page #3: Acknowledged by @erin after 6 min 40 s.'],
])('notes in the incident channel: %o', (note, text) => expect(incidentNoteText(PAGE, note)).toBe(text));

it.each<[string[], RegExp]>([
    [['bob', 'erin'], /^@channel :rotating_light: \*\*Nobody acknowledged page #3\*\* from @alice \(SRE primary\):\n> Checkout errors at 20% and rising\n\nIt reached @bob, @erin and ran out of steps\. An SRE/],
    [[], /\nNobody was on call to page\. An SRE, please acknowledge it here and take it\.$/],
])('alerts loudly when %o went unanswered', (reached, text) => expect(alertText(PAGE, reached)).toMatch(text));

describe('page timeline', () => {
    it.each<[PageEvent, string]>([
        [{kind: 'raised', data: {by: 'alice', targetName: 'SRE primary', users: ['bob'], step: 0, round: 0, skipped: 0}}, 'Raised by @alice for SRE primary: paged @bob (step 1, round 1)'],
        [{kind: 'raised', data: {by: 'alice', targetName: 'Cloud', users: ['erin'], step: 1, round: 0, skipped: 1}},
            'Raised by @alice for Cloud: paged @erin (step 2, round 1) (skipped 1 step with nobody on call)'],
        [{kind: 'escalated', data: {by: null, users: ['erin'], step: 1, round: 0, skipped: 0, waitMinutes: 5}}, 'Escalated to @erin (step 2, round 1) after 5 min without acknowledgement'],
        [{kind: 'escalated', data: {by: 'bob', users: ['bob'], step: 0, round: 1, skipped: 2, waitMinutes: 5}}, 'Escalated to @bob (step 1, round 2) by @bob (skipped 2 steps with nobody on call)'],
        [{kind: 'notified', data: {delivered: ['bob'], posts: [{username: 'bob', postId: 'p1'}], failed: []}}, 'Sent a direct message to @bob'],
        [{kind: 'notified', data: {delivered: ['bob'], posts: [{username: 'bob', postId: 'p1'}], failed: ['ghost']}}, 'Sent a direct message to @bob; could not reach @ghost by direct message'],
        [{kind: 'notified', data: {delivered: [], posts: [], failed: ['ghost']}}, 'Could not reach @ghost by direct message'],
        [{kind: 'acknowledged', data: {by: 'bob', mttaSeconds: 42}}, 'Acknowledged by @bob after 42 s'],
        [{kind: 'exhausted', data: {by: null, skipped: 0}}, 'Nobody acknowledged: the policy ran out of steps'],
        [{kind: 'exhausted', data: {by: 'erin', skipped: 0}}, 'Nobody acknowledged: the policy ran out of steps (escalated by @erin)'],
        [{kind: 'alerted', data: {channel: 'cloud-sre-team', postIds: ['p9']}}, 'Alerted ~cloud-sre-team'],
        [{kind: 'alerted', data: {channel: 'cloud-sre-team', postIds: []}}, 'Could not alert ~cloud-sre-team: no such channel the bot can post in'],
        [{kind: 'cancelled', data: {by: 'alice'}}, 'Cancelled by @alice'],
    ])('describes %o', (event, text) => expect(describePageEvent(event)).toBe(text));

    it.each<[string, unknown, string]>([
        ['acknowledged', null, 'Acknowledged by @? after 0 s'],
        ['raised', {users: 'bob'}, 'Raised by @? for ?: paged nobody (step 1, round 1)'],
        ['exploded', {}, 'Unknown event exploded'],
    ])('describes a stored %s row without trusting it', (kind, data, text) => expect(describeStoredPageEvent(kind, data)).toBe(text));
});
