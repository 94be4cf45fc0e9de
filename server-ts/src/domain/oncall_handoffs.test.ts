import {describe, expect, it} from 'vitest';
import type {ScheduleBody} from '../contract/schedules.js';
import {compileSchedule} from './oncall_compile.js';
import {handoffsBetween, handoffText, nextHandoffAfter} from './oncall_handoffs.js';
import {parseSchedule} from './oncall_schedule_parse.js';

const schedule = (body: Partial<ScheduleBody>) => {
    const parsed = parseSchedule({name: 'SRE primary', timeZone: 'Europe/Berlin', layers: [
        {name: 'daily', users: ['bob', 'erin'], rotation: {every: 1, unit: 'day'}, start: '2026-03-27T09:00',
            restrictions: [{days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], from: '09:00', to: '21:00'}]},
    ], ...body}, null);
    if (!parsed.ok) {
        throw new Error(parsed.error.message);
    }
    return compileSchedule(parsed.value);
};
const at = (iso: string) => new Date(iso);
const shown = (hs: ReturnType<typeof handoffsBetween>) => hs.map((h) => `${h.at.toISOString().slice(5, 16)} ${h.fromUsers.join()}→${h.toUsers.join()}`);

describe('handoffsBetween', () => {
    it('lists changes of person and gaps, across the DST change on 29 March, at local 09:00 and 21:00', () => {
        expect(shown(handoffsBetween(schedule({}), at('2026-03-28T00:00:00Z'), at('2026-03-30T00:00:00Z'), 10))).toEqual([
            '03-28T08:00 →erin', '03-28T20:00 erin→', '03-29T07:00 →bob', '03-29T19:00 bob→',
        ]);
    });

    it('is not a hand-off when the same person goes on through an override of theirs', () => {
        const withOverride = schedule({overrides: [{user: 'erin', start: '2026-03-28T20:00:00Z', end: '2026-03-28T22:00:00Z'}]});
        expect(shown(handoffsBetween(withOverride, at('2026-03-28T00:00:00Z'), at('2026-03-29T00:00:00Z'), 10))).toEqual(['03-28T08:00 →erin', '03-28T22:00 erin→']);
    });

    it('stops at the limit, and excludes the start instant but includes the end', () => {
        expect(shown(handoffsBetween(schedule({}), at('2026-03-28T08:00:00Z'), at('2026-03-30T00:00:00Z'), 2))).toEqual(['03-28T20:00 erin→', '03-29T07:00 →bob']);
        expect(nextHandoffAfter(schedule({}), at('2026-03-28T08:00:00Z'), at('2026-04-28T00:00:00Z'))).toEqual(at('2026-03-28T20:00:00Z'));
    });
});

describe('handoffText', () => {
    const context = {scheduleName: 'SRE primary', isLate: false, openIncidents: [{number: 7, title: 'Checkout errors', severity: 'sev1', channelName: 'inc-7'}], untriagedP1: []};
    it.each<[string, Parameters<typeof handoffText>, RegExp[]]>([
        ['names both people, open incidents and P1s', [{at: at('2026-03-28T08:00:00Z'), fromUsers: ['bob'], toUsers: ['erin']}, context],
            [/On-call hand-off \(SRE primary\): @bob → @erin/, /SEV1 #7 Checkout errors ~inc-7/, /Untriaged P1 requests: none/]],
        ['flags a gap loudly', [{at: at('2026-03-28T20:00:00Z'), fromUsers: ['erin'], toUsers: []}, context], [/@erin → \*\*nobody\*\*/, /gap in the schedule/]],
        ['marks a late notice', [{at: at('2026-03-28T08:00:00Z'), fromUsers: ['bob'], toUsers: ['erin']}, {...context, isLate: true}],
            [/late notice: the hand-off was at 2026-03-28 08:00 UTC/]],
    ])('%s', (_, args, patterns) => patterns.forEach((p) => expect(handoffText(...args)).toMatch(p)));
});
