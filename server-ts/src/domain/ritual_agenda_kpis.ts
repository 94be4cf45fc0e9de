import type {Kpis} from '../contract/kpis.js';
import {coarseDurationText} from './ritual_agenda_text.js';

// The Cloud & Growth Sync's figures: the last seven days beside the seven before (both from the KPI service).
export type KpiWeeks = {thisWeek: Kpis; lastWeek: Kpis};

type Row = {label: string; value: (k: Kpis) => number | null; isDuration: boolean};

const ROWS: readonly Row[] = [
    {label: 'Incidents', value: (k) => k.incidents.count, isDuration: false},
    {label: 'MTTA', value: (k) => k.incidents.mttaSeconds, isDuration: true},
    {label: 'MTTR', value: (k) => k.incidents.mttrSeconds, isDuration: true},
    {label: 'Pages', value: (k) => k.oncall.pages, isDuration: false},
    {label: 'Off-hours pages', value: (k) => k.oncall.offHoursPages, isDuration: false},
    {label: 'Time to triage (p50)', value: (k) => k.triage.timeToTriageP50Seconds, isDuration: true},
    {label: 'Triage SLA breaches', value: (k) => k.triage.slaBreaches, isDuration: false},
];

const cell = (value: number | null, isDuration: boolean) => (value === null ? '—' : isDuration ? coarseDurationText(value) : String(value));

// Up or down by how much; nothing when either week had nothing to measure. Whether up is good depends on the row.
function change(now: number | null, before: number | null, isDuration: boolean): string {
    if (now === null || before === null) {
        return '';
    }
    if (now === before) {
        return '=';
    }
    return `${now > before ? '↑' : '↓'} ${cell(Math.abs(now - before), isDuration)}`;
}

export function kpiSections({thisWeek, lastWeek}: KpiWeeks): string[] {
    return [
        '##### KPIs: the last 7 days against the 7 days before (drills left out)',
        '| | Last 7 days | 7 days before | Change |',
        '|:--|--:|--:|:--|',
        ...ROWS.map((r) => {
            const [now, before] = [r.value(thisWeek), r.value(lastWeek)];
            return `| ${r.label} | ${cell(now, r.isDuration)} | ${cell(before, r.isDuration)} | ${change(now, before, r.isDuration)} |`;
        }),
    ];
}
