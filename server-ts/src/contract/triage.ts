import {Type, type Static} from 'typebox';
import {Person} from './incidents.js';
import {TriagePriority} from './summary.js';

// Triage requests over HTTP (under /sre-toolkit/api/v1). The webapp imports these types (type-only); the
// companion validates bodies and replies with the schemas. Bodies are loose (plain strings) where the domain
// validates: it answers 400 {code: 'invalid_request', message, fields: {<field>: message}} (FieldProblem).

const Instant = Type.String({format: 'date-time'});
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

// The team's OKR areas; stable ids, the display names live in domain/triage_fields.ts.
export const TriageCategory = Type.Union([
    Type.Literal('reliability'), Type.Literal('availability_cost'), Type.Literal('automation'),
    Type.Literal('security'), Type.Literal('documentation'), Type.Literal('ktlo'),
]);
export type TriageCategory = Static<typeof TriageCategory>;

// Who owns the work: Cloud user-facing services, the community server, the internal Cloud Platform.
export const OwnershipArea = Type.Union([Type.Literal('cloud'), Type.Literal('community'), Type.Literal('internal_platform')]);
export type OwnershipArea = Static<typeof OwnershipArea>;

export const TriageStatus = Type.Union([
    Type.Literal('new'), Type.Literal('accepted'), Type.Literal('in_progress'), Type.Literal('done'),
    Type.Literal('declined'), Type.Literal('duplicate'),
]);
export type TriageStatus = Static<typeof TriageStatus>;

export const NewTriageRequestBody = Type.Object({
    // Chosen by the client once per modal/dialog: replays with the same key return the same request.
    idempotencyKey: Type.String({minLength: 8, maxLength: 80}),
    title: Type.String(),
    description: Type.Optional(Type.String()),
    // Empty or missing: the keyword suggestion is used.
    category: Type.Optional(Type.String()),
    priority: Type.Optional(Type.String()),
    area: Type.Optional(Type.String()),
    quarter: Type.Optional(Type.String()),
    labels: Type.Optional(Type.Array(Type.String())),
    // The message it was sent from, if any; the requester is then its author.
    sourcePostId: Type.Optional(Type.String()),
}, {additionalProperties: false});
export type NewTriageRequestBody = Static<typeof NewTriageRequestBody>;

// One body for every decision; `action` picks which fields matter. Field values are loose for the same reason.
export const TriageDecisionBody = Type.Object({
    action: Type.String(),
    priority: Type.Optional(Type.String()),
    category: Type.Optional(Type.String()),
    area: Type.Optional(Type.String()),
    // Mattermost user id; empty string clears the owner.
    ownerId: Type.Optional(Type.String()),
    quarter: Type.Optional(Type.String()),
    labels: Type.Optional(Type.Array(Type.String())),
    reason: Type.Optional(Type.String()),
    duplicateOf: Type.Optional(Type.String()),
    note: Type.Optional(Type.String()),
}, {additionalProperties: false});
export type TriageDecisionBody = Static<typeof TriageDecisionBody>;

export const TriageSuggestion = Type.Object({
    category: Type.Object({value: TriageCategory, because: Type.Array(Type.String())}, {additionalProperties: false}),
    priority: Type.Object({value: TriagePriority, because: Type.Array(Type.String())}, {additionalProperties: false}),
    area: Type.Object({value: OwnershipArea, because: Type.Array(Type.String())}, {additionalProperties: false}),
}, {additionalProperties: false});
export type TriageSuggestion = Static<typeof TriageSuggestion>;

export const SlaRule = Type.Union([Type.Literal('untriaged_p1'), Type.Literal('untriaged_too_long')]);
export type SlaRule = Static<typeof SlaRule>;

export const TriageRequestView = Type.Object({
    id: Type.String(),
    number: Type.Integer(),
    title: Type.String(),
    description: Type.String(),
    requester: Person,
    sourcePostId: Nullable(Type.String()),
    // Link to the source message, or null when the request was not sent from one.
    permalink: Nullable(Type.String()),
    category: TriageCategory,
    priority: TriagePriority,
    area: Nullable(OwnershipArea),
    status: TriageStatus,
    owner: Nullable(Person),
    quarter: Nullable(Type.String()),
    labels: Type.Array(Type.String()),
    duplicateOf: Nullable(Type.String()),
    declineReason: Nullable(Type.String()),
    createdAt: Instant,
    triagedAt: Nullable(Instant),
    closedAt: Nullable(Instant),
    // Empty unless the request breaks a triage SLA (thresholds from config).
    slaBreaches: Type.Array(SlaRule),
}, {additionalProperties: false});
export type TriageRequestView = Static<typeof TriageRequestView>;

export const TriageEventView = Type.Object({
    id: Type.String(),
    at: Instant,
    actorId: Nullable(Type.String()),
    kind: Type.String(),
    // One line a human reads in the timeline ("Accepted as P2 · Automation").
    text: Type.String(),
}, {additionalProperties: false});
export type TriageEventView = Static<typeof TriageEventView>;

export const TriageRequestWithTimeline = Type.Object({
    request: TriageRequestView,
    suggestion: TriageSuggestion,
    timeline: Type.Array(TriageEventView),
}, {additionalProperties: false});
export type TriageRequestWithTimeline = Static<typeof TriageRequestWithTimeline>;

// GET /triage: comma-separated lists; an empty owner means unowned.
export const TriageQueueQuery = Type.Object({
    status: Type.Optional(Type.String()),
    category: Type.Optional(Type.String()),
    priority: Type.Optional(Type.String()),
    owner: Type.Optional(Type.String()),
    area: Type.Optional(Type.String()),
}, {additionalProperties: false});
export type TriageQueueQuery = Static<typeof TriageQueueQuery>;

// POST /triage for a message already sent to triage: 409 with the earlier request, so the client can say so and link it.
export const TriageAlreadyRequested = Type.Object({
    code: Type.Literal('already_requested'),
    message: Type.String(),
    request: TriageRequestView,
}, {additionalProperties: false});
export type TriageAlreadyRequested = Static<typeof TriageAlreadyRequested>;
