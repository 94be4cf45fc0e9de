import {describe, expect, it} from 'vitest';
import type {ScheduleBody} from '../contract/schedules.js';
import {compileSchedule} from './oncall_compile.js';
import {parseSchedule} from './oncall_schedule_parse.js';
import {
    ACTIVE_INCIDENT_CAP, assembleSummary, hideIncidents, NEWEST_TRIAGE_CAP, OVERDUE_FOLLOW_UP_CAP, type IncidentRow, type OverdueFollowUpRow, type SummaryRows,
} from './summary.js';

const now = new Date('2025-03-05T12:00:00Z');
const at = (iso: string) => new Date(iso);
const empty: SummaryRows = {
    activeIncidents: [],
    triage: {newCount: 0, acceptedCount: 0, inProgressCount: 0, oldestNewAt: null, newest: []},
    schedules: [],
    scheduleProblems: [],
    rituals: [],
    runbooks: {staleCount: 0, nextReviewedFrom: null},
    followUps: {openCount: 0, overdueCount: 0, overdue: [], nextDueAt: null},
};
const compiled = (body: Omit<ScheduleBody, 'name' | 'timeZone'>) => {
    const parsed = parseSchedule({name: 'Primary', timeZone: 'Europe/Berlin', ...body}, null);
    if (!parsed.ok) {
        throw new Error(parsed.error.message);
    }
    return compileSchedule(parsed.value);
};
const daily = (start: string, users = ['bob', 'erin']) => ({name: 'daily', users, rotation: {every: 1, unit: 'day'}, start});
const incident = (number: number, severity: IncidentRow['severity'], declaredAt: string, status: IncidentRow['status'] = 'investigating'): IncidentRow =>
    ({id: `i${number}`, number, title: `Incident ${number}`, severity, status, channelId: null, declaredAt: at(declaredAt),
        commanderId: 'u1', commanderUsername: 'alice', declaredById: 'u1', nextUpdateDueAt: null, isDrill: false, isPrivate: false, lastEventAt: at(declaredAt)});

