import {DateTime} from 'luxon';
import type {Kpis, WeeklyKpis} from '../contract/kpis.js';

export type CsvValue = string | number | null;

// RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled; null is an empty field.
export function csvField(value: CsvValue): string {
    const text = value === null ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

// CRLF after every record, the last one too, as RFC 4180 writes it (spreadsheets read both).
export const toCsv = (records: readonly (readonly CsvValue[])[]): string =>
    records.map((r) => `${r.map(csvField).join(',')}\r\n`).join('');

// The columns, in order, with names that stay put: spreadsheets and scripts read them by name.
const KPI_COLUMNS: readonly (readonly [string, (k: Kpis) => CsvValue])[] = [
    ['incidents', (k) => k.incidents.count],
    ['sev1', (k) => k.incidents.bySeverity.sev1],
    ['sev2', (k) => k.incidents.bySeverity.sev2],
    ['sev3', (k) => k.incidents.bySeverity.sev3],
    ['sev4', (k) => k.incidents.bySeverity.sev4],
    ['tier_cloud', (k) => k.incidents.byTier.cloud],
    ['tier_community', (k) => k.incidents.byTier.community],
    ['tier_internal', (k) => k.incidents.byTier.internal],
    ['tier_none', (k) => k.incidents.byTier.none],
    ['mtta_seconds', (k) => k.incidents.mttaSeconds],
    ['mttr_seconds', (k) => k.incidents.mttrSeconds],
    ['time_to_mitigate_seconds', (k) => k.incidents.timeToMitigateSeconds],
    ['retro_on_time_ratio', (k) => k.incidents.retroOnTimeRatio],
    ['follow_ups_open', (k) => k.followUps.open],
    ['follow_ups_overdue', (k) => k.followUps.overdue],
    ['follow_up_completion_ratio', (k) => k.followUps.completionRatio],
    ['requests_received', (k) => k.triage.received],
    ['time_to_triage_p50_seconds', (k) => k.triage.timeToTriageP50Seconds],
    ['time_to_triage_p90_seconds', (k) => k.triage.timeToTriageP90Seconds],
    ['sla_breaches', (k) => k.triage.slaBreaches],
    ['open_reliability', (k) => k.triage.openByCategory.reliability],
    ['open_availability_cost', (k) => k.triage.openByCategory.availability_cost],
    ['open_automation', (k) => k.triage.openByCategory.automation],
    ['open_security', (k) => k.triage.openByCategory.security],
    ['open_documentation', (k) => k.triage.openByCategory.documentation],
    ['open_ktlo', (k) => k.triage.openByCategory.ktlo],
    ['pages', (k) => k.oncall.pages],
    ['off_hours_pages', (k) => k.oncall.offHoursPages],
    ['pages_per_shift', (k) => k.oncall.pagesPerShift],
    ['on_call_gap_seconds', (k) => k.oncall.gapsSeconds],
];

export const WEEKLY_CSV_HEADER: readonly string[] = ['week_start', 'week_end', ...KPI_COLUMNS.map(([name]) => name)];

// In the team's zone with its offset (Monday 00:00+01:00): the week as the team reads it, still an exact instant.
const local = (iso: string, zone: string) => DateTime.fromISO(iso, {zone}).toISO({suppressMilliseconds: true}) ?? iso;
const localDate = (iso: string, zone: string) => DateTime.fromISO(iso, {zone}).toISODate() ?? iso.slice(0, 10);

export function weeklyCsv({timeZone, weeks}: WeeklyKpis): string {
    return toCsv([WEEKLY_CSV_HEADER, ...weeks.map((w) => [local(w.from, timeZone), local(w.to, timeZone), ...KPI_COLUMNS.map(([, of]) => of(w.kpis))])]);
}

// sre-kpis-2026-01-05-2026-03-30.csv: the first week's Monday and the end, as dates in the team's zone.
export function weeklyCsvFilename({timeZone, weeks}: WeeklyKpis): string {
    const from = weeks[0]?.from;
    const to = weeks.at(-1)?.to;
    return from === undefined || to === undefined ? 'sre-kpis.csv' : `sre-kpis-${localDate(from, timeZone)}-${localDate(to, timeZone)}.csv`;
}
