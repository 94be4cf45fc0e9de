import {screen, waitFor, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import {createHostStore} from '../../test_support/host_store';
import {templateView} from '../../test_support/incidents';
import {renderInHost, testEnv} from '../../test_support/render_in_host';
import {reply, routedFetch} from '../../test_support/routed_fetch';

import {TemplatesSection} from './templates_section';

const ME = {userId: 'u1', username: 'alice', isSre: true, isSystemAdmin: false};
const PREVIEW = {channelName: 'inc-2025-01-06-sample-incident', header: 'SEV1 Sample incident', purpose: 'Incident 1', firstPost: 'Commander: @alice'};
const runAtOnce = (fn: () => void) => {
    fn();
    return () => undefined;
};

async function openTemplates(routes: Parameters<typeof routedFetch>[0]) {
    const {fetchFn, calls} = routedFetch({'GET /me': [reply(200, ME)], 'GET /templates': [reply(200, [templateView()])], ...routes});
    renderInHost(<TemplatesSection/>, createHostStore(), testEnv({fetchFn, schedule: runAtOnce}));
    const section = await screen.findByRole('region', {name: 'Templates'});
    await userEvent.click(within(section).getByRole('button', {name: 'Show'}));
    return {section, calls};
}

test('is not shown to someone who is not an SRE', async () => {
    const {fetchFn, calls} = routedFetch({'GET /me': [reply(200, {...ME, isSre: false})]});
    renderInHost(<TemplatesSection/>, createHostStore(), testEnv({fetchFn}));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(screen.queryByRole('region', {name: 'Templates'})).not.toBeInTheDocument();
});

test('lists templates with Edit, Duplicate and Archive', async () => {
    const {section, calls} = await openTemplates({'POST /templates/tpl-cloud/duplicate': [reply(201, templateView({id: 'tpl-2', name: 'Cloud outage (copy)'}))]});
    expect(await within(section).findByRole('button', {name: 'Edit Cloud outage'})).toBeInTheDocument();
    expect(within(section).getByRole('button', {name: 'Archive Cloud outage'})).toBeInTheDocument();
    await userEvent.click(within(section).getByRole('button', {name: 'Duplicate Cloud outage'}));
    expect(calls.filter((c) => c.path === '/templates/tpl-cloud/duplicate')).toHaveLength(1);
});

test('the editor previews the template and shows the server\'s errors beside their fields', async () => {
    const {section, calls} = await openTemplates({
        'POST /templates/preview': [reply(200, PREVIEW)],
        'PUT /templates/tpl-cloud': [reply(400, {code: 'invalid_template', message: 'Check the fields', fields: {
            channelNamePattern: 'The pattern gives an invalid channel name: use a-z, 0-9 and -', 'checklist.0.title': 'A step needs a title',
        }})],
    });
    await userEvent.click(await within(section).findByRole('button', {name: 'Edit Cloud outage'}));
    const preview = await within(section).findByRole('region', {name: 'Preview'});
    expect(await within(preview).findByText('~inc-2025-01-06-sample-incident')).toBeInTheDocument();

    await userEvent.clear(within(section).getByRole('textbox', {name: 'Step 1 title'}));
    await userEvent.type(within(section).getByRole('textbox', {name: 'Default members'}), ', carol');
    await userEvent.click(within(section).getByRole('button', {name: 'Save template'}));

    const pattern = await within(section).findByRole('textbox', {name: 'Channel name pattern'});
    expect(await within(section).findByText('The pattern gives an invalid channel name: use a-z, 0-9 and -')).toBeInTheDocument();
    expect(pattern).toHaveAttribute('aria-invalid', 'true');
    expect(within(section).getByRole('textbox', {name: 'Step 1 title'})).toHaveAccessibleDescription('A step needs a title');
    const saved = calls.find((c) => c.method === 'PUT');
    expect(saved?.body).toMatchObject({name: 'Cloud outage', defaultMembers: ['bob', 'carol'], checklist: [{title: '', runbookUrl: null}]});
});

test('adds, moves and removes checklist steps', async () => {
    const {section} = await openTemplates({'POST /templates/preview': [reply(200, PREVIEW)]});
    await userEvent.click(await within(section).findByRole('button', {name: 'New template'}));
    await userEvent.click(within(section).getByRole('button', {name: 'Add step'}));
    await userEvent.type(within(section).getByRole('textbox', {name: 'Step 1 title'}), 'Page');
    await userEvent.click(within(section).getByRole('button', {name: 'Add step'}));
    await userEvent.type(within(section).getByRole('textbox', {name: 'Step 2 title'}), 'Post status');
    await userEvent.click(within(section).getByRole('button', {name: 'Move step 2 up'}));
    expect(within(section).getByRole('textbox', {name: 'Step 1 title'})).toHaveValue('Post status');
    await userEvent.click(within(section).getByRole('button', {name: 'Remove step 1'}));
    expect(within(section).getByRole('textbox', {name: 'Step 1 title'})).toHaveValue('Page');
    expect(within(section).queryByRole('textbox', {name: 'Step 2 title'})).not.toBeInTheDocument();
});
