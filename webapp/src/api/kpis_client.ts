import type {KpiDetails, Kpis, WeeklyKpis} from '../../../server-ts/src/contract/kpis';

import {expectShape, requestJson, type ClientOptions} from './http';
import {isKpiDetails, isKpis, isWeeklyKpis} from './kpi_shapes';
import type {ApiError, Result} from './result';

type Reply<T> = Promise<Result<T, ApiError>>;

/** A half-open range of instants, [from, to), as ISO strings. */
type Range = {from: string; to: string};
// `to` (an instant) ends the last week; the companion takes now when it is left out.
type Weeks = {weeks: number; to?: string};

export type KpisClient = {
    getKpis: (range: Range) => Reply<Kpis>;
    getWeeklyKpis: (weeks: Weeks) => Reply<WeeklyKpis>;
    getKpiDetails: (range: Range) => Reply<KpiDetails>;
    // Downloads are plain links: a GET sends the session cookie and needs no CSRF header.
    weeklyCsvUrl: (weeks: Weeks) => string;
    weeklyJsonUrl: (weeks: Weeks) => string;
};

const API = '/api/v1/kpis';
const enc = encodeURIComponent;
const rangeQuery = ({from, to}: Range) => `from=${enc(from)}&to=${enc(to)}`;
const weeksQuery = ({weeks, to}: Weeks) => `weeks=${weeks}${to === undefined ? '' : `&to=${enc(to)}`}`;

export function createKpisClient(options: ClientOptions): KpisClient {
    const get = (path: string) => requestJson(options, 'GET', `${API}${path}`);
    return {
        getKpis: async (range) => expectShape(await get(`?${rangeQuery(range)}`), isKpis, 'KPIs'),
        getWeeklyKpis: async (weeks) => expectShape(await get(`/weekly?${weeksQuery(weeks)}`), isWeeklyKpis, 'weekly KPIs'),
        getKpiDetails: async (range) => expectShape(await get(`/details?${rangeQuery(range)}`), isKpiDetails, 'KPI details'),
        weeklyCsvUrl: (weeks) => `${options.baseUrl}${API}/weekly.csv?${weeksQuery(weeks)}`,
        weeklyJsonUrl: (weeks) => `${options.baseUrl}${API}/weekly?${weeksQuery(weeks)}`,
    };
}
