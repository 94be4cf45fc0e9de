import {fireEvent, screen, waitFor, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {UserTypes} from 'mattermost-redux/action_types';

import type {RetrospectiveView} from '../../../../server-ts/src/contract/retrospectives';
import {createHostStore, selectTeam} from '../../test_support/host_store';
import {incidentView} from '../../test_support/incidents';
import {renderInHost, testEnv} from '../../test_support/render_in_host';
import {followUp, retrospective} from '../../test_support/retrospectives';
import {reply, routedFetch, type Call} from '../../test_support/routed_fetch';

import {RetrospectiveEntry} from './retrospective_entry';

type Routes = Parameters<typeof routedFetch>[0];
const PATH = '/incidents/inc1/retrospective';
const person = (id: string, username: string) => ({id, username, is_bot: false, delete_at: 0});
const RESOLVED = incidentView({status: 'resolved', resolvedAt: '2025-01-06T07:55:00.000Z', resolutionSummary: 'Bad deploy rolled back'});

async function openEditor(routes: Routes, incident = RESOLVED) {
    const store = createHostStore();
    selectTeam(store, {id: 'team1', name: 'sre'});
    store.dispatch({type: UserTypes.RECEIVED_ME, data: person('u1', 'alice')});
    store.dispatch({type: UserTypes.RECEIVED_PROFILES_LIST, data: [person('u1', 'alice'), person('u2', 'bob')]});
    const {fetchFn, calls} = routedFetch({[`GET ${PATH}`]: [reply(200, retrospective())], ...routes});
    renderInHost(<RetrospectiveEntry incident={incident}/>, store, testEnv({fetchFn}));
    await userEvent.click(screen.getByRole('button', {name: 'Retrospective'}));
    const dialog = await screen.findByRole('dialog', {name: /^Retrospective · #7 Checkout is down/});
    const sent = (method: string, path: string) => calls.filter((c: Call) => c.method === method && c.path === path).map((c) => c.body);
    return {dialog, sent, box: (name: string) => within(dialog).getByRole('textbox', {name})};
}

// Pasted, not typed key by key: these tests are about what is sent, and long texts typed in jsdom are slow.
const replace = async (field: HTMLElement, text: string) => {
    await userEvent.clear(field);
    await userEvent.paste(text);
};

test('is offered only once the incident is resolved', () => {
    renderInHost(<RetrospectiveEntry incident={incidentView()}/>, createHostStore());
    expect(screen.queryByRole('button', {name: 'Retrospective'})).not.toBeInTheDocument();
});

test('edits the draft and saves it with the version it started from', async () => {
    const saved = retrospective({version: 4, summary: 'Deploy 42 broke checkout', wentWell: 'Rollback took 5 minutes', updatedAt: '2025-01-06T08:00:00.000Z'});
    const {dialog, sent, box} = await openEditor({[`PUT ${PATH}`]: [reply(200, saved)]});
    expect(box('Summary')).toHaveValue('Bad deploy rolled back');
    expect(within(dialog).getByRole('spinbutton', {name: 'Duration (minutes)'})).toHaveValue(90);
    expect(within(dialog).getByRole('status')).toHaveTextContent(/^Draft · saved/);

    await replace(box('Summary'), 'Deploy 42 broke checkout');
    await userEvent.click(box('What went well'));
    await userEvent.paste('Rollback took 5 minutes');
    await replace(within(dialog).getByRole('spinbutton', {name: 'Duration (minutes)'}), '100');
    await userEvent.click(within(dialog).getByRole('button', {name: 'Remove highlight 1'}));
    await userEvent.click(within(dialog).getByRole('button', {name: 'Add highlight'}));
    await userEvent.type(box('Highlight 2'), 'Error rate normal');
    expect(within(dialog).getByLabelText('Time of highlight 2')).toHaveValue('2025-01-06T08:00');
    expect(within(dialog).getByRole('status')).toHaveTextContent('Draft · unsaved changes');
    await userEvent.click(within(dialog).getByRole('button', {name: 'Save draft'}));

    expect(sent('PUT', PATH)).toEqual([{version: 3, summary: 'Deploy 42 broke checkout', wentWell: 'Rollback took 5 minutes', wentBadly: '', causes: '',
        impact: {durationSeconds: 6000, severity: 'sev2', customerFacing: true, tier: 'cloud'},
        highlights: [{at: '2025-01-06T07:45:00.000Z', text: 'Rolling back'}, {at: '2025-01-06T08:00:00.000Z', text: 'Error rate normal'}]}]);
    await waitFor(() => expect(within(dialog).getByRole('status')).toHaveTextContent(/^Draft · saved/));
    expect(box('Highlight 1')).toHaveValue('Declared SEV2');
}, 15_000);

test('refuses a duration that is not whole minutes without asking the companion', async () => {
    const {dialog, sent} = await openEditor({});
    const duration = within(dialog).getByRole('spinbutton', {name: 'Duration (minutes)'});
    await replace(duration, '1.5');
    await userEvent.click(within(dialog).getByRole('button', {name: 'Save draft'}));
    expect(duration).toHaveAccessibleDescription('Whole minutes, 0 or more.');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Check the marked fields.');
    expect(sent('PUT', PATH)).toEqual([]);
});

test('a version conflict keeps the edits and offers their version', async () => {
    const theirs = retrospective({version: 5, wentBadly: 'Slow rollback'});
    const {dialog, sent, box} = await openEditor({[`PUT ${PATH}`]: [
        reply(409, {code: 'version_conflict', message: 'Someone saved the retrospective meanwhile: review their changes and save again', retrospective: theirs}),
        reply(200, retrospective({version: 6, wentBadly: 'Slow rollback, no runbook'})),
    ]});
    await userEvent.type(box('What went badly'), 'No runbook');
    await userEvent.click(within(dialog).getByRole('button', {name: 'Save draft'}));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Someone saved the retrospective meanwhile: review their changes and save again');
    expect(box('What went badly')).toHaveValue('No runbook');
    await userEvent.click(within(alert).getByRole('button', {name: 'Reload their version'}));
    expect(box('What went badly')).toHaveValue('Slow rollback');
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();

    await userEvent.type(box('What went badly'), ', no runbook');
    await userEvent.click(within(dialog).getByRole('button', {name: 'Save draft'}));
    expect(sent('PUT', PATH).map((b) => (b as {version: number; wentBadly: string}))).toMatchObject([
        {version: 3, wentBadly: 'No runbook'}, {version: 5, wentBadly: 'Slow rollback, no runbook'}]);
});

test('adds a follow-up with an owner, a due date and a category, once, and lists it', async () => {
    const added = retrospective({followUps: [followUp(), followUp({requestId: 'r9', number: 9, title: 'Old one', isOverdue: true, dueDate: '2025-01-05'})]});
    const {dialog, sent} = await openEditor({[`POST ${PATH}/follow-ups`]: [reply(201, added)]});
    const form = within(dialog).getByRole('form', {name: 'New follow-up'});
    expect(within(dialog).getByText('No follow-ups yet: every lesson needs an owner and a date.')).toBeInTheDocument();
    await userEvent.click(within(form).getByRole('button', {name: 'Add follow-up'}));
    expect(within(form).getByRole('textbox', {name: 'Title'})).toHaveAccessibleDescription('Say what should be done.');
    expect(within(form).getByLabelText('Due date')).toHaveAccessibleDescription('Choose a due date.');
    expect(sent('POST', `${PATH}/follow-ups`)).toEqual([]);

    await userEvent.type(within(form).getByRole('textbox', {name: 'Title'}), 'Alert on checkout 5xx');
    await userEvent.type(within(form).getByRole('combobox', {name: 'Owner'}), 'bo');
    await userEvent.click(within(form).getByRole('option', {name: '@bob'}));
    fireEvent.change(within(form).getByLabelText('Due date'), {target: {value: '2025-01-20'}});
    await userEvent.selectOptions(within(form).getByRole('combobox', {name: 'OKR category'}), 'Automation');
    await userEvent.click(within(form).getByRole('button', {name: 'Add follow-up'}));

    expect(sent('POST', `${PATH}/follow-ups`)).toEqual([{idempotencyKey: 'key-00000001', title: 'Alert on checkout 5xx', ownerUsername: 'bob',
        dueDate: '2025-01-20', category: 'automation'}]);
    const rows = await within(dialog).findAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual(['#TitleOwnerDueStatus', '#12Alert on checkout 5xx@bob2025-01-20Accepted',
        '#9Old one@bob2025-01-05OverdueAccepted']);
    expect(within(form).getByRole('textbox', {name: 'Title'})).toHaveValue('');
});

test('publishes after a confirmation, saving unsaved edits first, and is read-only then', async () => {
    const saved = retrospective({version: 4, causes: 'No canary'});
    const published = retrospective({version: 5, causes: 'No canary', status: 'published', publishedAt: '2025-01-06T08:00:00.000Z'});
    const {dialog, sent, box} = await openEditor({[`PUT ${PATH}`]: [reply(200, saved)], [`POST ${PATH}/publish`]: [reply(200, published)]});
    await userEvent.type(box('Contributing causes'), 'No canary');
    await userEvent.click(within(dialog).getByRole('button', {name: 'Publish'}));
    expect(within(dialog).getByRole('status')).toHaveTextContent(/posted in the incident channel and the team channel/);
    expect(sent('PUT', PATH)).toEqual([]);
    await userEvent.click(within(dialog).getByRole('button', {name: 'Publish retrospective'}));

    await waitFor(() => expect(within(dialog).getByRole('status')).toHaveTextContent(/^Published/));
    expect(sent('PUT', PATH)).toMatchObject([{version: 3, causes: 'No canary'}]);
    expect(sent('POST', `${PATH}/publish`)).toEqual([{}]);
    expect(box('Contributing causes')).toHaveAttribute('readonly');
    expect(within(dialog).queryByRole('button', {name: 'Save draft'})).not.toBeInTheDocument();
    expect(within(dialog).getByRole('link', {name: 'Export Markdown'})).toHaveAttribute('href', `http://mm.test/sre-toolkit/api/v1${PATH}.md`);
});

test('a drill shows its badge and gameday report, and saves what was injected and how it was detected', async () => {
    const drill: RetrospectiveView = retrospective({isDrill: true, gameday: {scenario: 'Kill the primary database', injected: 'Stopped postgres-0',
        detected: '', detectedAt: '2025-01-06T07:40:00.000Z', timeToDetectSeconds: 600}});
    const {dialog, sent, box} = await openEditor({[`GET ${PATH}`]: [reply(200, drill)], [`PUT ${PATH}`]: [reply(200, {...drill, version: 4})]},
        {...RESOLVED, isDrill: true});
    expect(dialog).toHaveAccessibleName('Retrospective · #7 Checkout is down Drill');
    expect(within(dialog).getByText('Scenario: Kill the primary database')).toBeInTheDocument();
    expect(within(dialog).getByText('Time to detect: 10 min')).toBeInTheDocument();
    expect(box('What was injected')).toHaveValue('Stopped postgres-0');
    await userEvent.type(box('How it was detected'), 'Replication lag alert');
    await userEvent.click(within(dialog).getByRole('button', {name: 'Save draft'}));
    expect(sent('PUT', PATH)).toMatchObject([{injected: 'Stopped postgres-0', detected: 'Replication lag alert'}]);
});

test('says why it could not load, and tries again', async () => {
    const {dialog} = await openEditor({[`GET ${PATH}`]: [reply(503, {code: 'unavailable', message: 'Companion restarting'}), reply(200, retrospective())]});
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Companion restarting');
    await userEvent.click(within(dialog).getByRole('button', {name: 'Try again'}));
    expect(await within(dialog).findByRole('textbox', {name: 'Summary'})).toHaveValue('Bad deploy rolled back');
});
