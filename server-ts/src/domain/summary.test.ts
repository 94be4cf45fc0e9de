import {describe, expect, it} from 'vitest';
import {ACTIVE_INCIDENT_CAP, assembleSummary, hideIncidents, NEWEST_TRIAGE_CAP, type IncidentRow, type SummaryRows} from './summary.js';

const now = new Date('2025-03-05T12:00:00Z');
const at = (iso: string) => new Date(iso);
const empty: SummaryRows = {
    activeIncidents: [],
    triage: {newCount: 0, acceptedCount: 0, inProgressCount: 0, oldestNewAt: null, newest: []},
    schedules: [],
    shifts: [],
    rituals: [],
};
const incident = (number: number, severity: IncidentRow['severity'], declaredAt: string, status: IncidentRow['status'] = 'investigating'): IncidentRow =>
    ({id: `i${number}`, number, title: `Incident ${number}`, severity, status, channelId: null, declaredAt: at(declaredAt),
        commanderId: 'u1', commanderUsername: 'alice', declaredById: 'u1', nextUpdateDueAt: null, isDrill: false, isPrivate: false});

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

    it.each<[string, {username: string; startsAt: string; endsAt: string}[], string[], string | null]>([
        ['one person on call', [{username: 'bob', startsAt: '2025-03-05T09:00:00Z', endsAt: '2025-03-06T09:00:00Z'}], ['bob'], '2025-03-06T09:00:00.000Z'],
        ['two overlap: until the first ends', [
            {username: 'erin', startsAt: '2025-03-05T00:00:00Z', endsAt: '2025-03-05T18:00:00Z'},
            {username: 'bob', startsAt: '2025-03-05T09:00:00Z', endsAt: '2025-03-06T09:00:00Z'},
        ], ['bob', 'erin'], '2025-03-05T18:00:00.000Z'],
        ['gap: until the next shift starts', [{username: 'bob', startsAt: '2025-03-05T15:00:00Z', endsAt: '2025-03-06T09:00:00Z'}], [], '2025-03-05T15:00:00.000Z'],
        ['shift ending now is over', [{username: 'bob', startsAt: '2025-03-04T12:00:00Z', endsAt: '2025-03-05T12:00:00Z'}], [], null],
        ['nobody planned', [], [], null],
    ])('on call: %s', (_name, shifts, users, until) => {
        const {summary, validUntil} = assembleSummary({...empty,
            schedules: [{id: 's1', name: 'Primary', timeZone: 'Europe/Berlin'}],
            shifts: shifts.map((s) => ({scheduleId: 's1', username: s.username, startsAt: at(s.startsAt), endsAt: at(s.endsAt)})),
        }, now);
        expect(summary.oncall).toEqual([{scheduleId: 's1', scheduleName: 'Primary', timeZone: 'Europe/Berlin', users, until}]);
        expect(validUntil?.toISOString() ?? null).toBe(until);
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
