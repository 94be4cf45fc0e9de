import {screen, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type {FetchFn, FetchResponse} from '../../api/client';
import {createHostStore, receiveSiteUrl, selectTeam} from '../../test_support/host_store';
import {renderInHost, testEnv} from '../../test_support/render_in_host';
import {busySummary, emptySummary} from '../../test_support/summaries';

import {SreSidebar} from './sre_sidebar';

const reply = (status: number, body: unknown): FetchResponse => ({ok: status < 300, status, json: () => Promise.resolve(body)});

/** A fetch that answers each call with the next reply and records the URLs it saw. */
function scriptedFetch(...replies: (FetchResponse | Error)[]) {
    const urls: string[] = [];
    const fetchFn: FetchFn = (url) => {
        // Who-am-I (for the SRE-only templates) is not what these tests are about.
        if (url.endsWith('/api/v1/me')) {
            return new Promise(() => undefined);
        }
        urls.push(url);
        const next = replies.shift();
        if (next === undefined) {
            return new Promise(() => undefined);
        }
        return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
    };
    return {fetchFn, urls};
}

test('shows a busy loading state until the summary arrives', async () => {
    const store = createHostStore();
    const {fetchFn, urls} = scriptedFetch();
    renderInHost(<SreSidebar/>, store, testEnv({fetchFn}));

    expect(await screen.findByRole('status', {name: 'Loading SRE summary…'})).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('status', {name: 'Live updates'})).toHaveTextContent('Connecting…');
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    expect(urls).toEqual(['http://mm.test/sre-toolkit/api/v1/summary']);
});

test('names what failed and refetches on Retry', async () => {
    const store = createHostStore();
    receiveSiteUrl(store, 'https://chat.example.com');
    const {fetchFn, urls} = scriptedFetch(new TypeError('Failed to fetch'), reply(200, emptySummary()));
    renderInHost(<SreSidebar/>, store, testEnv({fetchFn}));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Cannot reach the SRE Toolkit companion service.');
    expect(alert).toHaveTextContent('Failed to fetch');

    await userEvent.click(within(alert).getByRole('button', {name: 'Retry'}));

    expect(await screen.findByRole('region', {name: 'Incidents'})).toHaveTextContent('No active incidents');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // The KPI section, shown with the summary, asks for its own weeks.
    expect(urls.filter((u) => u.endsWith('/summary'))).toEqual(['https://chat.example.com/sre-toolkit/api/v1/summary', 'https://chat.example.com/sre-toolkit/api/v1/summary']);
});

test('says so when the companion refuses the session', async () => {
    const store = createHostStore();
    const {fetchFn} = scriptedFetch(reply(401, {code: 'unauthenticated', message: 'No MMAUTHTOKEN cookie or Bearer token'}));
    renderInHost(<SreSidebar/>, store, testEnv({fetchFn}));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('did not accept your session');
    expect(alert).toHaveTextContent('No MMAUTHTOKEN cookie or Bearer token');
});

test('shows all four sections, with a loud row for an on-call gap', async () => {
    const store = createHostStore();
    receiveSiteUrl(store, 'https://chat.example.com');
    selectTeam(store, {id: 'team1', name: 'sre'});
    const {fetchFn} = scriptedFetch(reply(200, busySummary()));
    renderInHost(<SreSidebar/>, store, testEnv({fetchFn}));

    const oncall = await screen.findByRole('region', {name: 'On call'});
    const holder = within(oncall).getByRole('listitem', {name: 'Primary'});
    expect(within(holder).getByText('@alice')).toBeInTheDocument();
    expect(within(holder).getByText(/^until/)).toHaveTextContent('until 10:00 AM (11:00 AM Berlin)');
    expect(within(oncall).getByRole('listitem', {name: 'Database'})).toContainElement(within(oncall).getByRole('alert'));
    expect(within(oncall).getByRole('alert')).toHaveTextContent('Nobody is on call for Database');

    const incidents = screen.getByRole('region', {name: 'Incidents'});
    expect(within(incidents).getByRole('heading')).toHaveTextContent('3 active');
    expect(within(incidents).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
        'SEV1#42 Checkout is downInvestigatingdeclared 30 minutes ago · @alice · update overdue since 10 minutes ago',
        'SEV3Drill#41 Slow searchMonitoringdeclared 1 day ago · next update in 1 hour',
    ]);
    expect(within(incidents).getByText(/update overdue/)).toHaveStyle({color: 'var(--error-text)'});
    expect(within(incidents).getByRole('link', {name: '#42 Checkout is down'}))
        .toHaveAttribute('href', 'https://chat.example.com/sre/channels/chan42');
    expect(within(incidents).queryByRole('link', {name: /Slow search/})).not.toBeInTheDocument();

    const triage = screen.getByRole('region', {name: 'Triage'});
    expect(within(triage).getByRole('heading')).toHaveTextContent('5 new');
    expect(triage).toHaveTextContent('2 accepted · 1 in progress · oldest new 3 days ago');
    expect(within(triage).getByRole('listitem')).toHaveTextContent('P1#7 Rotate TLS certs1 hour ago');

    const rituals = screen.getByRole('region', {name: 'Rituals'});
    expect(within(rituals).getByRole('listitem')).toHaveTextContent(/^Weekly ops review9:00\sAM · ~ops$/);
    // Where the ritual is held, on hover: its invitation's time.
    expect(within(rituals).getByText(/9:00\sAM/)).toHaveAttribute('title', expect.stringMatching(/10:00\sAM in Europe\/Berlin$/));
});

test('shows an empty state in every section when there is nothing to report', async () => {
    const {fetchFn} = scriptedFetch(reply(200, emptySummary()));
    renderInHost(<SreSidebar/>, createHostStore(), testEnv({fetchFn}));

    expect(await screen.findByRole('region', {name: 'On call'})).toHaveTextContent('No on-call schedules yet');
    expect(screen.getByRole('region', {name: 'Incidents'})).toHaveTextContent('No active incidents');
    expect(screen.getByRole('region', {name: 'Triage'})).toHaveTextContent('Nothing waiting for triage');
    expect(screen.getByRole('region', {name: 'Rituals'})).toHaveTextContent('No upcoming rituals');
});
