import {screen, waitFor, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import {getTriageWalkFrom} from '../../store/triage_slice';
import {createHostStore, receiveSiteUrl, selectTeam} from '../../test_support/host_store';
import {emptyDetails, someDetails, weekly} from '../../test_support/kpis';
import {renderInHost, testEnv} from '../../test_support/render_in_host';
import {reply, routedFetch} from '../../test_support/routed_fetch';

import {SreReviewPage} from './sre_review_page';

// Twelve weeks, the running one (Jan 6) last: the page opens on the last finished one, Dec 30.
const TWELVE = weekly([...Array.from({length: 9}, () => ({incidents: 1})), {incidents: 2, mtta: 600}, {incidents: 3, mtta: 300, pages: 1, offHours: 1}, {}]);
const range = (i: number) => `from=${encodeURIComponent(TWELVE.weeks[i]?.from ?? '')}&to=${encodeURIComponent(TWELVE.weeks[i]?.to ?? '')}`;

function renderPage(routes: Parameters<typeof routedFetch>[0]) {
    const {fetchFn, calls} = routedFetch(routes);
    const store = createHostStore();
    receiveSiteUrl(store, 'https://chat.example.com');
    selectTeam(store, {id: 'team1', name: 'sre'});
    renderInHost(<SreReviewPage/>, store, testEnv({fetchFn}));
    return {store, calls, page: screen.getByRole('region', {name: 'SRE review'})};
}

// Parts of the page found by their headings' text, not by role: the whole page's accessibility tree is slow to build
// in jsdom (a second or more on a busy machine), and roles are then checked on the small part found.
function around(heading: HTMLElement, selector: string): HTMLElement {
    const part = heading.closest<HTMLElement>(selector);
    if (!part) {
        throw new Error(`${heading.textContent} is not in a ${selector}`);
    }
    return part;
}
const card = (page: HTMLElement, name: string) => around(within(page).getByText(name, {selector: 'h3'}), 'li');
const section = async (page: HTMLElement, title: string) => {
    const part = around(await within(page).findByText(title, {selector: 'h2, h3'}), 'section');
    expect(part).toHaveAccessibleName(title);
    return part;
};

test('charts every KPI over twelve weeks with the change on the week before, and lists what is behind the week', async () => {
    const {store, calls, page} = renderPage({
        'GET /kpis/weekly?weeks=12': [reply(200, TWELVE)],
        [`GET /kpis/details?${range(10)}`]: [reply(200, someDetails())],
    });
    expect(await within(page).findByText(/each from Monday 00:00 \(Europe\/Berlin\)/)).toBeInTheDocument();
    const weeks = within(page).getByRole('group', {name: 'Weeks'});
    expect(within(weeks).getAllByRole('button').map((b) => b.textContent)).toHaveLength(12);
    expect(within(weeks).getByRole('button', {name: 'Dec 30'})).toHaveAttribute('aria-pressed', 'true');
    expect(within(weeks).getByRole('button', {name: 'Jan 6 (so far)'})).toHaveAttribute('aria-pressed', 'false');

    const incidents = card(page, 'Incidents');
    expect(within(incidents).getByRole('img', {name: /^Incidents: Oct 21 1, Oct 28 1, .* Dec 23 2, Dec 30 3, Jan 6 0$/})).toBeInTheDocument();
    // More incidents is bad news: red.
    expect(within(incidents).getByText('↑ 50% vs. week before')).toHaveStyle({color: 'var(--error-text)'});
    // A faster acknowledgement is good news: green.
    expect(within(card(page, 'MTTA')).getByText('↓ 50% vs. week before')).toHaveStyle({color: 'var(--online-indicator)'});
    expect(within(card(page, 'Pages')).getByText('↑ from 0 vs. week before')).toBeInTheDocument();
    expect(within(card(page, 'Time to mitigate')).getByText('no data')).toBeInTheDocument();

    const details = await section(page, 'Behind the week of Dec 30');
    const incidentList = await section(details, 'Incidents (1)');
    expect(within(incidentList).getByText('#7 Checkout API 502s')).toBeInTheDocument();
    const channel = within(incidentList).getByRole('link', {name: '~incident-7-checkout'});
    expect(channel).toHaveAttribute('href', 'https://chat.example.com/sre/channels/incident-7-checkout');
    const push = jest.fn();
    window.WebappUtils = {browserHistory: {push}};
    await userEvent.click(channel);
    delete window.WebappUtils;
    expect(push).toHaveBeenCalledWith('/sre/channels/incident-7-checkout');
    expect(within(incidentList).getByText(/MTTA 4 m 10 s · MTTR 1 h 5 m · mitigated after 30 m/)).toBeInTheDocument();
    expect(within(incidentList).getByText('no retro yet')).toHaveStyle({color: 'var(--error-text)'});
    expect(within(details).queryByText(/stops at its first 500/)).not.toBeInTheDocument();
    const pages = await section(details, 'Pages (1)');
    expect(within(pages).getByText('#3 @bob, @carol')).toBeInTheDocument();
    expect(within(pages).getByText(/· acknowledged after 2 m 30 s$/)).toBeInTheDocument();

    await userEvent.click(within(details).getByRole('button', {name: 'Open request #5 in triage'}));
    expect(getTriageWalkFrom(store.getState())).toBe('r5');
    expect(calls.map((c) => c.path)).toEqual(['/kpis/weekly?weeks=12', `/kpis/details?${range(10)}`]);
}, 20_000);

test('a week\'s button or its bar shows the rows behind that week; a figure brings its list into view', async () => {
    const {calls, page} = renderPage({
        'GET /kpis/weekly?weeks=12': [reply(200, TWELVE)],
        [`GET /kpis/details?${range(10)}`]: [reply(200, someDetails())],
        [`GET /kpis/details?${range(9)}`]: [reply(200, {...emptyDetails(), truncated: {incidents: false, requests: true, pages: false}})],
        [`GET /kpis/details?${range(0)}`]: [reply(500, {code: 'boom', message: 'Database on fire'}), reply(200, someDetails())],
    });
    await section(page, 'Incidents (1)');

    const weeks = within(page).getByRole('group', {name: 'Weeks'});
    await userEvent.click(within(weeks).getByRole('button', {name: 'Dec 23'}));
    const details = await section(page, 'Behind the week of Dec 23');
    expect(await within(details).findAllByText('None this week')).toHaveLength(3);
    expect(within(details).getByText('A list stops at its first 500; the figures above count them all.')).toBeInTheDocument();
    expect(within(card(page, 'Incidents')).getByRole('button', {name: 'Incidents: 2, show the week\'s incidents'})).toBeInTheDocument();

    // The first bar of any chart picks the first week.
    const firstBar = within(card(page, 'SLA breaches')).getByRole('img').querySelector('g');
    await userEvent.click(firstBar as Element);
    expect(within(weeks).getByRole('button', {name: 'Oct 21'})).toHaveAttribute('aria-pressed', 'true');
    const alert = around(await within(page).findByText(/Database on fire/), 'p');
    expect(alert).toHaveAttribute('role', 'alert');
    await userEvent.click(within(alert).getByRole('button', {name: 'Retry'}));
    await section(page, 'Requests (1)');

    await userEvent.click(within(card(page, 'SLA breaches')).getByRole('button', {name: 'SLA breaches: 0, show the week\'s requests'}));
    await waitFor(() => expect(within(page).getByText('Requests (1)', {selector: 'h3'})).toHaveFocus());
    expect(calls.map((c) => c.path)).toEqual(['/kpis/weekly?weeks=12', `/kpis/details?${range(10)}`, `/kpis/details?${range(9)}`,
        `/kpis/details?${range(0)}`, `/kpis/details?${range(0)}`]);
}, 20_000);

test('the exports download the twelve weeks as CSV and as JSON', async () => {
    const {page} = renderPage({'GET /kpis/weekly?weeks=12': [reply(503, {code: 'unavailable', message: 'Companion down'})]});
    expect(await within(page).findByRole('alert')).toHaveTextContent('Companion down');
    // The links work even while the page could not load: the browser asks the companion itself.
    expect(within(page).getByRole('link', {name: 'Export CSV'})).toHaveAttribute('href', 'https://chat.example.com/sre-toolkit/api/v1/kpis/weekly.csv?weeks=12');
    const json = within(page).getByRole('link', {name: 'Export JSON'});
    expect(json).toHaveAttribute('href', 'https://chat.example.com/sre-toolkit/api/v1/kpis/weekly?weeks=12');
    expect(json).toHaveAttribute('download', 'sre-kpis-weekly.json');
});
