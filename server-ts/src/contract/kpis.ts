import {Type, type Static} from 'typebox';

// GET /sre-toolkit/api/v1/kpis?from=&to=, /kpis/weekly?weeks=&to=, /kpis/weekly.csv?weeks=&to=, /kpis/details?from=&to=
// (issue 8). Every figure is defined in the README (section "KPIs"), computed by domain/kpi_*.ts over the range
// [from, to); drills (and their pages and follow-ups) are never counted. The webapp imports these types.

const Instant = Type.String({format: 'date-time'});
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Count = Type.Integer();
// Whole seconds; null when nothing in the range could be measured.
const Seconds = Nullable(Type.Integer());
const Ratio = Nullable(Type.Number());

export const KpiQuery = Type.Object({from: Type.String(), to: Type.String()}, {additionalProperties: false});
export type KpiQuery = Static<typeof KpiQuery>;

// Every key is always present (zero when nothing), so charts get the same series week after week.
export const IncidentKpis = Type.Object({
    count: Count,
    bySeverity: Type.Object({sev1: Count, sev2: Count, sev3: Count, sev4: Count}),
    // The tier of the incident's template; `none` for an incident declared without one.
    byTier: Type.Object({cloud: Count, community: Count, internal: Count, none: Count}),
    mttaSeconds: Seconds,
    mttrSeconds: Seconds,
    timeToMitigateSeconds: Seconds,
    // Over the incidents resolved in the range (not declared): null when none of their deadlines has passed yet.
    retroOnTimeRatio: Ratio,
}, {additionalProperties: false});
export type IncidentKpis = Static<typeof IncidentKpis>;

// A retrospective's follow-ups (triage requests linked to the incident, with a due time).
export const FollowUpKpis = Type.Object({open: Count, overdue: Count, completionRatio: Ratio}, {additionalProperties: false});
export type FollowUpKpis = Static<typeof FollowUpKpis>;

export const TriageKpis = Type.Object({
    received: Count,
    timeToTriageP50Seconds: Seconds,
    timeToTriageP90Seconds: Seconds,
    slaBreaches: Count,
    openByCategory: Type.Object({
        reliability: Count, availability_cost: Count, automation: Count, security: Count, documentation: Count, ktlo: Count,
    }),
}, {additionalProperties: false});
export type TriageKpis = Static<typeof TriageKpis>;

export const OncallKpis = Type.Object({
    pages: Count,
    offHoursPages: Count,
    pagesPerShift: Ratio,
    gapsSeconds: Count,
}, {additionalProperties: false});
export type OncallKpis = Static<typeof OncallKpis>;

export const Kpis = Type.Object({
    from: Instant,
    to: Instant,
    incidents: IncidentKpis,
    followUps: FollowUpKpis,
    triage: TriageKpis,
    oncall: OncallKpis,
}, {additionalProperties: false});
export type Kpis = Static<typeof Kpis>;

// weeks: 1 to 52; to: an ISO instant, now when left out.
export const WeeklyKpiQuery = Type.Object({weeks: Type.String(), to: Type.Optional(Type.String())}, {additionalProperties: false});
export type WeeklyKpiQuery = Static<typeof WeeklyKpiQuery>;

// Weeks from Monday 00:00 in the team's zone, oldest first; the last one ends at `to` (a partial week).
export const WeeklyKpis = Type.Object({
    timeZone: Type.String(),
    weeks: Type.Array(Type.Object({from: Instant, to: Instant, kpis: Kpis}, {additionalProperties: false})),
}, {additionalProperties: false});
export type WeeklyKpis = Static<typeof WeeklyKpis>;

// The incidents, requests and pages behind one range's figures, oldest first, at most 500 of each (`truncated`
// says a list was cut: ask for a shorter range). A private incident the caller cannot see keeps its numbers but
// comes without title and channel ('' and null).
export const KpiIncidentDetail = Type.Object({
    id: Type.String(),
    number: Type.Integer(),
    title: Type.String(),
    severity: Type.String(),
    // As byTier counts it: cloud, community, internal, or none.
    tier: Type.String(),
    teamId: Type.String(),
    channelId: Nullable(Type.String()),
    channelName: Type.String(),
    declaredAt: Instant,
    resolvedAt: Nullable(Instant),
    mttaSeconds: Seconds,
    mttrSeconds: Seconds,
    timeToMitigateSeconds: Seconds,
    retroStatus: Type.Union([Type.Literal('draft'), Type.Literal('published'), Type.Literal('missing')]),
}, {additionalProperties: false});
export type KpiIncidentDetail = Static<typeof KpiIncidentDetail>;

export const KpiRequestDetail = Type.Object({
    id: Type.String(),
    number: Type.Integer(),
    title: Type.String(),
    category: Type.String(),
    status: Type.String(),
    receivedAt: Instant,
    // The first decision (accept, decline or duplicate), as time to triage measures it.
    triagedAt: Nullable(Instant),
    slaBreached: Type.Boolean(),
}, {additionalProperties: false});
export type KpiRequestDetail = Static<typeof KpiRequestDetail>;

export const KpiPageDetail = Type.Object({
    id: Type.String(),
    number: Type.Integer(),
    at: Instant,
    // Everyone the page reached, first reached first (off hours is read on the first one's clock).
    usernames: Type.Array(Type.String()),
    offHours: Type.Boolean(),
    acknowledgedAt: Nullable(Instant),
}, {additionalProperties: false});
export type KpiPageDetail = Static<typeof KpiPageDetail>;

export const KpiDetails = Type.Object({
    from: Instant,
    to: Instant,
    incidents: Type.Array(KpiIncidentDetail),
    requests: Type.Array(KpiRequestDetail),
    pages: Type.Array(KpiPageDetail),
    truncated: Type.Object({incidents: Type.Boolean(), requests: Type.Boolean(), pages: Type.Boolean()}, {additionalProperties: false}),
}, {additionalProperties: false});
export type KpiDetails = Static<typeof KpiDetails>;

// 400: {code: 'invalid_range' (the dates, the weeks) or 'invalid_request' (the query's shape), message,
// fields: {from|to|weeks: why}}.
export const KpiProblem = Type.Object({
    code: Type.String(),
    message: Type.String(),
    fields: Type.Record(Type.String(), Type.String()),
}, {additionalProperties: false});
export type KpiProblem = Static<typeof KpiProblem>;
