import {describe, expect, it} from 'vitest';
import type {Kpis, WeeklyKpis} from '../contract/kpis.js';
import {csvField, toCsv, weeklyCsv, weeklyCsvFilename, WEEKLY_CSV_HEADER, type CsvValue} from './kpi_csv.js';

describe('CSV fields (RFC 4180)', () => {
    it.each<[CsvValue, string]>([
        ['plain', 'plain'], [42, '42'], [0.33, '0.33'], [-5, '-5'], [null, ''], ['', ''],
        ['a,b', '"a,b"'], ['say "hi"', '"say ""hi"""'], ['two\nlines', '"two\nlines"'], ['cr\r', '"cr\r"'], ['"', '""""'],
    ])('%j → %s', (value, field) => expect(csvField(value)).toBe(field));

    it('ends every record in CRLF', () => {
        expect(toCsv([['a', 'b,c'], [1, null]])).toBe('a,"b,c"\r\n1,\r\n');
        expect(toCsv([])).toBe('');
    });
});

const kpis = (n: number, ratio: number | null): Kpis => ({
    from: '', to: '',
    incidents: {count: n, bySeverity: {sev1: 1, sev2: 2, sev3: 3, sev4: 4}, byTier: {cloud: 5, community: 6, internal: 7, none: 8},
        mttaSeconds: 300, mttrSeconds: null, timeToMitigateSeconds: 4800, retroOnTimeRatio: ratio},
    followUps: {open: 9, overdue: 10, completionRatio: 0.5},
    triage: {received: 11, timeToTriageP50Seconds: 21_600, timeToTriageP90Seconds: null, slaBreaches: 12,
        openByCategory: {reliability: 13, availability_cost: 14, automation: 15, security: 16, documentation: 17, ktlo: 18}},
    oncall: {pages: 19, offHoursPages: 20, pagesPerShift: 0.71, gapsSeconds: 302_400},
});
// Berlin, two weeks across the change to summer time, the second partial.
const WEEKLY: WeeklyKpis = {timeZone: 'Europe/Berlin', weeks: [
    {from: '2026-03-22T23:00:00.000Z', to: '2026-03-29T22:00:00.000Z', kpis: kpis(3, 0.67)},
    {from: '2026-03-29T22:00:00.000Z', to: '2026-03-31T10:00:00.000Z', kpis: kpis(0, null)},
]};

describe('weeklyCsv', () => {
    it('has the stable header, then one row per week with the week in the team\'s zone and nulls empty', () => {
        const [header, first, second, end] = weeklyCsv(WEEKLY).split('\r\n');
        expect(header).toBe('week_start,week_end,incidents,sev1,sev2,sev3,sev4,tier_cloud,tier_community,tier_internal,tier_none,' +
            'mtta_seconds,mttr_seconds,time_to_mitigate_seconds,retro_on_time_ratio,follow_ups_open,follow_ups_overdue,follow_up_completion_ratio,' +
            'requests_received,time_to_triage_p50_seconds,time_to_triage_p90_seconds,sla_breaches,open_reliability,open_availability_cost,' +
            'open_automation,open_security,open_documentation,open_ktlo,pages,off_hours_pages,pages_per_shift,on_call_gap_seconds');
        expect(first).toBe('2026-03-23T00:00:00+01:00,2026-03-30T00:00:00+02:00,3,1,2,3,4,5,6,7,8,300,,4800,0.67,9,10,0.5,11,21600,,12,' +
            '13,14,15,16,17,18,19,20,0.71,302400');
        expect(second?.startsWith('2026-03-30T00:00:00+02:00,2026-03-31T12:00:00+02:00,0,')).toBe(true);
        expect(second?.split(',')).toHaveLength(WEEKLY_CSV_HEADER.length);
        expect(end).toBe('');
    });

    it('is named after the first Monday and the end, as dates in the team\'s zone', () => {
        expect(weeklyCsvFilename(WEEKLY)).toBe('sre-kpis-2026-03-23-2026-03-31.csv');
    });
});
