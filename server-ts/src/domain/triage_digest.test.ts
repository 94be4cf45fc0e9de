import {describe, expect, it} from 'vitest';
import {buildDigest, sourcePermalink} from './triage_digest.js';
import type {TriageEventRecord} from './triage_events.js';
import type {TriageRequest} from './triage_request.js';

const NOW = new Date('2025-03-11T08:00:00Z');
const SINCE = new Date('2025-03-04T08:00:00Z');
const H = 3_600_000;
const ago = (hours: number) => new Date(NOW.getTime() - hours * H);
const BOB = {id: 'u-bob', username: 'bob'};
const request = (number: number, over: Partial<TriageRequest>): TriageRequest => ({
    id: `r${number}`, number, title: `Request ${number}`, description: '', requester: {id: 'u-carol', username: 'carol'}, sourcePostId: null,
    category: 'ktlo', priority: 'p3', area: null, status: 'new', owner: null, quarter: null, labels: [], duplicateOf: null,
    declineReason: null, createdAt: ago(1), triagedAt: null, closedAt: null, ...over,
});
const REQUESTS = [
    request(1, {title: 'API [prod] down', priority: 'p1', category: 'reliability', sourcePostId: 'post1', createdAt: ago(6)}),
    request(2, {title: 'Cut the S3 bill', category: 'availability_cost', area: 'cloud', status: 'accepted', createdAt: ago(30), triagedAt: ago(20)}),
    request(3, {title: 'Old question', createdAt: ago(10 * 24), sourcePostId: 'post3'}),
    request(4, {title: 'Automate certs', category: 'automation', area: 'internal_platform', status: 'done', owner: BOB, createdAt: ago(20 * 24), closedAt: ago(48)}),
    request(5, {title: 'Ancient done', status: 'done', createdAt: ago(40 * 24), closedAt: ago(8 * 24)}),
    request(6, {title: 'Not ours', status: 'declined', createdAt: ago(50)}),
];
const EVENTS: TriageEventRecord[] = [
    {requestId: 'r2', at: ago(20), kind: 'accepted'}, {requestId: 'r6', at: ago(40), kind: 'declined'},
    {requestId: 'r9', at: ago(24 * 30), kind: 'accepted'}, {requestId: 'r2', at: ago(20), kind: 'fields_changed'},
];
const OPTIONS = {since: SINCE, now: NOW, siteUrl: 'https://chat.example.com/', teamName: 'cloud'};
const digest = buildDigest(REQUESTS, EVENTS, OPTIONS);
const lines = digest.split('\n');
const section = (heading: string) => {
    const start = lines.indexOf(`##### ${heading}`);
    const end = lines.indexOf('', start);
    return lines.slice(start + 1, end === -1 ? undefined : end);
};

describe('buildDigest', () => {
    it('opens with the headline counts', () => expect(lines.slice(0, 2)).toEqual([
        '#### :inbox_tray: SRE triage digest', '3 new since the last digest · 2 untriaged · 2 SLA breaches · 1 done last week',
    ]));

    it.each<[string, string[]]>([
        ['New since the last digest', [
            '- [#1 API prod down](https://chat.example.com/cloud/pl/post1) · P1 · Reliability & Resiliency · from @carol',
            // Same priority: the older request first.
            '- #6 Not ours · P3 · Keep the lights on · from @carol · declined',
            '- #2 Cut the S3 bill · P3 · Availability & Cost Optimisation · from @carol · accepted',
        ]],
        ['Waiting for triage', ['**2** waiting for triage; the oldest is [#3 Old question](https://chat.example.com/cloud/pl/post3), 10 d old.']],
        ['Open requests by category', ['- Reliability & Resiliency: 1', '- Availability & Cost Optimisation: 1', '- Keep the lights on: 1']],
        ['Open requests by area', ['- Cloud user-facing services: 1', '- Not set yet: 2']],
        ['SLA breaches', [
            '- [#1 API prod down](https://chat.example.com/cloud/pl/post1) · P1 untriaged for 6 h (limit 4 h)',
            '- [#3 Old question](https://chat.example.com/cloud/pl/post3) · untriaged for 10 d (limit 7 d)',
        ]],
        ['Done last week', ['- #4 Automate certs · @bob']],
        ['Decided since the last digest', ['1 accepted · 1 declined · 0 marked duplicate']],
    ])('lists %s', (heading, expected) => expect(section(heading)).toEqual(expected));

    it('says so when there is nothing', () => {
        const empty = buildDigest([], [], OPTIONS);
        for (const text of ['Nothing new.', 'Nothing is waiting for triage.', 'No open requests.', 'None.', 'Nothing finished.']) {
            expect(empty.split('\n')).toContain(text);
        }
    });

    it('links requests without a source message where the caller says', () =>
        expect(buildDigest([request(7, {})], [], {...OPTIONS, requestUrl: (r) => `https://chat.example.com/cloud/sre/${r.id}`}))
            .toContain('- [#7 Request 7](https://chat.example.com/cloud/sre/r7) · P3'));

    it('cuts long lists so the post fits', () => {
        const many = Array.from({length: 25}, (_, i) => request(100 + i, {createdAt: ago(1)}));
        const text = buildDigest(many, [], OPTIONS);
        expect(text).toContain('- …and 5 more');
        expect(text.length).toBeLessThan(16_383);
    });

    it('uses the configured SLA thresholds', () =>
        expect(buildDigest(REQUESTS, [], {...OPTIONS, thresholds: {untriagedP1Hours: 8, untriagedDays: 30}})).toContain('0 SLA breaches'));
});

it.each<[string | null, string | null]>([['p1', 'https://mm.test/sre/pl/p1'], [null, null]])('permalink for post %s', (postId, url) =>
    expect(sourcePermalink({sourcePostId: postId}, 'https://mm.test', 'sre')).toBe(url));
