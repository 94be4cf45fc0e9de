import {retrospective} from '../../test_support/retrospectives';

import {bodyOf, draftOf, highlightAt, isDirty, type RetroDraft} from './retro_draft';

// Jest runs in UTC (jest.config.mjs), so a datetime-local value reads as UTC here.
const stored = retrospective({impact: {durationSeconds: 5423, severity: 'sev2', tier: null, customerFacing: false}});
const edited = (patch: Partial<RetroDraft>): RetroDraft => ({...draftOf(stored), ...patch});

it.each<[string, Partial<RetroDraft>, object]>([
    ['untouched minutes keep the exact seconds', {}, {durationSeconds: 5423}],
    ['changed minutes are whole minutes', {durationMinutes: ' 95 '}, {durationSeconds: 5700}],
    ['no tier yet sends none', {}, {severity: 'sev2', customerFacing: false}],
    ['a chosen tier is sent', {tier: 'community'}, {tier: 'community'}],
])('impact: %s', (_name, patch, impact) => {
    const body = bodyOf(edited(patch));
    expect(body.ok && body.value.impact).toEqual({durationSeconds: 5423, severity: 'sev2', customerFacing: false, ...impact});
});

it.each<[string, Partial<RetroDraft>, Record<string, string>]>([
    ['a fraction of a minute', {durationMinutes: '1.5'}, {'impact.durationSeconds': 'duration'}],
    ['an empty duration', {durationMinutes: ''}, {'impact.durationSeconds': 'duration'}],
    ['a highlight without a time', {highlights: [highlightAt('n0', '', 'Paged')]}, {'highlights.0.at': 'time'}],
])('refuses %s', (_name, patch, problems) => expect(bodyOf(edited(patch))).toEqual({ok: false, error: problems}));

it('keeps an untouched highlight exact and reads an edited one in the viewer\'s zone', () => {
    const [first, second] = draftOf(stored).highlights;
    const body = bodyOf(edited({highlights: [first ?? highlightAt('x', '', ''), highlightAt('h1', '2025-01-06T07:50', second?.text ?? '')]}));
    expect(body.ok && body.value.highlights).toEqual([{at: '2025-01-06T07:30:00.000Z', text: 'Declared SEV2'}, {at: '2025-01-06T07:50:00.000Z', text: 'Rolling back'}]);
});

it('sends a drill\'s report texts, and nothing of the kind for a real incident', () => {
    const drill = retrospective({isDrill: true, gameday: {scenario: '', injected: 'Stopped postgres-0', detected: 'Pager', detectedAt: null, timeToDetectSeconds: null}});
    expect(bodyOf(draftOf(drill))).toMatchObject({ok: true, value: {injected: 'Stopped postgres-0', detected: 'Pager'}});
    const body = bodyOf(draftOf(stored));
    expect(body.ok && ('injected' in body.value || 'detected' in body.value)).toBe(false);
});

it.each<[string, Partial<RetroDraft>, boolean]>([
    ['as loaded', {}, false],
    ['a newer version alone', {version: 9}, false],
    ['an edited text', {wentWell: 'Fast rollback'}, true],
    ['a removed highlight', {highlights: []}, true],
    ['an invalid duration', {durationMinutes: 'soon'}, true],
])('isDirty: %s', (_name, patch, dirty) => expect(isDirty(edited(patch), stored)).toBe(dirty));
