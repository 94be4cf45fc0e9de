import {screen, waitFor, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type {RunbookView} from '../../../../server-ts/src/contract/runbooks';
import {createHostStore} from '../../test_support/host_store';
import {renderInHost, testEnv} from '../../test_support/render_in_host';
import {reply, routedFetch} from '../../test_support/routed_fetch';

import {RunbooksSection} from './runbooks_section';

const runbook = (extra: Partial<RunbookView>): RunbookView => ({id: 'rb1', title: 'Postgres failover', service: 'postgres', tier: 'cloud', body: '1. Promote',
    url: null, owner: 'alice', lastReviewedAt: null, isStale: false, isArchived: false, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', ...extra});
const FAILOVER = runbook({});
const SEARCH = runbook({id: 'rb2', title: 'Search latency', service: 'elasticsearch', body: '', url: 'https://handbook.example/search', isStale: true});

test('lists runbooks with links, flags stale ones, searches, and marks one reviewed', async () => {
    const {fetchFn, calls} = routedFetch({
        'GET /runbooks': [reply(200, [FAILOVER, SEARCH])],
        'GET /runbooks?q=search%20latency': [reply(200, [SEARCH])],
        'POST /runbooks/rb2/reviewed': [reply(200, {...SEARCH, isStale: false, lastReviewedAt: '2025-01-06T08:00:00.000Z'})],
    });
    renderInHost(<RunbooksSection staleCount={1}/>, createHostStore(), testEnv({fetchFn}));
    const section = screen.getByRole('region', {name: 'Runbooks'});
    expect(within(section).getByText('1 stale')).toBeInTheDocument();
    expect(calls).toEqual([]);
    await userEvent.click(within(section).getByRole('button', {name: 'Show'}));

    const search = await within(section).findByRole('link', {name: 'Search latency'});
    expect(search).toHaveAttribute('href', 'https://handbook.example/search');
    expect(within(section).getByRole('link', {name: 'Postgres failover'}).getAttribute('href')).toMatch(/\/api\/v1\/runbooks\/rb1\/content$/);
    expect(within(section).getAllByText('Not reviewed for 90 days')).toHaveLength(1);

    await userEvent.type(within(section).getByRole('searchbox', {name: 'Search runbooks'}), 'search latency{Enter}');
    expect(await within(section).findAllByRole('listitem')).toHaveLength(1);

    await userEvent.click(within(section).getByRole('button', {name: 'Mark Search latency reviewed'}));
    await waitFor(() => expect(within(section).queryByText('Not reviewed for 90 days')).not.toBeInTheDocument());
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual(['GET /runbooks', 'GET /runbooks?q=search%20latency', 'POST /runbooks/rb2/reviewed']);
});

test('says so when nothing matches, and shows a failure', async () => {
    const {fetchFn} = routedFetch({'GET /runbooks': [reply(200, [])], 'GET /runbooks?q=nothing': [reply(503, {code: 'unavailable', message: 'Companion down'})]});
    renderInHost(<RunbooksSection staleCount={0}/>, createHostStore(), testEnv({fetchFn}));
    const section = screen.getByRole('region', {name: 'Runbooks'});
    await userEvent.click(within(section).getByRole('button', {name: 'Show'}));
    expect(await within(section).findByText('No runbooks match')).toBeInTheDocument();
    expect(within(section).queryByText(/stale/)).not.toBeInTheDocument();
    await userEvent.type(within(section).getByRole('searchbox', {name: 'Search runbooks'}), 'nothing{Enter}');
    expect(await within(section).findByRole('alert')).toHaveTextContent('Companion down');
});
