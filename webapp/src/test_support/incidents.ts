import type {IncidentView, IncidentWithTimeline, TemplateView} from '../../../server-ts/src/contract/incidents';

import {NOW_ISO} from './summaries';

export const incidentView = (overrides: Partial<IncidentView> = {}): IncidentView => ({
    id: 'inc1', number: 7, title: 'Checkout is down', summary: 'Errors on checkout', severity: 'sev2', status: 'investigating',
    templateId: 'tpl-cloud', isDrill: false, isPrivate: false, teamId: 'team1', channelId: 'chan-inc', channelName: 'inc-2025-01-06-checkout-is-down',
    roles: {commander: {id: 'u1', username: 'alice'}, communications: null, scribe: null},
    declaredBy: {id: 'u1', username: 'alice'}, declaredAt: '2025-01-06T07:30:00.000Z', resolvedAt: null, resolutionSummary: null,
    nextUpdateDueAt: '2025-01-06T08:30:00.000Z',
    checklist: [
        {title: 'Page the owning team', runbookUrl: 'https://runbooks.test/page', doneAt: null, doneBy: null},
        {title: 'Post a status page note', runbookUrl: null, doneAt: null, doneBy: null},
    ],
    sourcePostId: null, pendingSteps: [],
    ...overrides,
});

export const withTimeline = (incident: IncidentView = incidentView()): IncidentWithTimeline => ({
    incident,
    timeline: [
        {id: 'e1', at: '2025-01-06T07:30:00.000Z', actorId: 'u1', kind: 'declared', text: 'Declared SEV2', postId: null},
        {id: 'e2', at: '2025-01-06T07:45:00.000Z', actorId: 'u1', kind: 'status_update', text: 'Rolling back', postId: null},
    ],
});

export const templateView = (overrides: Partial<TemplateView> = {}): TemplateView => ({
    id: 'tpl-cloud', slug: 'cloud-outage', name: 'Cloud outage', description: 'Cloud user-facing services', tier: 'cloud',
    channelNamePattern: 'inc-{date}-{slug}', isPrivate: false, headerPattern: '{severity} {title}', purposePattern: 'Incident {number}',
    firstPost: 'Commander: {commander}', defaultMembers: ['bob'], broadcastChannels: ['incidents'],
    checklist: [{title: 'Page the owning team', runbookUrl: null}], updateIntervalMinutes: {sev1: 30, sev2: 60, sev3: 240, sev4: 1440},
    isDrill: false, defaultSeverity: 'sev1', isArchived: false, updatedAt: NOW_ISO,
    ...overrides,
});
