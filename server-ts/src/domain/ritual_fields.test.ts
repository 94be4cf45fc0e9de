import {describe, expect, it} from 'vitest';
import type {RitualBody} from '../contract/rituals.js';
import {parseRitual, ritualProblem} from './ritual_fields.js';

const REVIEW: RitualBody = {name: ' Incident Review ', timeZone: 'Europe/Berlin', cadence: {kind: 'weekly', weekday: 1, time: '10:00'},
    channelName: '~cloud-sre-team', leadMinutes: 15, attendees: [' SRE', 'Release'], agenda: 'incident-review', notes: ' Bring coffee '};

describe('parseRitual', () => {
    it('trims, takes the channel without ~, and leaves isActive unchanged when not given', () => {
        expect(parseRitual(REVIEW)).toEqual({ok: true, value: {name: 'Incident Review', timeZone: 'Europe/Berlin',
            cadence: {kind: 'weekly', weekday: 1, time: '10:00'}, channelName: 'cloud-sre-team', leadMinutes: 15,
            attendees: ['SRE', 'Release'], agenda: 'incident-review', notes: 'Bring coffee'}});
    });

    it('fills defaults for what may be left out, and keeps an explicit isActive', () => {
        const minimal = {name: 'Sync', timeZone: 'UTC', cadence: {kind: 'monthly', nth: -1, weekday: 5, time: '16:00'}, channelName: 'ops', isActive: false};
        expect(parseRitual(minimal)).toMatchObject({ok: true, value: {leadMinutes: 15, attendees: [], agenda: 'none', notes: '', isActive: false}});
    });

    it.each<[string, Partial<RitualBody>, string, RegExp]>([
        ['an empty name', {name: '  '}, 'name', /give the ritual a name/],
        ['a long name', {name: 'x'.repeat(81)}, 'name', /81 characters/],
        ['a zone that is not IANA', {timeZone: 'CEST'}, 'timeZone', /not an IANA time zone/],
        ['an unknown cadence kind', {cadence: {kind: 'daily', weekday: 1, time: '10:00'}}, 'cadence', /^unknown ritual cadence: /],
        ['a cadence that is not an object', {cadence: 'weekly'}, 'cadence', /unknown ritual cadence/],
        ['a 24:00 time', {cadence: {kind: 'weekly', weekday: 1, time: '24:00'}}, 'cadence', /HH:mm/],
        ['a display name as channel', {channelName: 'Cloud SRE team'}, 'channelName', /not a channel name/],
        ['a negative lead', {leadMinutes: -1}, 'leadMinutes', /0 to 1440/],
        ['a lead over a day', {leadMinutes: 1441}, 'leadMinutes', /1441/],
        ['a fractional lead', {leadMinutes: 7.5}, 'leadMinutes', /whole number/],
        ['21 attendees', {attendees: Array.from({length: 21}, (_, i) => `p${i}`)}, 'attendees', /at most 20/],
        ['a blank attendee', {attendees: ['SRE', ' ']}, 'attendees', /1 to 40 characters/],
        ['a long attendee', {attendees: ['x'.repeat(41)]}, 'attendees', /1 to 40/],
        ['an unknown agenda', {agenda: 'retro'}, 'agenda', /incident-review, triage, kpis, gameday, none/],
        ['long notes', {notes: 'n'.repeat(2001)}, 'notes', /2001 characters: keep it to 2000/],
    ])('refuses %s, naming the field', (_name, change, field, message) => {
        const parsed = parseRitual({...REVIEW, ...change});
        expect(parsed.ok).toBe(false);
        const fields = parsed.ok ? {} : parsed.error;
        expect(Object.keys(fields)).toEqual([field]);
        expect(fields[field]).toMatch(message);
    });

    it('names every bad field at once, in one problem', () => {
        const parsed = parseRitual({...REVIEW, name: '', agenda: 'x', leadMinutes: 5000});
        const problem = ritualProblem(parsed.ok ? {} : parsed.error);
        expect([problem.code, Object.keys(problem.fields)]).toEqual(['invalid_ritual', ['name', 'leadMinutes', 'agenda']]);
        expect(problem.message).toMatch(/^name: .*; leadMinutes: .*; agenda: /);
    });
});
