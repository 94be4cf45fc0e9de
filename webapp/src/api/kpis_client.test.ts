import {kpis, someDetails, weekly} from '../test_support/kpis';
import {reply, routedFetch} from '../test_support/routed_fetch';

import {createKpisClient} from './kpis_client';

const RANGE = {from: '2024-12-29T23:00:00.000Z', to: '2025-01-05T23:00:00.000Z'};
const QUERY = 'from=2024-12-29T23%3A00%3A00.000Z&to=2025-01-05T23%3A00%3A00.000Z';
const BASE = 'https://mm.test/sre-toolkit';

function client(routes: Parameters<typeof routedFetch>[0]) {
    const {fetchFn, calls} = routedFetch(routes);
    return {kpisClient: createKpisClient({baseUrl: BASE, fetchFn, cookies: () => 'MMCSRF=tok'}), calls};
}

it('asks for a range, for weeks and for the details behind a range', async () => {
    const WEEKLY = weekly([{incidents: 2}, {incidents: 1, mtta: 250}]);
    const DETAILS = someDetails();
    const {kpisClient, calls} = client({
        [`GET /kpis?${QUERY}`]: [reply(200, kpis(RANGE.from, RANGE.to, {incidents: 3}))],
        'GET /kpis/weekly?weeks=2': [reply(200, WEEKLY)],
        'GET /kpis/weekly?weeks=12&to=2025-01-06T08%3A00%3A00Z': [reply(200, WEEKLY)],
        [`GET /kpis/details?${QUERY}`]: [reply(200, DETAILS)],
    });
    expect(await kpisClient.getKpis(RANGE)).toMatchObject({ok: true, value: {incidents: {count: 3}}});
    expect(await kpisClient.getWeeklyKpis({weeks: 2})).toEqual({ok: true, value: WEEKLY});
    expect(await kpisClient.getWeeklyKpis({weeks: 12, to: '2025-01-06T08:00:00Z'})).toEqual({ok: true, value: WEEKLY});
    expect(await kpisClient.getKpiDetails(RANGE)).toEqual({ok: true, value: DETAILS});
    expect(calls.map((c) => c.method)).toEqual(['GET', 'GET', 'GET', 'GET']);
    expect(calls[0]?.headers).toMatchObject({'X-Requested-With': 'XMLHttpRequest'});
});

it('refuses replies in another shape and hands back a 400', async () => {
    const {kpisClient} = client({
        [`GET /kpis?${QUERY}`]: [reply(400, {code: 'invalid_range', message: 'to: to must be after from', fields: {to: 'to must be after from'}})],
        'GET /kpis/weekly?weeks=4': [reply(200, {timeZone: 'UTC', weeks: [{from: 'x', to: 'y', kpis: {incidents: {}}}]})],
        [`GET /kpis/details?${QUERY}`]: [reply(200, {incidents: [{id: 'i1'}], requests: [], pages: [], truncated: {}})],
    });
    expect(await kpisClient.getKpis(RANGE)).toEqual({ok: false, error: {kind: 'invalid', message: 'to: to must be after from', fields: {to: 'to must be after from'}}});
    expect(await kpisClient.getWeeklyKpis({weeks: 4})).toEqual({ok: false, error: {kind: 'server', message: 'The companion sent weekly KPIs in an unknown shape.'}});
    expect(await kpisClient.getKpiDetails(RANGE)).toEqual({ok: false, error: {kind: 'server', message: 'The companion sent KPI details in an unknown shape.'}});
});

it('builds the download links the browser follows with its session cookie', () => {
    const {kpisClient, calls} = client({});
    expect(kpisClient.weeklyCsvUrl({weeks: 12})).toBe(`${BASE}/api/v1/kpis/weekly.csv?weeks=12`);
    expect(kpisClient.weeklyJsonUrl({weeks: 12, to: '2025-01-06T00:00:00+01:00'})).toBe(`${BASE}/api/v1/kpis/weekly?weeks=12&to=2025-01-06T00%3A00%3A00%2B01%3A00`);
    expect(calls).toEqual([]);
});
