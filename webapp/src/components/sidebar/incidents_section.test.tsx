import {screen, waitFor, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import {getLastDeclared} from '../../store/incident_ui_slice';
import {createHostStore, receiveSiteUrl, selectTeam} from '../../test_support/host_store';
import {incidentView} from '../../test_support/incidents';
import {renderInHost, testEnv} from '../../test_support/render_in_host';
import {reply, routedFetch} from '../../test_support/routed_fetch';
import {busySummary} from '../../test_support/summaries';

import {IncidentsSection} from './incidents_section';

const {active, activeCount} = busySummary().incidents;

function renderSection(routes: Parameters<typeof routedFetch>[0] = {}) {
    const store = createHostStore();
    receiveSiteUrl(store, 'https://chat.example.com');
    selectTeam(store, {id: 'team1', name: 'sre'});
    const {fetchFn, calls} = routedFetch(routes);
    renderInHost(<IncidentsSection activeCount={activeCount} active={active}/>, store, testEnv({fetchFn, newId: () => 'key-gameday-1'}));
    const section = screen.getByRole('region', {name: 'Incidents'});
    const gamedays = () => calls.filter((c) => c.method === 'POST' && c.path === '/gamedays').map((c) => c.body);
    return {store, section, gamedays};
}

async function openGameday(section: HTMLElement) {
    await userEvent.click(within(section).getByRole('button', {name: 'Start gameday'}));
    return screen.getByRole('dialog', {name: 'Start gameday'});
}

afterEach(() => {
    delete window.WebappUtils;
});

test('marks drills, and only drills, DRILL', () => {
    const {section} = renderSection();
    const badges = within(section).getAllByText('Drill');
    expect(badges).toHaveLength(1);
    expect(badges[0]?.closest('li')).toHaveTextContent('#41 Slow search');
    expect(badges[0]).toHaveStyle({textTransform: 'uppercase', fontWeight: '700'});
    expect(badges[0]).toHaveAttribute('title', 'A drill: practice, not a real incident');
});

test('starts a gameday: real on-call off by default with its warning, then lands in the drill\'s channel', async () => {
    const push = jest.fn();
    window.WebappUtils = {browserHistory: {push}};
    const drill = incidentView({id: 'inc9', title: 'Gameday: primary database stops', isDrill: true, channelName: 'drill-2025-01-06-primary-db'});
    const {store, section, gamedays} = renderSection({'POST /gamedays': [reply(201, drill)]});
    const dialog = await openGameday(section);
    const page = within(dialog).getByRole('checkbox', {name: 'Page real on-call'});
    expect(page).not.toBeChecked();
    expect(page).toHaveAccessibleDescription('When checked, pages raised during this drill wake the real on-call people. Starting it pages nobody.');

    await userEvent.type(within(dialog).getByRole('textbox', {name: 'Scenario'}), '  primary database stops accepting writes ');
    await userEvent.click(page);
    await userEvent.click(within(dialog).getByRole('button', {name: 'Start gameday'}));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(gamedays()).toEqual([{scenario: 'primary database stops accepting writes', pageRealOnCall: true, teamId: 'team1', idempotencyKey: 'key-gameday-1'}]);
    expect(push).toHaveBeenCalledWith('/sre/channels/drill-2025-01-06-primary-db');
    expect(getLastDeclared(store.getState())?.id).toBe('inc9');
});

test('shows the companion\'s scenario error on the field and stays open', async () => {
    const problem = {code: 'invalid_fields', message: 'scenario: say what will be broken', fields: {scenario: 'say what will be broken (1 to 200 characters)'}};
    const {section, gamedays} = renderSection({'POST /gamedays': [reply(400, problem)]});
    const dialog = await openGameday(section);
    await userEvent.click(within(dialog).getByRole('button', {name: 'Start gameday'}));

    const scenario = within(dialog).getByRole('textbox', {name: 'Scenario'});
    await waitFor(() => expect(scenario).toHaveAttribute('aria-invalid', 'true'));
    expect(scenario).toHaveAccessibleDescription(/^Say what will be broken \(1 to 200 characters\)/);
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    expect(gamedays()).toEqual([{scenario: '', pageRealOnCall: false, teamId: 'team1', idempotencyKey: 'key-gameday-1'}]);
});

test('a refusal about something the form does not ask for goes to its alert', async () => {
    const problem = {code: 'invalid_fields', message: 'templateId: there is no live drill template', fields: {templateId: 'there is no live drill template: an SRE must add one first'}};
    const {section} = renderSection({'POST /gamedays': [reply(400, problem)]});
    const dialog = await openGameday(section);
    await userEvent.type(within(dialog).getByRole('textbox', {name: 'Scenario'}), 'DNS fails');
    await userEvent.click(within(dialog).getByRole('button', {name: 'Start gameday'}));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/^there is no live drill template: an SRE must add one first$/);
    expect(within(dialog).getByRole('textbox', {name: 'Scenario'})).not.toHaveAttribute('aria-invalid');
});
