import {Type, type Static} from 'typebox';

// GET /sre-toolkit/api/v1/kpis?from=&to= (issue 8). Every figure is defined in the README (section "KPIs"),
// computed by domain/kpi_*.ts over the range [from, to); drills are never counted. The webapp imports these types.

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
    // Retrospectives do not exist yet: always null until they do.
    retroOnTimeRatio: Ratio,
}, {additionalProperties: false});
export type IncidentKpis = Static<typeof IncidentKpis>;

// Follow-ups do not exist yet: zeros and null until they do.
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

// 400: {code: 'invalid_range' (the dates) or 'invalid_request' (the query's shape), message, fields: {from|to: why}}.
export const KpiProblem = Type.Object({
    code: Type.String(),
    message: Type.String(),
    fields: Type.Record(Type.String(), Type.String()),
}, {additionalProperties: false});
export type KpiProblem = Static<typeof KpiProblem>;
