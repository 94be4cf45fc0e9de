import {defineMessages, type IntlShape, type MessageDescriptor} from 'react-intl';

import type {Kpis} from '../../../../server-ts/src/contract/kpis';

import {formatDuration} from './kpi_format';

export type KpiUnit = 'count' | 'duration' | 'ratio';
// Which way is good news; null for volumes that are neither (requests received).
export type Better = 'up' | 'down' | null;
// The rows behind a figure, in the week's details.
export type DetailKind = 'incidents' | 'requests' | 'pages';

export type KpiMetric = {
    id: string;
    label: MessageDescriptor;
    unit: KpiUnit;
    better: Better;
    details: DetailKind | null;
    pick: (k: Kpis) => number | null;
};

const labels = defineMessages({
    incidents: {id: 'kpis.metric.incidents', defaultMessage: 'Incidents'},
    mtta: {id: 'kpis.metric.mtta', defaultMessage: 'MTTA'},
    mttr: {id: 'kpis.metric.mttr', defaultMessage: 'MTTR'},
    mitigate: {id: 'kpis.metric.mitigate', defaultMessage: 'Time to mitigate'},
    retroOnTime: {id: 'kpis.metric.retroOnTime', defaultMessage: 'Retros on time'},
    pages: {id: 'kpis.metric.pages', defaultMessage: 'Pages'},
    offHours: {id: 'kpis.metric.offHours', defaultMessage: 'Off-hours pages'},
    received: {id: 'kpis.metric.received', defaultMessage: 'Requests received'},
    triageP50: {id: 'kpis.metric.triageP50', defaultMessage: 'Time to triage (p50)'},
    slaBreaches: {id: 'kpis.metric.slaBreaches', defaultMessage: 'SLA breaches'},
    followUpsOverdue: {id: 'kpis.metric.followUpsOverdue', defaultMessage: 'Follow-ups overdue'},
    followUpsDone: {id: 'kpis.metric.followUpsDone', defaultMessage: 'Follow-ups completed'},
    noData: {id: 'kpis.noData', defaultMessage: 'no data'},
});

const metric = (id: keyof typeof labels, unit: KpiUnit, better: Better, details: DetailKind | null, pick: KpiMetric['pick']): KpiMetric =>
    ({id, label: labels[id], unit, better, details, pick});

export const METRICS = {
    incidents: metric('incidents', 'count', 'down', 'incidents', (k) => k.incidents.count),
    mtta: metric('mtta', 'duration', 'down', 'incidents', (k) => k.incidents.mttaSeconds),
    mttr: metric('mttr', 'duration', 'down', 'incidents', (k) => k.incidents.mttrSeconds),
    mitigate: metric('mitigate', 'duration', 'down', 'incidents', (k) => k.incidents.timeToMitigateSeconds),
    retroOnTime: metric('retroOnTime', 'ratio', 'up', 'incidents', (k) => k.incidents.retroOnTimeRatio),
    pages: metric('pages', 'count', 'down', 'pages', (k) => k.oncall.pages),
    offHours: metric('offHours', 'count', 'down', 'pages', (k) => k.oncall.offHoursPages),
    received: metric('received', 'count', null, 'requests', (k) => k.triage.received),
    triageP50: metric('triageP50', 'duration', 'down', 'requests', (k) => k.triage.timeToTriageP50Seconds),
    slaBreaches: metric('slaBreaches', 'count', 'down', 'requests', (k) => k.triage.slaBreaches),
    followUpsOverdue: metric('followUpsOverdue', 'count', 'down', null, (k) => k.followUps.overdue),
    followUpsDone: metric('followUpsDone', 'ratio', 'up', null, (k) => k.followUps.completionRatio),
} satisfies Record<string, KpiMetric>;

/** The sidebar's short list; the review page shows every metric. */
export const SIDEBAR_METRICS: KpiMetric[] = [METRICS.incidents, METRICS.mtta, METRICS.mttr, METRICS.pages, METRICS.triageP50,
    METRICS.slaBreaches, METRICS.followUpsOverdue];
export const REVIEW_METRICS: KpiMetric[] = Object.values(METRICS);

/** A figure for people: counts in the locale's digits, durations in units, ratios as a percentage, "no data" for null. */
export function formatKpi(intl: IntlShape, unit: KpiUnit, value: number | null): string {
    if (value === null) {
        return intl.formatMessage(labels.noData);
    }
    if (unit === 'duration') {
        return formatDuration(value);
    }
    return unit === 'ratio' ? intl.formatNumber(value, {style: 'percent', maximumFractionDigits: 0}) : intl.formatNumber(value);
}
