import type {TriageRequestView, TriageRequestWithTimeline} from '../../../server-ts/src/contract/triage';

/** A new, untriaged request as the companion sends it; override what a test is about. */
export const triageRequest = (over: Partial<TriageRequestView> = {}): TriageRequestView => ({
    id: 'r1',
    number: 7,
    title: 'Rotate TLS certs',
    description: 'The certs on the edge expire on Friday.',
    requester: {id: 'u3', username: 'carol'},
    sourcePostId: 'p1',
    permalink: 'https://chat.example.com/sre/pl/p1',
    category: 'ktlo',
    priority: 'p3',
    area: null,
    status: 'new',
    owner: null,
    quarter: null,
    labels: [],
    duplicateOf: null,
    declineReason: null,
    createdAt: '2025-01-06T06:00:00.000Z',
    triagedAt: null,
    closedAt: null,
    slaBreaches: [],
    ...over,
});

export const triageWithTimeline = (request: TriageRequestView = triageRequest()): TriageRequestWithTimeline => ({
    request,
    suggestion: {
        category: {value: 'security', because: ['"certs"']},
        priority: {value: 'p2', because: ['"expire"']},
        area: {value: 'cloud', because: []},
    },
    timeline: [],
});
