import {Type, type Static} from 'typebox';

// On-call schedules over HTTP (under /sre-toolkit/api/v1/schedules): a public API that other tools script
// against, so the JSON shape is fixed by issue 7. Bodies are loose (plain strings and numbers) where the domain
// validates: it answers 400 {code: 'invalid_schedule', message, fields: {<JSON path>: message}}, the paths
// written like "layers[0].rotation.every" or "overrides[2].end".
//
// Times: "2026-03-16T09:00" (no offset) is wall-clock time in the schedule's timeZone; "…Z" or "…+02:00" is an
// instant. A wall time that does not exist (spring-forward gap) moves forward by the gap's length (02:30 → 03:30)
// and an ambiguous one (fall-back) takes the earlier instant: Temporal's 'compatible' rule.

const Instant = Type.String({format: 'date-time'});
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const RotationUnit = Type.Union([Type.Literal('hour'), Type.Literal('day'), Type.Literal('week')]);
export type RotationUnit = Static<typeof RotationUnit>;

export const Weekday = Type.Union([
    Type.Literal('mon'), Type.Literal('tue'), Type.Literal('wed'), Type.Literal('thu'), Type.Literal('fri'),
    Type.Literal('sat'), Type.Literal('sun'),
]);
export type Weekday = Static<typeof Weekday>;

// ---- request body (loose: the domain names each bad field)

export const RestrictionBody = Type.Object({
    days: Type.Array(Type.String()),
    from: Type.String(),
    to: Type.String(),
}, {additionalProperties: false});

export const LayerBody = Type.Object({
    name: Type.String(),
    users: Type.Array(Type.String()),
    rotation: Type.Object({every: Type.Number(), unit: Type.String()}, {additionalProperties: false}),
    start: Type.String(),
    restrictions: Type.Optional(Type.Array(RestrictionBody)),
}, {additionalProperties: false});

export const OverrideBody = Type.Object({user: Type.String(), start: Type.String(), end: Type.String()}, {additionalProperties: false});

// POST /schedules and PUT /schedules/{id}. `overrides` may be left out when there are none.
export const ScheduleBody = Type.Object({
    name: Type.String(),
    timeZone: Type.String(),
    layers: Type.Array(LayerBody),
    overrides: Type.Optional(Type.Array(OverrideBody)),
}, {additionalProperties: false});
export type ScheduleBody = Static<typeof ScheduleBody>;

// ---- the validated schedule, as stored and returned

// A local window on each listed day, in the schedule's zone. `to` ≤ `from` runs past midnight into the next
// day ("17:00"–"09:00"); `to` = `from` is a whole 24 hours; `to` may be "24:00".
export const Restriction = Type.Object({days: Type.Array(Weekday), from: Type.String(), to: Type.String()}, {additionalProperties: false});
export type Restriction = Static<typeof Restriction>;

export const Layer = Type.Object({
    name: Type.String(),
    // Mattermost usernames (no @), in hand-off order; the same name may appear more than once.
    users: Type.Array(Type.String()),
    rotation: Type.Object({every: Type.Integer({minimum: 1}), unit: RotationUnit}, {additionalProperties: false}),
    start: Type.String(),
    // Empty: the layer is never masked.
    restrictions: Type.Array(Restriction),
}, {additionalProperties: false});
export type Layer = Static<typeof Layer>;

export const Override = Type.Object({user: Type.String(), start: Type.String(), end: Type.String()}, {additionalProperties: false});
export type Override = Static<typeof Override>;

const SCHEDULE_FIELDS = {
    name: Type.String(),
    timeZone: Type.String(),
    // Lowest first: a later layer wins wherever it has someone; overrides win over every layer.
    layers: Type.Array(Layer),
    // Never overlapping each other (the domain refuses overlaps), sorted by start.
    overrides: Type.Array(Override),
};
export const Schedule = Type.Object(SCHEDULE_FIELDS, {additionalProperties: false});
export type Schedule = Static<typeof Schedule>;

export const ScheduleView = Type.Object({id: Type.String(), ...SCHEDULE_FIELDS}, {additionalProperties: false});
export type ScheduleView = Static<typeof ScheduleView>;

// ---- who is on call, and the final schedule

export const ShiftSource = Type.Union([Type.Literal('layer'), Type.Literal('override')]);
export type ShiftSource = Static<typeof ShiftSource>;

// GET /schedules/{id}/oncall?at=<ISO instant> (at defaults to now). A gap (nobody on call) has users [],
// source null and layer null: the sidebar and the hand-off job flag it loudly. since/until bound the current
// segment of the final schedule (the gap itself for a gap); null when it reaches back to before every layer's
// start, or never ends.
export const OncallNow = Type.Object({
    at: Instant,
    users: Type.Array(Type.String()),
    source: Nullable(ShiftSource),
    layer: Nullable(Type.String()),
    since: Nullable(Instant),
    until: Nullable(Instant),
}, {additionalProperties: false});
export type OncallNow = Static<typeof OncallNow>;

// GET /schedules/{id}/shifts?from=&to=: the final schedule over [from, to), sorted, one person's contiguous time
// from one source merged; gaps are simply absent. `layer` is null for an override.
export const Shift = Type.Object({
    user: Type.String(),
    start: Instant,
    end: Instant,
    source: ShiftSource,
    layer: Nullable(Type.String()),
}, {additionalProperties: false});
export type Shift = Static<typeof Shift>;

// Loose: the domain checks them and names the bad one.
export const OncallQuery = Type.Object({at: Type.Optional(Type.String())}, {additionalProperties: false});
export type OncallQuery = Static<typeof OncallQuery>;
export const ShiftsQuery = Type.Object({from: Type.String(), to: Type.String()}, {additionalProperties: false});
export type ShiftsQuery = Static<typeof ShiftsQuery>;

export const ScheduleProblem = Type.Object({
    // 'invalid_schedule' when the domain refuses a value; 'invalid_request' when the JSON's shape is wrong.
    code: Type.String(),
    message: Type.String(),
    fields: Type.Record(Type.String(), Type.String()),
}, {additionalProperties: false});
export type ScheduleProblem = Static<typeof ScheduleProblem>;
