import type {FollowUpView, RetrospectiveView} from '../../../server-ts/src/contract/retrospectives';

/** A draft review of incident #7 as the companion sends it; override what a test is about. */
export const retrospective = (over: Partial<RetrospectiveView> = {}): RetrospectiveView => ({
    incidentId: 'inc1', incidentNumber: 7, incidentTitle: 'Checkout is down', isDrill: false, status: 'draft',
    summary: 'Bad deploy rolled back',
    impact: {durationSeconds: 5400, severity: 'sev2', tier: 'cloud', customerFacing: true},
    highlights: [{at: '2025-01-06T07:30:00.000Z', text: 'Declared SEV2'}, {at: '2025-01-06T07:45:00.000Z', text: 'Rolling back'}],
    wentWell: '', wentBadly: '', causes: '', followUps: [], gameday: null, version: 3,
    reminderDueAt: '2025-01-09T09:00:00.000Z', createdAt: '2025-01-06T09:00:00.000Z', updatedAt: '2025-01-06T07:50:00.000Z', publishedAt: null,
    ...over,
});

export const followUp = (over: Partial<FollowUpView> = {}): FollowUpView => ({
    requestId: 'r12', number: 12, title: 'Alert on checkout 5xx', status: 'accepted', category: 'reliability', owner: {id: 'u2', username: 'bob'},
    dueDate: '2025-01-20', dueAt: '2025-01-20T23:59:59.999Z', isOverdue: false,
    ...over,
});
