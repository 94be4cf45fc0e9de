import {Type, type Static} from 'typebox';
import {Person, ServiceTier} from './incidents.js';
import {Severity} from './summary.js';
import {TriageCategory, TriageStatus} from './triage.js';

// An incident's review (issue 8) over HTTP (under /sre-toolkit/api/v1/incidents/{id}/retrospective). Bodies are
// loose where the domain validates: 400 {code: 'invalid_fields', message, fields: {<field>: message}}.

const Instant = Type.String({format: 'date-time'});
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const RetroImpact = Type.Object({
    // Declared → resolved, in whole seconds; editable (an incident may have started before it was declared).
    durationSeconds: Type.Integer({minimum: 0}),
    severity: Severity,
    // Null when the incident's template is gone.
    tier: Nullable(ServiceTier),
    customerFacing: Type.Boolean(),
}, {additionalProperties: false});
export type RetroImpact = Static<typeof RetroImpact>;

// A line of the timeline as the review tells it: taken from the recorded events, then edited.
export const RetroHighlight = Type.Object({at: Instant, text: Type.String()}, {additionalProperties: false});
export type RetroHighlight = Static<typeof RetroHighlight>;

export const FollowUpView = Type.Object({
    // The triage request it is (linked both ways: the request carries the incident id).
    requestId: Type.String(),
    number: Type.Integer(),
    title: Type.String(),
    status: TriageStatus,
    category: TriageCategory,
    owner: Nullable(Person),
    // The due day (YYYY-MM-DD, team time zone) and the instant it ends.
    dueDate: Nullable(Type.String()),
    dueAt: Nullable(Instant),
    isOverdue: Type.Boolean(),
}, {additionalProperties: false});
export type FollowUpView = Static<typeof FollowUpView>;

// A drill's gameday report; time to detect = the first `drill_detected` timeline event − the declaration.
export const GamedayReport = Type.Object({
    // What the gameday set out to break (as given to /sre gameday); '' for a drill declared from its template directly.
    scenario: Type.String(),
    // Written in the review (≤ 4000 characters each); filled in from the scenario and the recorded detection at first.
    injected: Type.String(),
    detected: Type.String(),
    detectedAt: Nullable(Instant),
    timeToDetectSeconds: Nullable(Type.Integer({minimum: 0})),
}, {additionalProperties: false});
export type GamedayReport = Static<typeof GamedayReport>;

export const RetrospectiveView = Type.Object({
    incidentId: Type.String(),
    incidentNumber: Type.Integer(),
    incidentTitle: Type.String(),
    isDrill: Type.Boolean(),
    status: Type.Union([Type.Literal('draft'), Type.Literal('published')]),
    summary: Type.String(),
    impact: RetroImpact,
    highlights: Type.Array(RetroHighlight),
    wentWell: Type.String(),
    wentBadly: Type.String(),
    causes: Type.String(),
    followUps: Type.Array(FollowUpView),
    // null for a real incident.
    gameday: Nullable(GamedayReport),
    // Send it back with an edit: a retrospective changed since answers 409.
    version: Type.Integer(),
    // When the commander is reminded if it is still a draft (RETRO_REMINDER_BUSINESS_DAYS after the resolution).
    reminderDueAt: Instant,
    createdAt: Instant,
    updatedAt: Instant,
    publishedAt: Nullable(Instant),
}, {additionalProperties: false});
export type RetrospectiveView = Static<typeof RetrospectiveView>;

// PUT: every field but version is optional (missing = unchanged).
export const SaveRetrospectiveBody = Type.Object({
    version: Type.Integer(),
    summary: Type.Optional(Type.String()),
    impact: Type.Optional(Type.Object({
        durationSeconds: Type.Optional(Type.Number()),
        severity: Type.Optional(Type.String()),
        tier: Type.Optional(Type.String()),
        customerFacing: Type.Optional(Type.Boolean()),
    }, {additionalProperties: false})),
    highlights: Type.Optional(Type.Array(Type.Object({at: Type.String(), text: Type.String()}, {additionalProperties: false}))),
    wentWell: Type.Optional(Type.String()),
    wentBadly: Type.Optional(Type.String()),
    causes: Type.Optional(Type.String()),
    // The gameday report's texts (drills only: a real incident's review answers 400 naming the field).
    injected: Type.Optional(Type.String()),
    detected: Type.Optional(Type.String()),
}, {additionalProperties: false});
export type SaveRetrospectiveBody = Static<typeof SaveRetrospectiveBody>;

export const NewFollowUpBody = Type.Object({
    // Chosen by the client once per form: a replay returns the same follow-up.
    idempotencyKey: Type.String({minLength: 8, maxLength: 80}),
    title: Type.String(),
    ownerUsername: Type.String(),
    // YYYY-MM-DD in the team's time zone; due at the end of that day.
    dueDate: Type.String(),
    category: Type.String(),
    description: Type.Optional(Type.String()),
}, {additionalProperties: false});
export type NewFollowUpBody = Static<typeof NewFollowUpBody>;

// 409 on a PUT whose version is not the stored one: the current retrospective, so the client can merge.
export const RetrospectiveConflict = Type.Object({
    code: Type.Literal('version_conflict'),
    message: Type.String(),
    retrospective: RetrospectiveView,
}, {additionalProperties: false});
export type RetrospectiveConflict = Static<typeof RetrospectiveConflict>;
