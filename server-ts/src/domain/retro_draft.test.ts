import {describe, expect, it} from 'vitest';
import {draftRetrospective, HIGHLIGHTS_MAX, type RetroEvent, type RetroIncident} from './retro_draft.js';

const incident = (extra: Partial<RetroIncident> = {}): RetroIncident => ({severity: 'sev2', tier: 'cloud',
    declaredAt: new Date('2025-03-05T10:00:00Z'), resolvedAt: new Date('2025-03-05T11:30:15Z'), resolutionSummary: 'Rolled back', isDrill: false, drillScenario: null, ...extra});
const ev = (kind: string, at: string, data: object = {}): RetroEvent => ({kind, data, at: new Date(at)});

describe('draftRetrospective', () => {
    it.each<[string, Partial<RetroIncident>, {durationSeconds: number; customerFacing: boolean}]>([
        ['cloud is customer-facing', {}, {durationSeconds: 5415, customerFacing: true}],
        ['community is not', {tier: 'community'}, {durationSeconds: 5415, customerFacing: false}],
        ['a missing template is not', {tier: null}, {durationSeconds: 5415, customerFacing: false}],
        ['a clock skew never gives a negative duration', {resolvedAt: new Date('2025-03-05T09:00:00Z')}, {durationSeconds: 0, customerFacing: true}],
    ])('%s', (_name, extra, expected) => {
        expect(draftRetrospective(incident(extra), []).impact).toMatchObject(expected);
    });

    it('takes the summary and severity from the incident and the milestones from the timeline, in order', () => {
        const draft = draftRetrospective(incident(), [
            ev('resolved', '2025-03-05T11:30:15Z', {summary: 'Rolled back'}),
            ev('declared', '2025-03-05T10:00:00Z', {title: 'Checkout errors', severity: 'sev2', template: 'cloud'}),
            ev('checklist_ticked', '2025-03-05T10:05:00Z', {step: 'Page'}),
            ev('reminder_sent', '2025-03-05T10:30:00Z', {commanderUsername: 'alice'}),
            ev('mystery', '2025-03-05T10:31:00Z'),
            ev('status_update', '2025-03-05T10:40:00Z', {text: 'Found the bad deploy'}),
        ]);
        expect(draft.summary).toBe('Rolled back');
        expect(draft.impact.severity).toBe('sev2');
        expect(draft.highlights).toEqual([
            {at: '2025-03-05T10:00:00.000Z', text: 'Declared SEV2 "Checkout errors" from template cloud'},
            {at: '2025-03-05T10:40:00.000Z', text: 'Status update: Found the bad deploy'},
            {at: '2025-03-05T11:30:15.000Z', text: 'Resolved: Rolled back'},
        ]);
    });

    it.each<[string, Partial<RetroIncident>, RetroEvent[], {injected: string; detected: string}]>([
        ['a real incident has no report', {}, [ev('drill_detected', '2025-03-05T10:10:00Z', {username: 'bob', how: 'Alert'})], {injected: '', detected: ''}],
        ['a drill starts from its scenario and first detection', {isDrill: true, drillScenario: 'Kill the primary DB'}, [
            ev('drill_detected', '2025-03-05T10:20:00Z', {username: 'erin', how: 'Later one'}),
            ev('drill_detected', '2025-03-05T10:12:00Z', {username: 'bob', how: 'Replica lag alert fired'}),
        ], {injected: 'Kill the primary DB', detected: 'Replica lag alert fired'}],
        ['a drill without scenario or detection starts blank', {isDrill: true, drillScenario: null}, [], {injected: '', detected: ''}],
    ])('gameday report: %s', (_name, extra, events, expected) => {
        expect(draftRetrospective(incident(extra), events)).toMatchObject(expected);
    });

    it('puts the detection among the highlights', () => {
        const {highlights} = draftRetrospective(incident({isDrill: true}), [ev('drill_detected', '2025-03-05T10:12:00Z', {username: 'bob', how: 'Alert'})]);
        expect(highlights).toEqual([{at: '2025-03-05T10:12:00.000Z', text: '@bob recorded the injected fault as detected: Alert'}]);
    });

    it('keeps the first and last moments of a very long timeline', () => {
        const events = Array.from({length: 150}, (_, k) => ev('status_update', new Date(Date.UTC(2025, 2, 5, 10, k)).toISOString(), {text: `u${k}`}));
        const {highlights} = draftRetrospective(incident(), events);
        expect(highlights).toHaveLength(HIGHLIGHTS_MAX);
        expect([highlights[0]?.text, highlights.at(-1)?.text]).toEqual(['Status update: u0', 'Status update: u149']);
    });
});
