import {screen, waitFor, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type {RunbookView} from '../../../../server-ts/src/contract/runbooks';
import {createHostStore} from '../../test_support/host_store';
import {templateView} from '../../test_support/incidents';
import {renderInHost, testEnv} from '../../test_support/render_in_host';
import {reply, routedFetch} from '../../test_support/routed_fetch';

import {TemplatesSection} from './templates_section';

const ME = {userId: 'u1', username: 'alice', isSre: true, isSystemAdmin: false};
const runbook = (id: string, title: string, extra: Partial<RunbookView> = {}): RunbookView => ({id, title, service: 'postgres', tier: 'cloud', body: '1. Promote',
    url: null, owner: 'alice', lastReviewedAt: null, isStale: false, isArchived: false, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', ...extra});
const LIBRARY = [runbook('rb1', 'Postgres failover'), runbook('rb2', 'Search latency', {service: ''}), runbook('rb3', 'Old DNS cutover', {isArchived: true})];

async function editTemplate(routes: Parameters<typeof routedFetch>[0], template = templateView()) {
    const {fetchFn, calls} = routedFetch({'GET /me': [reply(200, ME)], 'GET /templates': [reply(200, [template])], 'GET /runbooks': [reply(200, LIBRARY)], ...routes});
    renderInHost(<TemplatesSection/>, createHostStore(), testEnv({fetchFn}));
    const section = await screen.findByRole('region', {name: 'Templates'});
    await userEvent.click(within(section).getByRole('button', {name: 'Show'}));
    await userEvent.click(await within(section).findByRole('button', {name: 'Edit Cloud outage'}));
    const picker = within(section).getByRole('combobox', {name: 'Step 1 runbook from the library'});
    return {section, picker, saved: () => calls.filter((c) => c.method === 'PUT').map((c) => c.body)};
}

test('an SRE links a step to a library runbook, besides its URL', async () => {
    const {section, picker, saved} = await editTemplate({'PUT /templates/tpl-cloud': [reply(200, templateView())]});
    await within(picker).findByRole('option', {name: 'Postgres failover (postgres)'});
    expect(within(picker).getAllByRole('option').map((o) => o.textContent)).toEqual(['None', 'Postgres failover (postgres)', 'Search latency']);
    await userEvent.selectOptions(picker, 'Postgres failover (postgres)');
    await userEvent.type(within(section).getByRole('textbox', {name: 'Step 1 runbook link'}), 'https://handbook.example/page');
    await userEvent.click(within(section).getByRole('button', {name: 'Save template'}));

    await waitFor(() => expect(saved()).toHaveLength(1));
    expect(saved()[0]).toMatchObject({checklist: [{title: 'Page the owning team', runbookUrl: 'https://handbook.example/page', runbookId: 'rb1'}]});
});

test('the companion\'s refusal of a runbook shows on the step\'s picker; one gone from the library stays named', async () => {
    const template = templateView({checklist: [{title: 'Page the owning team', runbookUrl: null, runbookId: 'rb3'}]});
    const {section, picker} = await editTemplate({'PUT /templates/tpl-cloud': [reply(400, {code: 'invalid_template', message: 'Check the fields',
        fields: {'checklist[0].runbookId': 'runbook rb3 is archived: pick another'}})]}, template);
    expect(await within(picker).findByRole('option', {name: 'No longer in the library'})).toBeInTheDocument();
    expect(picker).toHaveDisplayValue('No longer in the library');
    await userEvent.click(within(section).getByRole('button', {name: 'Save template'}));
    await waitFor(() => expect(picker).toHaveAttribute('aria-invalid', 'true'));
    expect(picker).toHaveAccessibleDescription('Runbook rb3 is archived: pick another');
});
