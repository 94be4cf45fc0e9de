import {Type, type Static} from 'typebox';

// Chaos gamedays over HTTP (under /sre-toolkit/api/v1). The webapp imports these types (type-only). Loose where the
// domain checks: 400 {code: 'invalid_fields', message, fields: {scenario | how: message}} (FieldProblem).

// POST /gamedays → 201 IncidentView (200 when `idempotencyKey` replays an earlier start): a drill incident from the
// first live drill template, the caller commanding it.
export const StartGamedayBody = Type.Object({
    // The team whose incident channel the drill gets (as for a declaration).
    teamId: Type.String({minLength: 1}),
    // What will be broken, 1 to 200 characters; the drill is titled "Gameday: <scenario>".
    scenario: Type.String(),
    // Pages raised from this drill may reach the real on-call without each asking for it (`--real`, `real: true`).
    // Starting a gameday never pages anyone by itself, whatever this says. Default false.
    pageRealOnCall: Type.Optional(Type.Boolean()),
    // Chosen by the client once per form: a replay returns the same drill.
    idempotencyKey: Type.Optional(Type.String({minLength: 8, maxLength: 80})),
}, {additionalProperties: false});
export type StartGamedayBody = Static<typeof StartGamedayBody>;

// POST /incidents/{id}/detected → 200 IncidentView; 409 once detection is recorded, 400 for a real incident or a resolved drill.
export const DetectedBody = Type.Object({
    // How the team noticed the injected fault, 1 to 1000 characters ("the p99 latency alert fired").
    how: Type.String(),
}, {additionalProperties: false});
export type DetectedBody = Static<typeof DetectedBody>;
