import {Type, type Static} from 'typebox';

// The team's standing meetings over HTTP (under /sre-toolkit/api/v1/rituals). The webapp imports these types
// (type-only). Bodies are loose where the domain validates: it answers 400 {code: 'invalid_ritual', message,
// fields: {<field>: message}} naming each bad field; writes are for SREs only (403).

const Instant = Type.String({format: 'date-time'});
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const RitualAgenda = Type.Union([
    Type.Literal('incident-review'), Type.Literal('triage'), Type.Literal('kpis'), Type.Literal('gameday'), Type.Literal('none'),
]);
export type RitualAgenda = Static<typeof RitualAgenda>;

// ISO weekday 1 (Monday) … 7 (Sunday); time HH:mm in the ritual's zone; nth 1–4 from the month's start, -1 the last.
const IsoWeekday = Type.Integer({minimum: 1, maximum: 7});
export const RitualCadence = Type.Union([
    Type.Object({kind: Type.Literal('weekly'), weekday: IsoWeekday, time: Type.String()}, {additionalProperties: false}),
    Type.Object({kind: Type.Literal('monthly'), nth: Type.Union([Type.Literal(1), Type.Literal(2), Type.Literal(3), Type.Literal(4), Type.Literal(-1)]),
        weekday: IsoWeekday, time: Type.String()}, {additionalProperties: false}),
]);
export type RitualCadence = Static<typeof RitualCadence>;

// POST /rituals and PUT /rituals/{id} (a PUT replaces every field; left-out optional ones take their defaults,
// except isActive, which a PUT without it leaves as it was). leadMinutes: how long before the start the agenda
// is posted (0–1440, default 15); attendees: up to 20 roles or names; agenda: which one is built (default none).
export const RitualBody = Type.Object({
    name: Type.String(),
    timeZone: Type.String(),
    cadence: Type.Unknown(),
    channelName: Type.String(),
    leadMinutes: Type.Optional(Type.Number()),
    attendees: Type.Optional(Type.Array(Type.String())),
    agenda: Type.Optional(Type.String()),
    notes: Type.Optional(Type.String()),
    isActive: Type.Optional(Type.Boolean()),
}, {additionalProperties: false});
export type RitualBody = Static<typeof RitualBody>;

// The latest occurrence whose agenda was claimed; postId null while it is being posted (or after a failed post).
export const RitualRun = Type.Object({
    occurrenceAt: Instant,
    postedAt: Instant,
    late: Type.Boolean(),
    postId: Nullable(Type.String()),
}, {additionalProperties: false});
export type RitualRun = Static<typeof RitualRun>;

export const RitualView = Type.Object({
    id: Type.String(),
    slug: Type.String(),
    name: Type.String(),
    timeZone: Type.String(),
    cadence: RitualCadence,
    channelName: Type.String(),
    leadMinutes: Type.Integer(),
    attendees: Type.Array(Type.String()),
    agenda: RitualAgenda,
    notes: Type.String(),
    isActive: Type.Boolean(),
    // The next three starts (none for an inactive ritual).
    nextOccurrences: Type.Array(Instant),
    lastRun: Nullable(RitualRun),
}, {additionalProperties: false});
export type RitualView = Static<typeof RitualView>;

// GET /rituals: every ritual, active ones first, and the iCal feed of the active ones (the URL is the secret).
export const RitualList = Type.Object({
    rituals: Type.Array(RitualView),
    calendarUrl: Type.String(),
}, {additionalProperties: false});
export type RitualList = Static<typeof RitualList>;

// GET /rituals/{id}/agenda: what the next agenda would say if it were posted now.
export const RitualAgendaPreview = Type.Object({occurrenceAt: Instant, markdown: Type.String()}, {additionalProperties: false});
export type RitualAgendaPreview = Static<typeof RitualAgendaPreview>;

export const RitualProblem = Type.Object({
    // 'invalid_ritual' when the domain refuses a value.
    code: Type.String(),
    message: Type.String(),
    fields: Type.Record(Type.String(), Type.String()),
}, {additionalProperties: false});
export type RitualProblem = Static<typeof RitualProblem>;
