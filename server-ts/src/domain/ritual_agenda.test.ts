import {describe, expect, it} from 'vitest';
import {agendaHeading, buildAgenda, type AgendaOccasion} from './ritual_agenda.js';
import {buildDigest} from './triage_digest.js';
import type {TriageRequest} from './triage_request.js';

const REVIEW: AgendaOccasion = {
    ritual: {name: 'Incident Review & Knowledge share', timeZone: 'Europe/Berlin', attendees: ['Cloud leadership', 'SRE', 'Release'], notes: ''},
    // Monday 30 March 2026, 10:00 in Berlin (summer time since the 29th).
    occurrenceAt: new Date('2026-03-30T08:00:00Z'),
    isLate: false,
};

describe('agendaHeading', () => {
    it('names the ritual, its local start in its own zone and the attendees; no notes line without notes', () => {
        expect(agendaHeading(REVIEW, 'none')).toEqual([
            '#### :calendar: Agenda: Incident Review & Knowledge share',
            '**When:** Monday 30 March 2026, 10:00 (Europe/Berlin)',
            '**Attendees:** Cloud leadership, SRE, Release',
        ]);
    });

    it.each<[string, string]>([
        ['America/New_York', '**When:** Monday 30 March 2026, 04:00 (America/New_York)'],
        ['Asia/Tokyo', '**When:** Monday 30 March 2026, 17:00 (Asia/Tokyo)'],
        ['Pacific/Auckland', '**When:** Monday 30 March 2026, 21:00 (Pacific/Auckland)'],
    ])('shows the start in %s', (timeZone, line) => {
        expect(agendaHeading({...REVIEW, ritual: {...REVIEW.ritual, timeZone}}, 'none')).toContain(line);
    });

    it('quotes the notes line by line, says when it is late, and says when nobody is named', () => {
        const late = {...REVIEW, isLate: true, ritual: {...REVIEW.ritual, attendees: [], notes: 'Bring the Q1 numbers\n\nAsk Growth first'}};
        expect(agendaHeading(late, 'kpis')).toEqual([
            '#### :calendar: Agenda: Incident Review & Knowledge share',
            ':warning: _Posted late: the ritual had already started when this agenda was written._',
            '**When:** Monday 30 March 2026, 10:00 (Europe/Berlin)',
            '**Attendees:** not set',
            '**Notes:**', '> Bring the Q1 numbers', '>', '> Ask Growth first',
        ]);
    });

    it('calls a gameday\'s notes its planned scenario, and asks for one when there is none', () => {
        expect(agendaHeading({...REVIEW, ritual: {...REVIEW.ritual, notes: 'Fail over the primary DB'}}, 'gameday'))
            .toEqual(expect.arrayContaining(['**Planned scenario:**', '> Fail over the primary DB']));
        expect(agendaHeading(REVIEW, 'gameday')).toContain('**Planned scenario:** none yet: write it in the ritual\'s notes.');
    });
});

describe('buildAgenda', () => {
    it('is only the heading for a ritual without an agenda kind', () => {
        expect(buildAgenda(REVIEW, {kind: 'none'})).toBe(agendaHeading(REVIEW, 'none').join('\n'));
    });

    it('puts the weekly triage digest\'s own text under the heading of Triage & Planning', () => {
        const request: TriageRequest = {id: 'r1', number: 7, title: 'Rotate the certs', description: '', requester: {id: 'u1', username: 'carol'},
            sourcePostId: null, category: 'automation', priority: 'p2', area: null, status: 'new', owner: null, quarter: null, labels: [],
            duplicateOf: null, declineReason: null, createdAt: new Date('2026-03-27T09:00:00Z'), triagedAt: null, closedAt: null};
        const options = {since: new Date('2026-03-23T08:00:00Z'), now: new Date('2026-03-30T07:45:00Z'), siteUrl: 'https://chat.example.com', teamName: 'cloud'};
        const text = buildAgenda(REVIEW, {kind: 'triage', triage: {requests: [request], events: [], options}});
        expect(text).toBe([...agendaHeading(REVIEW, 'triage'), '', buildDigest([request], [], options)].join('\n'));
        expect(text).toContain('#7 Rotate the certs');
    });
});
