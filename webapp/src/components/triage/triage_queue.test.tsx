import {act, fireEvent, screen, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import {summaryLoaded} from '../../store/summary_slice';
import {getNewRequestPrefill, getTriageWalkFrom} from '../../store/triage_slice';
import {createHostStore} from '../../test_support/host_store';
import {renderInHost, testEnv} from '../../test_support/render_in_host';
import {reply, routedFetch} from '../../test_support/routed_fetch';
import {busySummary} from '../../test_support/summaries';
import {triageRequest} from '../../test_support/triage';
import {TriageSection} from '../sidebar/triage_section';

import {ROW_HEIGHT} from './queue_list';

const many = (n: number) => Array.from({length: n}, (_, i) => triageRequest({
    id: `r${i + 1}`, number: i + 1, title: `Request ${i + 1}`, priority: i === 4321 ? 'p1' : 'p3',
    status: i % 10 === 0 ? 'accepted' : 'new', createdAt: new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString(),
    slaBreaches: i === 4321 ? ['untriaged_p1'] : [],
}));

function showSection(queue: ReturnType<typeof many>) {
    const store = createHostStore();
    const {fetchFn, calls} = routedFetch({'GET /triage': [reply(200, queue)]});
    renderInHost(<TriageSection triage={busySummary().triage}/>, store, testEnv({fetchFn}));
    const section = screen.getByRole('region', {name: 'Triage'});
    const loads = () => calls.filter((c) => c.path === '/triage').length;
    return {store, section, loads};
}

test('the buttons open the triage modal, a blank New request, and the modal at a newest request', async () => {
    const {store, section, loads} = showSection([]);
    await userEvent.click(within(section).getByRole('button', {name: 'Triage 5 new'}));
    expect(getTriageWalkFrom(store.getState())).toBe('');
    await userEvent.click(within(section).getByRole('button', {name: 'New request'}));
    expect(getNewRequestPrefill(store.getState())).toEqual({title: '', description: ''});
    await userEvent.click(within(section).getByRole('button', {name: /#7 Rotate TLS certs/}));
    expect(getTriageWalkFrom(store.getState())).toBe('t1');
    expect(loads()).toBe(0);
});

test('loads the queue on demand and draws only the rows in view of 5,000', async () => {
    const {store, section, loads} = showSection(many(5000));
    await userEvent.click(within(section).getByRole('button', {name: 'Queue', expanded: false}));
    const list = await within(section).findByRole('list', {name: 'Requests'});
    expect(section).toHaveTextContent('New 4500 · Accepted 500 · In progress 0 · Done 0 · Declined 0 · Duplicate 0');

    const rows = within(list).getAllByRole('listitem');
    expect(rows.length).toBeLessThan(30);
    expect(rows[0]).toHaveTextContent(/^P1SLA#4322 Request 4322/);
    expect(rows[0]).toHaveAttribute('aria-setsize', '5000');
    expect(rows[1]).toHaveTextContent('#1 Request 1');

    const viewport = list.parentElement as HTMLElement;
    fireEvent.scroll(viewport, {target: {scrollTop: 3000 * ROW_HEIGHT}});
    const scrolled = within(list).getAllByRole('listitem');
    expect(scrolled.length).toBeLessThan(30);
    expect(scrolled.some((r) => r.getAttribute('aria-posinset') === '3001')).toBe(true);

    await userEvent.click(within(list).getByRole('button', {name: /#3000 Request 3000/}));
    expect(getTriageWalkFrom(store.getState())).toBe('r3000');

    act(() => {
        store.dispatch(summaryLoaded(busySummary()));
    });
    await within(section).findByRole('list', {name: 'Requests'});
    expect(loads()).toBe(2);
});

test('filters by status and priority', async () => {
    const {section} = showSection(many(50));
    await userEvent.click(within(section).getByRole('button', {name: 'Queue'}));
    const filters = await within(section).findByRole('group', {name: 'Filter requests'});
    await userEvent.selectOptions(within(filters).getByRole('combobox', {name: 'Status'}), 'Accepted');
    const list = within(section).getByRole('list', {name: 'Requests'});
    expect(within(list).getAllByRole('listitem').map((r) => within(r).getByText(/^#/).textContent)).toEqual(
        ['#1 Request 1', '#11 Request 11', '#21 Request 21', '#31 Request 31', '#41 Request 41']);
    await userEvent.selectOptions(within(filters).getByRole('combobox', {name: 'Priority'}), 'P1');
    expect(within(section).getByText('No request matches')).toBeInTheDocument();
});
