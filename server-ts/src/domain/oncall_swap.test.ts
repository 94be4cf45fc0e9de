import {describe, expect, it} from 'vitest';
import {parseSwapWindow, swapAnswerText, swapAskText} from './oncall_swap.js';

const NOW = new Date('2026-03-30T08:00:00Z');

describe('parseSwapWindow', () => {
    it.each<[string, {start: string; end: string}, Record<string, string> | null]>([
        ['a future shift', {start: '2026-03-30T10:00:00Z', end: '2026-03-30T18:00:00Z'}, null],
        ['the rest of a shift already under way', {start: '2026-03-30T07:00:00Z', end: '2026-03-30T18:00:00+02:00'}, null],
        ['not instants', {start: 'tomorrow', end: '2026-03-30T18:00'}, {start: expect.stringContaining('ISO') as string, end: expect.stringContaining('ISO') as string}],
        ['backwards', {start: '2026-03-30T18:00:00Z', end: '2026-03-30T10:00:00Z'}, {end: 'end must be after start'}],
        ['over', {start: '2026-03-29T10:00:00Z', end: '2026-03-29T18:00:00Z'}, {end: 'the shift is already over'}],
        ['too long', {start: '2026-03-30T10:00:00Z', end: '2026-05-30T10:00:00Z'}, {end: 'swap at most 31 days at a time'}],
    ])('%s', (_, body, problems) => {
        const parsed = parseSwapWindow(body, NOW);
        expect(parsed.ok ? null : parsed.error).toEqual(problems);
    });
});

it('asks and answers in words a person reads on a phone', () => {
    const p = {scheduleId: 's1', scheduleName: 'SRE primary', from: 'alice', to: 'bob', start: new Date('2026-03-30T10:00:00Z'), end: new Date('2026-03-30T18:00:00Z')};
    expect(swapAskText(p)).toBe('@alice asks you to take their on-call shift in **SRE primary** from 2026-03-30 10:00 UTC to 2026-03-30 18:00 UTC.');
    expect(swapAnswerText(p, true)).toMatch(/^@bob accepted: they are on call .* instead of @alice\.$/);
    expect(swapAnswerText(p, false)).toMatch(/^@bob declined/);
});
