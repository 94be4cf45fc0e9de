import {Type, type Static} from 'typebox';

// What the SRE sidebar shows, in one response. The webapp imports these types (type-only);
// the companion uses the schemas to validate its replies and to generate openapi.json.

export const Severity = Type.Union([Type.Literal('sev1'), Type.Literal('sev2'), Type.Literal('sev3'), Type.Literal('sev4')]);
export type Severity = Static<typeof Severity>;

export const IncidentStatus = Type.Union([
    Type.Literal('investigating'),
    Type.Literal('identified'),
    Type.Literal('monitoring'),
    Type.Literal('resolved'),
]);
export type IncidentStatus = Static<typeof IncidentStatus>;

export const TriagePriority = Type.Union([Type.Literal('p1'), Type.Literal('p2'), Type.Literal('p3'), Type.Literal('p4')]);
export type TriagePriority = Static<typeof TriagePriority>;

const Instant = Type.String({format: 'date-time'});

export const OnCallNow = Type.Object({
    scheduleId: Type.String(),
    scheduleName: Type.String(),
    timeZone: Type.String(),
    // Mattermost usernames of whoever holds the current shift; empty means a gap nobody covers.
    users: Type.Array(Type.String()),
    // Bounds of the current segment (the gap itself for a gap); null when it has no start, or never ends.
    since: Type.Union([Instant, Type.Null()]),
    until: Type.Union([Instant, Type.Null()]),
    // Who takes over at `until` (empty users: a gap comes next); null when nothing changes.
    next: Type.Union([Type.Object({users: Type.Array(Type.String()), at: Instant}, {additionalProperties: false}), Type.Null()]),
}, {additionalProperties: false});
export type OnCallNow = Static<typeof OnCallNow>;

export const ActiveIncident = Type.Object({
    id: Type.String(),
    number: Type.Integer(),
    title: Type.String(),
    severity: Severity,
    status: IncidentStatus,
    channelId: Type.Union([Type.String(), Type.Null()]),
    declaredAt: Instant,
    // Username of the incident commander, as of assignment.
    commander: Type.Union([Type.String(), Type.Null()]),
    nextUpdateDueAt: Type.Union([Instant, Type.Null()]),
    isDrill: Type.Boolean(),
    // Private incidents reach only members of their channel (the summary is filtered per user).
    isPrivate: Type.Boolean(),
    // The latest timeline event: it moves with every change, so an open incident panel knows to reload.
    lastEventAt: Instant,
});
export type ActiveIncident = Static<typeof ActiveIncident>;

export const TriageRow = Type.Object({
    id: Type.String(),
    number: Type.Integer(),
    title: Type.String(),
    priority: Type.Union([TriagePriority, Type.Null()]),
    createdAt: Instant,
});
export type TriageRow = Static<typeof TriageRow>;

export const UpcomingRitual = Type.Object({
    id: Type.String(),
    name: Type.String(),
    channelName: Type.String(),
    // The ritual's own zone: the sidebar shows its local time beside the viewer's.
    timeZone: Type.String(),
    nextAt: Instant,
});
export type UpcomingRitual = Static<typeof UpcomingRitual>;

// An open follow-up of a retrospective past the end of its due day.
export const OverdueFollowUp = Type.Object({
    requestId: Type.String(),
    number: Type.Integer(),
    title: Type.String(),
    ownerUsername: Type.Union([Type.String(), Type.Null()]),
    dueAt: Instant,
    incidentId: Type.String(),
    incidentNumber: Type.Integer(),
}, {additionalProperties: false});
export type OverdueFollowUp = Static<typeof OverdueFollowUp>;

export const Summary = Type.Object({
    generatedAt: Instant,
    oncall: Type.Array(OnCallNow),
    incidents: Type.Object({
        activeCount: Type.Integer({minimum: 0}),
        // Most severe first, then newest; capped so the payload stays small at any scale.
        active: Type.Array(ActiveIncident),
    }),
    triage: Type.Object({
        newCount: Type.Integer({minimum: 0}),
        acceptedCount: Type.Integer({minimum: 0}),
        inProgressCount: Type.Integer({minimum: 0}),
        oldestNewAt: Type.Union([Instant, Type.Null()]),
        // The newest untriaged requests, newest first.
        newest: Type.Array(TriageRow),
    }),
    rituals: Type.Array(UpcomingRitual),
    // Live runbooks not reviewed for 90 days (never reviewed: counted from their creation).
    runbooks: Type.Object({staleCount: Type.Integer({minimum: 0})}, {additionalProperties: false}),
    // Retrospective follow-ups not done yet; the overdue ones capped, the longest overdue first.
    followUps: Type.Object({
        open: Type.Integer({minimum: 0}),
        overdue: Type.Integer({minimum: 0}),
        overdueItems: Type.Array(OverdueFollowUp),
    }, {additionalProperties: false}),
});
export type Summary = Static<typeof Summary>;

// Server-Sent Events on GET api/v1/events: the first event on every connection, and one after
// every change, is `summary` with the whole Summary as data, so a reconnecting client is current
// again without a second request.
export const SUMMARY_EVENT = 'summary';

export const Problem = Type.Object({code: Type.String(), message: Type.String()});
export type Problem = Static<typeof Problem>;
