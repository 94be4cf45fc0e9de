import {Type, type Static} from 'typebox';
import {IncidentStatus, Severity} from './summary.js';

// Incidents and their channel templates over HTTP (under /sre-toolkit/api/v1). The webapp imports these
// types (type-only); the companion validates bodies and replies with the schemas.

const Instant = Type.String({format: 'date-time'});
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const ServiceTier = Type.Union([Type.Literal('cloud'), Type.Literal('community'), Type.Literal('internal')]);
export type ServiceTier = Static<typeof ServiceTier>;

export const ChecklistStep = Type.Object({
    title: Type.String(),
    runbookUrl: Nullable(Type.String()),
    // A runbook of the library (its id); it must exist and not be archived when the template is saved, else 400
    // naming `checklist[<i>].runbookId`. Left out by older clients, which is the same as null.
    runbookId: Type.Optional(Nullable(Type.String())),
}, {additionalProperties: false});
export type ChecklistStep = Static<typeof ChecklistStep>;

// Minutes between status updates, per severity.
export const UpdateIntervals = Type.Object({
    sev1: Type.Integer(), sev2: Type.Integer(), sev3: Type.Integer(), sev4: Type.Integer(),
}, {additionalProperties: false});
export type UpdateIntervals = Static<typeof UpdateIntervals>;

// What an SRE edits. Loose on purpose (plain strings and numbers): the domain validates every field and
// answers 400 {code: 'invalid_template', message, fields: {<field>: message}} naming each bad one.
export const TemplateInput = Type.Object({
    name: Type.String(),
    description: Type.String(),
    tier: Type.String(),
    channelNamePattern: Type.String(),
    isPrivate: Type.Boolean(),
    headerPattern: Type.String(),
    purposePattern: Type.String(),
    firstPost: Type.String(),
    defaultMembers: Type.Array(Type.String()),
    broadcastChannels: Type.Array(Type.String()),
    checklist: Type.Array(ChecklistStep),
    updateIntervalMinutes: UpdateIntervals,
    isDrill: Type.Boolean(),
}, {additionalProperties: false});
export type TemplateInput = Static<typeof TemplateInput>;

export const TemplateView = Type.Object({
    ...TemplateInput.properties,
    id: Type.String(),
    slug: Type.String(),
    tier: ServiceTier,
    // Derived from the tier: Cloud user-facing sev1, community sev2, internal platform sev3.
    defaultSeverity: Severity,
    isArchived: Type.Boolean(),
    updatedAt: Instant,
});
export type TemplateView = Static<typeof TemplateView>;

export const TemplatePreview = Type.Object({
    channelName: Type.String(),
    header: Type.String(),
    purpose: Type.String(),
    firstPost: Type.String(),
});
export type TemplatePreview = Static<typeof TemplatePreview>;

export const DeclareIncidentBody = Type.Object({
    // Chosen by the client once per modal/dialog: replays with the same key return the same incident.
    idempotencyKey: Type.String({minLength: 8, maxLength: 80}),
    teamId: Type.String({minLength: 1}),
    templateId: Type.String({minLength: 1}),
    title: Type.String(),
    severity: Type.String(),
    summary: Type.Optional(Type.String({maxLength: 4000})),
    // Mattermost user id; defaults to the declarer.
    commanderId: Type.Optional(Type.String()),
    // The message it was declared from, if any.
    sourcePostId: Type.Optional(Type.String()),
}, {additionalProperties: false});
export type DeclareIncidentBody = Static<typeof DeclareIncidentBody>;

// A Mattermost user as the toolkit stores it: the id acts, the username is shown (kept as of assignment).
export const Person = Type.Object({id: Type.String(), username: Type.String()});
export type Person = Static<typeof Person>;

export const IncidentRole = Type.Union([Type.Literal('commander'), Type.Literal('communications'), Type.Literal('scribe')]);
export type IncidentRole = Static<typeof IncidentRole>;

// A library runbook a checklist step links, as of the declaration: its title, and where to open it (its own link,
// or the companion's `…/api/v1/runbooks/{id}/content`).
export const ChecklistRunbook = Type.Object({id: Type.String(), title: Type.String(), url: Type.String()});
export type ChecklistRunbook = Static<typeof ChecklistRunbook>;

export const ChecklistItem = Type.Object({
    title: Type.String(),
    runbookUrl: Nullable(Type.String()),
    // Always present in answers (null when the step links no library runbook); older stored incidents lack it.
    runbook: Type.Optional(Nullable(ChecklistRunbook)),
    doneAt: Nullable(Instant),
    doneBy: Nullable(Type.String()),
});
export type ChecklistItem = Static<typeof ChecklistItem>;

export const TimelineEvent = Type.Object({
    id: Type.String(),
    at: Instant,
    actorId: Nullable(Type.String()),
    kind: Type.String(),
    // One line a human reads in the timeline ("Status changed to monitoring").
    text: Type.String(),
    postId: Nullable(Type.String()),
});
export type TimelineEvent = Static<typeof TimelineEvent>;

export const IncidentView = Type.Object({
    id: Type.String(),
    number: Type.Integer(),
    title: Type.String(),
    summary: Type.String(),
    severity: Severity,
    status: IncidentStatus,
    templateId: Type.String(),
    isDrill: Type.Boolean(),
    isPrivate: Type.Boolean(),
    teamId: Type.String(),
    channelId: Nullable(Type.String()),
    channelName: Type.String(),
    roles: Type.Object({commander: Person, communications: Nullable(Person), scribe: Nullable(Person)}),
    declaredBy: Person,
    declaredAt: Instant,
    resolvedAt: Nullable(Instant),
    resolutionSummary: Nullable(Type.String()),
    nextUpdateDueAt: Nullable(Instant),
    checklist: Type.Array(ChecklistItem),
    sourcePostId: Nullable(Type.String()),
    // Declaration steps still to be done in Mattermost (retried by a job); empty once the channel is ready.
    pendingSteps: Type.Array(Type.String()),
});
export type IncidentView = Static<typeof IncidentView>;

export const IncidentWithTimeline = Type.Object({incident: IncidentView, timeline: Type.Array(TimelineEvent)});
export type IncidentWithTimeline = Static<typeof IncidentWithTimeline>;

export const StatusBody = Type.Object({status: Type.String()}, {additionalProperties: false});
export const SeverityBody = Type.Object({severity: Type.String()}, {additionalProperties: false});
export const RoleBody = Type.Object({role: IncidentRole, userId: Type.String({minLength: 1})}, {additionalProperties: false});
export const StatusUpdateBody = Type.Object({text: Type.String({minLength: 1, maxLength: 4000})}, {additionalProperties: false});
export const ResolveBody = Type.Object({summary: Type.String({minLength: 1, maxLength: 4000})}, {additionalProperties: false});
export const ChecklistTickBody = Type.Object({done: Type.Boolean()}, {additionalProperties: false});
export const TimelinePostBody = Type.Object({postId: Type.String({minLength: 1})}, {additionalProperties: false});

// 400 for a declaration or template: `fields` maps each bad field to its message (the modal shows them inline).
export const FieldProblem = Type.Object({code: Type.String(), message: Type.String(), fields: Type.Record(Type.String(), Type.String())});
export type FieldProblem = Static<typeof FieldProblem>;
