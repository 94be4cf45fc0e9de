import {compileSchedule} from '../domain/oncall_compile.js';
import {err, ok} from '../domain/result.js';
import type {SummaryRows} from '../domain/summary.js';
import type {AppDeps} from '../http/app.js';
import {createSummaryService} from '../http/summary_service.js';
import type {WhoAmI} from '../http/who_am_i.js';
import {fakeInteractionDeps} from './fake_interactions.js';

export const NOW = new Date('2025-03-05T12:00:00Z');

// Rows that fill every section of the summary, so a shape check covers every field.
export const SAMPLE_ROWS: SummaryRows = {
    activeIncidents: [{id: 'i1', number: 1, title: 'Checkout errors', severity: 'sev1', status: 'investigating', channelId: 'ch1', declaredAt: new Date('2025-03-05T11:00:00Z'),
        commanderId: 'u1', commanderUsername: 'alice', declaredById: 'u1', nextUpdateDueAt: null, isDrill: false, isPrivate: false,
        lastEventAt: new Date('2025-03-05T11:30:00Z')}],
    triage: {newCount: 1, acceptedCount: 0, inProgressCount: 0, oldestNewAt: new Date('2025-03-04T09:00:00Z'),
        newest: [{id: 't1', number: 1, title: 'New bucket', priority: null, createdAt: new Date('2025-03-04T09:00:00Z')}]},
    schedules: [{id: 's1', name: 'Primary', timeZone: 'Europe/Berlin', compiled: compileSchedule({name: 'Primary', timeZone: 'Europe/Berlin', overrides: [],
        layers: [{name: 'daily', users: ['bob', 'erin'], rotation: {every: 1, unit: 'day'}, start: '2025-03-01T09:00', restrictions: []}]})}],
    scheduleProblems: [],
    rituals: [{id: 'r1', name: 'Triage & Planning', timeZone: 'UTC', cadence: {kind: 'weekly', weekday: 2, time: '10:00'}, channelName: 'cloud-sre-team'}],
    // No next stale moment: tests that run on the real clock would see a boundary in the past and reload.
    runbooks: {staleCount: 2, nextReviewedFrom: null},
    followUps: {openCount: 2, overdueCount: 1, nextDueAt: null, overdue: [{requestId: 't2', number: 2, title: 'Faster rollback', ownerUsername: 'bob',
        dueAt: new Date('2025-03-04T23:59:59.999Z'), incidentId: 'i0', incidentNumber: 0}]},
};

export const fakeWhoAmI: WhoAmI = (token) => Promise.resolve(
    token === 'good' ? ok({id: 'u1', username: 'alice', roles: 'system_user'}) : token === 'down' ? err('unreachable') : err('invalid'));

export function fakeAppDeps(overrides: Partial<AppDeps> = {}): AppDeps {
    return {
        summaries: createSummaryService({load: () => Promise.resolve(SAMPLE_ROWS), now: () => NOW}),
        whoAmI: fakeWhoAmI,
        readiness: () => Promise.resolve([{name: 'database', ok: true, detail: 'fake'}]),
        metrics: {jobCounts: () => Promise.resolve([{queue: 'mattermost-connect', state: 'created', count: 1}]), poolStats: () => ({total: 1, idle: 1, waiting: 0})},
        interactions: fakeInteractionDeps(),
        incidents: unused('incidents'),
        templates: unused('templates'),
        triage: unused('triage'),
        schedules: unused('schedules'),
        swaps: unused('swaps'),
        pages: unused('pages'),
        kpis: unused('kpis'),
        retrospectives: unused('retrospectives'),
        runbooks: unused('runbooks'),
        calendars: unused('calendars'),
        rituals: unused('rituals'),
        isSre: () => Promise.resolve(false),
        hiddenFor: () => Promise.resolve(new Set()),
        ...overrides,
    };
}

// A service a test does not exercise: any call fails the test loudly instead of answering something plausible.
export function unused(name: string): never {
    return new Proxy({}, {get: (_target, key) => () => Promise.reject(new Error(`${name}.${String(key)} is not part of this test`))}) as never;
}
