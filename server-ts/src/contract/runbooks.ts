import {Type, type Static} from 'typebox';

// The runbook library over HTTP (under /sre-toolkit/api/v1/runbooks). The webapp imports these types (type-only).
// Bodies are loose (plain strings): the domain checks every field and answers 400
// {code: 'invalid_runbook', message, fields: {<field>: message}} naming each bad one.

const Instant = Type.String({format: 'date-time'});
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const RunbookTier = Type.Union([Type.Literal('cloud'), Type.Literal('community'), Type.Literal('internal')]);
export type RunbookTier = Static<typeof RunbookTier>;

// POST /runbooks and PUT /runbooks/{id}: exactly one of `body` (Markdown) and `url` (http/https); the other
// left out, null or empty. `owner` is a Mattermost username (with or without @), or null for nobody.
export const RunbookBody = Type.Object({
    title: Type.String(),
    service: Type.Optional(Type.String()),
    tier: Type.String(),
    body: Type.Optional(Nullable(Type.String())),
    url: Type.Optional(Nullable(Type.String())),
    owner: Type.Optional(Nullable(Type.String())),
}, {additionalProperties: false});
export type RunbookBody = Static<typeof RunbookBody>;

export const RunbookView = Type.Object({
    id: Type.String(),
    title: Type.String(),
    service: Type.String(),
    tier: RunbookTier,
    // '' for a link runbook.
    body: Type.String(),
    url: Nullable(Type.String()),
    owner: Nullable(Type.String()),
    // null: never reviewed, so staleness counts from createdAt.
    lastReviewedAt: Nullable(Instant),
    // Not reviewed for 90 days (as of the answer).
    isStale: Type.Boolean(),
    isArchived: Type.Boolean(),
    createdAt: Instant,
    updatedAt: Instant,
}, {additionalProperties: false});
export type RunbookView = Static<typeof RunbookView>;

// GET /runbooks?q=<words>: every word must appear in the title, service or body; title matches first.
export const RunbooksQuery = Type.Object({q: Type.Optional(Type.String({maxLength: 200}))}, {additionalProperties: false});
export type RunbooksQuery = Static<typeof RunbooksQuery>;

export const RunbookProblem = Type.Object({
    // 'invalid_runbook' when the domain refuses a value.
    code: Type.String(),
    message: Type.String(),
    fields: Type.Record(Type.String(), Type.String()),
}, {additionalProperties: false});
export type RunbookProblem = Static<typeof RunbookProblem>;
