import {describe, expect, it} from 'vitest';
import type {NewFollowUpBody, SaveRetrospectiveBody} from '../contract/retrospectives.js';
import {applyEdit, validateFollowUp, type RetroContent} from './retro_edit.js';

const current: RetroContent = {summary: 'Rolled back', impact: {durationSeconds: 600, severity: 'sev2', tier: 'cloud', customerFacing: true},
    highlights: [{at: '2025-03-05T10:00:00.000Z', text: 'Declared'}], wentWell: '', wentBadly: '', causes: '', injected: '', detected: ''};
type Edit = Omit<SaveRetrospectiveBody, 'version'>;

describe('applyEdit', () => {
    it.each<[string, Edit, Partial<RetroContent>]>([
        ['nothing sent changes nothing', {}, current],
        ['texts are trimmed', {wentWell: '  Paging worked \n', causes: 'A bad deploy'}, {wentWell: 'Paging worked', causes: 'A bad deploy'}],
        ['impact fields are parsed', {impact: {severity: 'SEV1', tier: 'Community', customerFacing: false, durationSeconds: 0}},
            {impact: {durationSeconds: 0, severity: 'sev1', tier: 'community', customerFacing: false}}],
        ['highlights are normalised and put in time order', {highlights: [{at: '2025-03-05T12:00:00+01:00', text: ' Fixed '}, {at: '2025-03-05T10:30:00Z', text: 'Found'}]},
            {highlights: [{at: '2025-03-05T10:30:00.000Z', text: 'Found'}, {at: '2025-03-05T11:00:00.000Z', text: 'Fixed'}]}],
    ])('%s', (_name, edit, expected) => {
        expect(applyEdit(current, edit, false)).toEqual({ok: true, value: {...current, ...expected}});
    });

    it('takes a drill\'s gameday report, trimmed; blank texts are fine for a real incident too', () => {
        expect(applyEdit(current, {injected: ' Killed the primary DB ', detected: 'Replica lag alert'}, true))
            .toEqual({ok: true, value: {...current, injected: 'Killed the primary DB', detected: 'Replica lag alert'}});
        expect(applyEdit(current, {injected: ' ', detected: ''}, false)).toEqual({ok: true, value: current});
    });

    it.each<[string, Edit, boolean, Record<string, RegExp>]>([
        ['a report over 4000 characters', {injected: 'x'.repeat(4001), detected: 'ok'}, true, {injected: /4001 characters: keep it to 4000/}],
        ['both report texts too long', {injected: 'x'.repeat(4001), detected: 'y'.repeat(5000)}, true,
            {injected: /keep it to 4000/, detected: /5000 characters/}],
        ['a report on a real incident', {detected: 'The alert fired'}, false, {detected: /only a drill has a gameday report/}],
    ])('names %s', (_name, edit, isDrill, fields) => {
        const result = applyEdit(current, edit, isDrill);
        expect(result.ok ? {} : result.error).toEqual(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, expect.stringMatching(v)])));
    });

    it.each<[string, Edit, string[]]>([
        ['every bad field at once', {impact: {severity: 'sev9', tier: 'moon', durationSeconds: -1}, summary: 'x'.repeat(10_001)},
            ['impact.durationSeconds', 'impact.severity', 'impact.tier', 'summary']],
        ['a highlight without time or text', {highlights: [{at: 'yesterday', text: 'x'}, {at: '2025-03-05T10:00:00Z', text: ' '}]},
            ['highlights.0.at', 'highlights.1.text']],
        ['too many highlights', {highlights: Array.from({length: 101}, () => ({at: '2025-03-05T10:00:00Z', text: 'x'}))}, ['highlights']],
        ['a fractional duration', {impact: {durationSeconds: 1.5}}, ['impact.durationSeconds']],
    ])('names %s', (_name, edit, fields) => {
        const result = applyEdit(current, edit, true);
        expect(result.ok ? [] : Object.keys(result.error).sort()).toEqual(fields);
    });
});

describe('validateFollowUp', () => {
    const now = new Date('2025-03-05T12:00:00Z');
    const body = (extra: Partial<NewFollowUpBody> = {}): NewFollowUpBody =>
        ({idempotencyKey: 'key-12345', title: ' Add  an alert ', ownerUsername: '@Bob', dueDate: '2025-03-14', category: 'Reliability', ...extra});

    it('normalises title, owner and category; due at the end of the day in the team zone', () => {
        expect(validateFollowUp(body(), 'Europe/Berlin', now)).toEqual({ok: true, value: {title: 'Add an alert', ownerUsername: 'bob',
            dueAt: new Date('2025-03-14T22:59:59.999Z'), category: 'reliability', description: ''}});
    });
    it.each<[Partial<NewFollowUpBody>, string[]]>([
        [{ownerUsername: ' '}, ['ownerUsername']],
        [{title: '', category: 'fun'}, ['category', 'title']],
        [{dueDate: '2025-03-01'}, ['dueDate']],
        [{dueDate: 'soon', ownerUsername: '', description: 'x'.repeat(4001)}, ['description', 'dueDate', 'ownerUsername']],
    ])('refuses %j', (extra, fields) => {
        const result = validateFollowUp(body(extra), 'UTC', now);
        expect(result.ok ? [] : Object.keys(result.error).sort()).toEqual(fields);
    });
});
