import {Type, type Static} from 'typebox';

// Pages and escalation policies over HTTP (under /sre-toolkit/api/v1). The webapp imports these types (type-only).
// Bodies are loose where the domain validates: it answers 400 {code: 'invalid_request', message, fields: {<path>: message}}
// (FieldProblem), the paths written like "target.username" or "steps[1].waitMinutes".

const Instant = Type.String({format: 'date-time'});
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

// ---- escalation policies

// Exactly one of `schedule` (a schedule id: whoever is on call when the step starts) or `users` (usernames).
export const PolicyNotifyBody = Type.Object({
    schedule: Type.Optional(Type.String()),
    users: Type.Optional(Type.Array(Type.String())),
}, {additionalProperties: false});

export const PolicyStepBody = Type.Object({notify: PolicyNotifyBody, waitMinutes: Type.Number()}, {additionalProperties: false});

// POST /escalation-policies and PUT /escalation-policies/{id}. `repeat`: how many more times the whole list runs (0..10).
export const EscalationPolicyBody = Type.Object({
    name: Type.String(),
    steps: Type.Array(PolicyStepBody),
    repeat: Type.Optional(Type.Number()),
}, {additionalProperties: false});
export type EscalationPolicyBody = Static<typeof EscalationPolicyBody>;

export const PolicyNotify = Type.Union([
    Type.Object({schedule: Type.String()}, {additionalProperties: false}),
    Type.Object({users: Type.Array(Type.String())}, {additionalProperties: false}),
]);
export type PolicyNotify = Static<typeof PolicyNotify>;

export const PolicyStep = Type.Object({notify: PolicyNotify, waitMinutes: Type.Integer({minimum: 1})}, {additionalProperties: false});
export type PolicyStep = Static<typeof PolicyStep>;

export const EscalationPolicyView = Type.Object({
    id: Type.String(),
    name: Type.String(),
    steps: Type.Array(PolicyStep),
    repeat: Type.Integer({minimum: 0}),
    updatedAt: Instant,
}, {additionalProperties: false});
export type EscalationPolicyView = Static<typeof EscalationPolicyView>;

// ---- pages

export const PageTarget = Type.Union([
    Type.Object({kind: Type.Literal('schedule'), scheduleId: Type.String()}, {additionalProperties: false}),
    Type.Object({kind: Type.Literal('user'), username: Type.String()}, {additionalProperties: false}),
    Type.Object({kind: Type.Literal('policy'), policyId: Type.String()}, {additionalProperties: false}),
]);
export type PageTarget = Static<typeof PageTarget>;

// Loose, so a wrong kind or a missing id is answered under its own field ("target.scheduleId").
export const PageTargetBody = Type.Object({
    kind: Type.String(),
    scheduleId: Type.Optional(Type.String()),
    username: Type.Optional(Type.String()),
    policyId: Type.Optional(Type.String()),
}, {additionalProperties: false});

// POST /pages. A page from an incident also posts in the incident's channel and on its timeline.
export const NewPageBody = Type.Object({
    target: PageTargetBody,
    message: Type.String(),
    incidentId: Type.Optional(Type.String()),
    // A page from a drill incident is refused (400 naming `real`) unless this says it is meant for real people,
    // or the gameday was started with pageRealOnCall. Ignored for real incidents and pages without an incident.
    real: Type.Optional(Type.Boolean()),
}, {additionalProperties: false});
export type NewPageBody = Static<typeof NewPageBody>;

export const PageStatus = Type.Union([Type.Literal('paging'), Type.Literal('acknowledged'), Type.Literal('exhausted'), Type.Literal('cancelled')]);
export type PageStatus = Static<typeof PageStatus>;

export const PageEventView = Type.Object({
    at: Instant,
    kind: Type.String(),
    // One line a human reads ("Escalated to @erin (step 2 of 2, round 1 of 3): nobody acknowledged within 5 min").
    text: Type.String(),
}, {additionalProperties: false});
export type PageEventView = Static<typeof PageEventView>;

export const PageView = Type.Object({
    id: Type.String(),
    number: Type.Integer(),
    message: Type.String(),
    target: PageTarget,
    // The schedule's or policy's name, or "@username", as of the page.
    targetName: Type.String(),
    status: PageStatus,
    // Where the page stands in its policy, both 0-based: step within the round, round (0..repeat).
    step: Type.Integer({minimum: 0}),
    round: Type.Integer({minimum: 0}),
    // Everyone the page has reached so far, in order; any of them (or an SRE) may acknowledge.
    notified: Type.Array(Type.String()),
    incidentId: Nullable(Type.String()),
    createdBy: Type.String(),
    createdAt: Instant,
    acknowledgedAt: Nullable(Instant),
    acknowledgedBy: Nullable(Type.String()),
    // Seconds from the page to its acknowledgement (MTTA); null until acknowledged.
    mttaSeconds: Nullable(Type.Integer({minimum: 0})),
    timeline: Type.Array(PageEventView),
}, {additionalProperties: false});
export type PageView = Static<typeof PageView>;

// GET /pages: open = still paging (the default); all = every page, newest first.
export const PagesQuery = Type.Object({status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('all')]))}, {additionalProperties: false});
export type PagesQuery = Static<typeof PagesQuery>;
