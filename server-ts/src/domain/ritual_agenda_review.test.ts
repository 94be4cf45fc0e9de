import {describe, expect, it} from 'vitest';
import {reviewSections, type FollowUp, type ReviewedIncident, type ReviewInput, type ReviewRunbook} from './ritual_agenda_review.js';

// The review of Monday 30 March 2026 10:00 Berlin, written at 09:45 local; the one before was on 23 March (CET).
const SINCE = new Date('2026-03-23T09:00:00Z');
const NOW = new Date('2026-03-30T07:45:00Z');

const incident = (number: number, resolvedAt: string, extra: Partial<ReviewedIncident> = {}): ReviewedIncident => ({number, title: `Incident ${number}`,
    severity: 'sev2', channelName: `inc-${number}`, isPrivate: false, resolvedAt: new Date(resolvedAt), retro: 'draft',
    retroUrl: `https://chat.example.com/r/${number}`, ...extra});
const followUp = (number: number, dueAt: string | null, extra: Partial<FollowUp> = {}): FollowUp => ({number, title: `Follow-up ${number}`,
    status: 'accepted', ownerUsername: 'bob', dueAt: dueAt === null ? null : new Date(dueAt), incidentNumber: 12, ...extra});
const runbook = (title: string, lastReviewedAt: string | null, createdAt: string, ownerUsername: string | null = 'alice'): ReviewRunbook =>
    ({title, ownerUsername, lastReviewedAt: lastReviewedAt === null ? null : new Date(lastReviewedAt), createdAt: new Date(createdAt), link: `https://rb/${title.length}`});

const input = (extra: Partial<ReviewInput>): ReviewInput => ({since: SINCE, now: NOW, timeZone: 'Europe/Berlin', incidents: [], followUps: [], runbooks: [], ...extra});
const section = (lines: string[], title: string) => {
    const start = lines.findIndex((l) => l.startsWith(`##### ${title}`));
    const end = lines.indexOf('', start);
    return lines.slice(start + 1, end === -1 ? undefined : end);
};

describe('reviewSections', () => {
    it('lists incidents resolved from the last review up to now, oldest first, with their retrospective', () => {
        const lines = reviewSections(input({incidents: [
            incident(12, '2026-03-26T14:00:00Z', {title: 'Checkout errors', severity: 'sev1', channelName: 'inc-12-checkout', retro: 'published'}),
            incident(13, '2026-03-24T23:30:00Z', {isPrivate: true, title: 'Leaked key', retro: 'missing'}),
            incident(10, '2026-03-23T08:59:59Z'),
            incident(14, '2026-03-30T07:46:00Z'),
            incident(11, '2026-03-23T09:00:00Z', {title: 'Slow search', severity: 'sev3', channelName: 'inc-11-slow-search'}),
        ]}));
        expect(lines[0]).toBe('##### Incidents resolved since the last review (Mon 23 Mar)');
        expect(section(lines, 'Incidents resolved')).toEqual([
            '- SEV3 #11 Slow search ~inc-11-slow-search · resolved Mon 23 Mar · [retrospective in draft](https://chat.example.com/r/11)',
            // 00:30 on the 25th in Berlin; a private incident shows neither its title nor its channel.
            '- SEV2 #13 (private incident) · resolved Wed 25 Mar · **no retrospective yet**',
            '- SEV1 #12 Checkout errors ~inc-12-checkout · resolved Thu 26 Mar · [retrospective published](https://chat.example.com/r/12)',
        ]);
    });

    it('lists open follow-ups past their due date, most overdue first', () => {
        const lines = reviewSections(input({followUps: [
            followUp(45, '2026-03-20T17:00:00Z', {title: 'Alert on queue depth'}),
            followUp(46, '2026-03-01T00:00:00Z', {status: 'done'}),
            followUp(47, '2026-03-30T07:00:00Z', {title: 'Load test [staging]', status: 'in_progress', ownerUsername: null, incidentNumber: null}),
            followUp(48, '2026-04-02T00:00:00Z', {status: 'new'}),
            followUp(49, null),
            followUp(50, '2026-03-02T00:00:00Z', {status: 'declined'}),
            followUp(51, '2026-03-30T07:45:00Z'),
        ]}));
        expect(section(lines, 'Overdue follow-ups')).toEqual([
            '- #45 Alert on queue depth · due Fri 20 Mar (9 d overdue) · @bob · from incident #12',
            '- #47 Load test staging · due Mon 30 Mar (45 min overdue) · no owner',
        ]);
    });

    it('lists runbooks not reviewed for 90 days (from their creation when never reviewed), the oldest review first', () => {
        const lines = reviewSections(input({runbooks: [
            runbook('Postgres failover', '2025-12-01T10:00:00Z', '2025-06-01T00:00:00Z'),
            runbook('Search latency', null, '2025-11-15T10:00:00Z', null),
            runbook('Fresh one', '2026-02-01T00:00:00Z', '2025-06-01T00:00:00Z'),
            // Exactly 90 days before now: stale from this instant on.
            runbook('Ninety days', '2025-12-30T07:45:00Z', '2025-06-01T00:00:00Z'),
        ]}));
        expect(section(lines, 'Runbooks not reviewed')).toEqual([
            '- [Search latency](https://rb/14) · no owner · never reviewed (added 15 Nov 2025)',
            '- [Postgres failover](https://rb/17) · @alice · last reviewed 1 Dec 2025',
            '- [Ninety days](https://rb/11) · @alice · last reviewed 30 Dec 2025',
        ]);
    });

    it('says so when there is nothing to review, and cuts long lists', () => {
        expect(reviewSections(input({}))).toEqual([
            '##### Incidents resolved since the last review (Mon 23 Mar)', 'None: no incident was resolved since the last review.',
            '', '##### Overdue follow-ups', 'None: every follow-up is on time.',
            '', '##### Runbooks not reviewed for 90 days', 'None: every runbook was reviewed in the last 90 days.',
        ]);
        const many = Array.from({length: 25}, (_, i) => incident(100 + i, '2026-03-25T10:00:00Z'));
        const listed = section(reviewSections(input({incidents: many})), 'Incidents resolved');
        expect([listed.length, listed.at(-1)]).toEqual([21, '- …and 5 more']);
    });
});
