import {screen, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import {createHostStore, receiveSiteUrl, selectTeam} from '../../test_support/host_store';
import {weekly} from '../../test_support/kpis';
import {renderInHost, testEnv} from '../../test_support/render_in_host';
import {reply, routedFetch} from '../../test_support/routed_fetch';

import {KpisSection} from './kpis_section';

const FOUR_WEEKS = weekly([
    {incidents: 1, mtta: 300, mttr: 7200, pages: 2, triageP50: 3600},
    {incidents: 0, pages: 0},
    {incidents: 2, mtta: 90, mttr: 3900, pages: 4, offHours: 1, slaBreaches: 1},
    {incidents: 3, mtta: 250, mttr: null, pages: 5, offHours: 2, triageP50: 1800, slaBreaches: 2, overdue: 1},
]);

afterEach(() => {
    delete window.WebappUtils;
});

test('shows each figure for this week with its last four weeks, and opens the review page', async () => {
    const push = jest.fn();
    window.WebappUtils = {browserHistory: {push}};
    const {fetchFn, calls} = routedFetch({'GET /kpis/weekly?weeks=4': [reply(200, FOUR_WEEKS)]});
    const store = createHostStore();
    receiveSiteUrl(store, 'https://chat.example.com');
    selectTeam(store, {id: 'team1', name: 'sre'});
    renderInHost(<KpisSection/>, store, testEnv({fetchFn}));

    const section = screen.getByRole('region', {name: 'KPIs'});
    const table = await within(section).findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1).map((row) => [
        within(row).getByRole('rowheader').textContent,
        within(row).getAllByRole('cell')[1]?.textContent,
    ]);
    expect(rows).toEqual([
        ['Incidents', '3'],
        ['MTTA', '4 m 10 s'],
        ['MTTR', 'no data'],
        ['Pages', '5 · 2 off-hours'],
        ['Time to triage (p50)', '30 m'],
        ['SLA breaches', '2'],
        ['Follow-ups overdue', '1'],
    ]);
    expect(within(table).getByRole('img', {name: 'MTTA: Dec 16 5 m, Dec 23 no data, Dec 30 1 m 30 s, Jan 6 4 m 10 s'})).toBeInTheDocument();
    expect(within(table).getByRole('img', {name: 'Incidents: Dec 16 1, Dec 23 0, Dec 30 2, Jan 6 3'})).toBeInTheDocument();

    await userEvent.click(within(section).getByRole('button', {name: 'Open SRE review'}));
    expect(push).toHaveBeenCalledWith('/sre/com.mattermost.sre-toolkit/review');
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual(['GET /kpis/weekly?weeks=4']);
});

test('says what failed, and offers no review link outside a team', async () => {
    const {fetchFn} = routedFetch({'GET /kpis/weekly?weeks=4': [reply(503, {code: 'unavailable', message: 'Companion down'})]});
    renderInHost(<KpisSection/>, createHostStore(), testEnv({fetchFn}));
    const section = screen.getByRole('region', {name: 'KPIs'});
    expect(within(section).getByText('Loading KPIs…')).toBeInTheDocument();
    expect(await within(section).findByRole('alert')).toHaveTextContent('Companion down');
    expect(within(section).queryByRole('button', {name: 'Open SRE review'})).not.toBeInTheDocument();
});
