import type {Summary} from '../../../server-ts/src/contract/summary';

export const NOW_ISO = '2025-01-06T08:00:00.000Z';

export const emptySummary = (): Summary => ({
    generatedAt: NOW_ISO,
    oncall: [],
    incidents: {activeCount: 0, active: []},
    triage: {newCount: 0, acceptedCount: 0, inProgressCount: 0, oldestNewAt: null, newest: []},
    rituals: [],
    runbooks: {staleCount: 0},
    followUps: {open: 0, overdue: 0, overdueItems: []},
});

/** Something in every section, including a schedule nobody covers. */
export const busySummary = (): Summary => ({
    generatedAt: NOW_ISO,
    oncall: [
        {scheduleId: 's1', scheduleName: 'Primary', timeZone: 'Europe/Berlin', users: ['alice'], since: '2025-01-06T00:00:00.000Z',
            until: '2025-01-06T10:00:00.000Z', next: {users: ['bob'], at: '2025-01-06T10:00:00.000Z'}},
        {scheduleId: 's2', scheduleName: 'Database', timeZone: 'UTC', users: [], since: '2025-01-06T06:00:00.000Z', until: null, next: null},
    ],
    incidents: {
        activeCount: 3,
        active: [
            {id: 'i1', number: 42, title: 'Checkout is down', severity: 'sev1', status: 'investigating', channelId: 'chan42', declaredAt: '2025-01-06T07:30:00.000Z',
                commander: 'alice', nextUpdateDueAt: '2025-01-06T07:50:00.000Z', isDrill: false, isPrivate: false, lastEventAt: '2025-01-06T07:40:00.000Z'},
            {id: 'i2', number: 41, title: 'Slow search', severity: 'sev3', status: 'monitoring', channelId: null, declaredAt: '2025-01-05T07:30:00.000Z',
                commander: null, nextUpdateDueAt: '2025-01-06T09:00:00.000Z', isDrill: true, isPrivate: false, lastEventAt: '2025-01-05T08:00:00.000Z'},
        ],
    },
    triage: {
        newCount: 5,
        acceptedCount: 2,
        inProgressCount: 1,
        oldestNewAt: '2025-01-03T08:00:00.000Z',
        newest: [{id: 't1', number: 7, title: 'Rotate TLS certs', priority: 'p1', createdAt: '2025-01-06T07:00:00.000Z'}],
    },
    rituals: [{id: 'r1', name: 'Weekly ops review', channelName: 'ops', timeZone: 'Europe/Berlin', nextAt: '2025-01-06T09:00:00.000Z'}],
    runbooks: {staleCount: 2},
    followUps: {open: 3, overdue: 1, overdueItems: [{requestId: 't9', number: 9, title: 'Faster rollback', ownerUsername: 'bob',
        dueAt: '2025-01-03T23:59:59.999Z', incidentId: 'i7', incidentNumber: 40}]},
});