describe('assembleSummary', () => {
    it('orders incidents by severity, then newest, and leaves resolved ones out', () => {
        const {summary} = assembleSummary({...empty, activeIncidents: [
            incident(1, 'sev2', '2025-03-05T10:00:00Z'),
            incident(2, 'sev1', '2025-03-04T10:00:00Z'),
            incident(3, 'sev2', '2025-03-05T11:00:00Z'),
            incident(4, 'sev1', '2025-03-05T09:00:00Z', 'resolved'),
            incident(5, 'sev1', '2025-03-05T09:00:00Z'),
        ]}, now);
        expect(summary.incidents.active.map((i) => i.number)).toEqual([5, 2, 3, 1]);
        expect(summary.incidents.active[0]?.declaredAt).toBe('2025-03-05T09:00:00.000Z');
    });

    it('caps the lists but keeps exact counts', () => {
        const n = Math.max(ACTIVE_INCIDENT_CAP, NEWEST_TRIAGE_CAP) + 5;
        const rows = Array.from({length: n}, (_, k) => k + 1);
        const {summary} = assembleSummary({
            ...empty,
            activeIncidents: rows.map((k) => incident(k, 'sev3', `2025-03-0${1 + (k % 4)}T00:00:00Z`)),
            triage: {newCount: n, acceptedCount: 2, inProgressCount: 1, oldestNewAt: at('2025-01-01T00:00:00Z'),
                newest: rows.map((k) => ({id: `t${k}`, number: k, title: `T${k}`, priority: null, createdAt: at('2025-03-01T00:00:00Z')}))},
        }, now);
        expect(summary.incidents.activeCount).toBe(n);
        expect(summary.incidents.active).toHaveLength(ACTIVE_INCIDENT_CAP);
        expect(summary.triage.newest).toHaveLength(NEWEST_TRIAGE_CAP);
        expect(summary.triage.newest[0]?.number).toBe(n);
        expect(summary.triage).toMatchObject({newCount: n, acceptedCount: 2, inProgressCount: 1, oldestNewAt: '2025-01-01T00:00:00.000Z'});
    });

    type Expected = {users: string[]; since: string | null; until: string | null; next: {users: string[]; at: string} | null};
    // now = 2025-03-05 13:00 in Berlin (UTC+1).
    it.each<[string, Omit<ScheduleBody, 'name' | 'timeZone'>, Expected]>([
        ['daily 09:00 hand-offs: bob now, erin next', {layers: [daily('2025-03-05T09:00')]},
            {users: ['bob'], since: '2025-03-05T08:00:00.000Z', until: '2025-03-06T08:00:00.000Z', next: {users: ['erin'], at: '2025-03-06T08:00:00.000Z'}}],
        ['an override wins until it ends', {layers: [daily('2025-03-05T09:00')], overrides: [{user: 'dave', start: '2025-03-05T11:00:00Z', end: '2025-03-05T14:00:00Z'}]},
            {users: ['dave'], since: '2025-03-05T11:00:00.000Z', until: '2025-03-05T14:00:00.000Z', next: {users: ['bob'], at: '2025-03-05T14:00:00.000Z'}}],
        ['before the layer starts: a gap until it does', {layers: [daily('2025-03-05T15:00')]},
            {users: [], since: null, until: '2025-03-05T14:00:00.000Z', next: {users: ['bob'], at: '2025-03-05T14:00:00.000Z'}}],
        ['one person alone: never changes', {layers: [daily('2025-03-01T09:00', ['bob'])]},
            {users: ['bob'], since: '2025-03-01T08:00:00.000Z', until: null, next: null}],
    ])('on call: %s', (_name, body, expected) => {
        const {summary, validUntil} = assembleSummary({...empty,
            schedules: [{id: 's1', name: 'Primary', timeZone: 'Europe/Berlin', compiled: compiled(body)}]}, now);
        expect(summary.oncall).toEqual([{scheduleId: 's1', scheduleName: 'Primary', timeZone: 'Europe/Berlin', ...expected}]);
        expect(validUntil?.toISOString() ?? null).toBe(expected.until);
    });

    it('passes on the schedules that read back invalid as problems', () => {
        expect(assembleSummary({...empty, scheduleProblems: ['schedule "X" is invalid']}, now).problems).toEqual(['schedule "X" is invalid']);
    });

    it('lists rituals by next occurrence, skips a broken cadence and expires at the first ritual', () => {
        const {summary, validUntil, problems} = assembleSummary({...empty, rituals: [
            {id: 'r1', name: 'Weekly', timeZone: 'UTC', cadence: {kind: 'weekly', weekday: 5, time: '10:00'}, channelName: 'c'},
            {id: 'r2', name: 'Soon', timeZone: 'UTC', cadence: {kind: 'weekly', weekday: 3, time: '13:00'}, channelName: 'c'},
            {id: 'r3', name: 'Broken', timeZone: 'UTC', cadence: {kind: 'hourly'}, channelName: 'c'},
        ]}, now);
        expect(summary.rituals.map((r) => [r.name, r.nextAt])).toEqual([['Soon', '2025-03-05T13:00:00.000Z'], ['Weekly', '2025-03-07T10:00:00.000Z']]);
        expect(validUntil?.toISOString()).toBe('2025-03-05T13:00:00.000Z');
        expect(problems).toEqual([expect.stringContaining('Broken')]);
    });

    it.each<[string, Date | null, string | null]>([
        ['none left to turn stale: no expiry', null, null],
        ['the next one turns stale 90 days after its review', at('2025-01-01T08:00:00Z'), '2025-04-01T08:00:00.000Z'],
    ])('counts stale runbooks; %s', (_name, nextReviewedFrom, until) => {
        const {summary, validUntil} = assembleSummary({...empty, runbooks: {staleCount: 3, nextReviewedFrom}}, now);
        expect(summary.runbooks).toEqual({staleCount: 3});
        expect(validUntil?.toISOString() ?? null).toBe(until);
    });

    const overdue = (number: number, dueAt: string): OverdueFollowUpRow =>
        ({requestId: `t${number}`, number, title: `Follow-up ${number}`, ownerUsername: 'bob', dueAt: at(dueAt), incidentId: 'i1', incidentNumber: 1});

    it('lists the longest overdue follow-ups first, capped, with exact counts', () => {
        const rows = [overdue(3, '2025-03-04T23:59:59.999Z'), overdue(1, '2025-03-01T23:59:59.999Z'), overdue(2, '2025-03-04T23:59:59.999Z'),
            ...Array.from({length: OVERDUE_FOLLOW_UP_CAP}, (_, k) => overdue(10 + k, '2025-03-05T11:00:00Z'))];
        const {summary} = assembleSummary({...empty, followUps: {openCount: 12, overdueCount: rows.length, overdue: rows, nextDueAt: null}}, now);
        expect(summary.followUps).toMatchObject({open: 12, overdue: rows.length});
        expect(summary.followUps.overdueItems.map((f) => f.number)).toEqual([1, 2, 3, 10, 11]);
        expect(summary.followUps.overdueItems[0]).toEqual({requestId: 't1', number: 1, title: 'Follow-up 1', ownerUsername: 'bob',
            dueAt: '2025-03-01T23:59:59.999Z', incidentId: 'i1', incidentNumber: 1});
    });

    it.each<[string, Date | null, string | null, string | null]>([
        ['none due: no expiry', null, null, null],
        ['one due tonight: expires the moment it is overdue', at('2025-03-05T23:59:59.999Z'), null, '2025-03-06T00:00:00.000Z'],
        ['a shift ends first: that comes first', at('2025-03-05T23:59:59.999Z'), '2025-03-05T18:00:00Z', '2025-03-05T18:00:00.000Z'],
    ])('wakes for the next follow-up falling due; %s', (_name, nextDueAt, ritualAt, until) => {
        const rituals = ritualAt === null ? [] : [{id: 'r', name: 'R', timeZone: 'UTC', cadence: {kind: 'weekly', weekday: 3, time: ritualAt.slice(11, 16)}, channelName: 'c'}];
        const {validUntil} = assembleSummary({...empty, rituals, followUps: {openCount: 1, overdueCount: 0, overdue: [], nextDueAt}}, now);
        expect(validUntil?.toISOString() ?? null).toBe(until);
    });

    it('shows the commander, next update, drill and privacy, and lists private incidents for per-user filtering', () => {
        const secret = {...incident(2, 'sev1', '2025-03-05T10:00:00Z'), isPrivate: true, channelId: 'ch2', nextUpdateDueAt: at('2025-03-05T12:30:00Z')};
        const drill = {...incident(3, 'sev4', '2025-03-05T10:00:00Z'), isDrill: true};
        const {summary, privateIncidents} = assembleSummary({...empty, activeIncidents: [secret, drill]}, now);
        expect(summary.incidents.active[0]).toMatchObject({commander: 'alice', nextUpdateDueAt: '2025-03-05T12:30:00.000Z', isPrivate: true, isDrill: false});
        expect(summary.incidents.active[1]).toMatchObject({isDrill: true, isPrivate: false, nextUpdateDueAt: null});
        expect(privateIncidents).toEqual([{id: 'i2', channelId: 'ch2', commanderId: 'u1', declaredById: 'u1'}]);

        const hidden = hideIncidents(summary, new Set(['i2']));
        expect(hidden.incidents).toEqual({activeCount: 1, active: [summary.incidents.active[1]]});
        expect(hideIncidents(summary, new Set())).toBe(summary);
    });
});
