import {act, screen, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import {declareOpened} from '../../store/incident_ui_slice';
import {createHostStore} from '../../test_support/host_store';
import {templateView} from '../../test_support/incidents';
import {renderInHost, testEnv} from '../../test_support/render_in_host';
import {reply, routedFetch} from '../../test_support/routed_fetch';

import {makeDeclareModal} from './declare_modal';

test('choosing a drill template marks the declaration DRILL', async () => {
    const store = createHostStore();
    const templates = [templateView(), templateView({id: 'tpl-drill', name: 'Chaos drill', isDrill: true})];
    const {fetchFn} = routedFetch({'GET /templates': [reply(200, templates)]});
    const DeclareModal = makeDeclareModal(jest.fn());
    renderInHost(<DeclareModal/>, store, testEnv({fetchFn}));
    act(() => {
        store.dispatch(declareOpened({title: '', summary: ''}));
    });
    const dialog = await screen.findByRole('dialog', {name: 'Declare incident'});
    const template = await within(dialog).findByRole('combobox', {name: 'Template'});
    await within(template).findByRole('option', {name: 'Chaos drill'});
    expect(within(dialog).queryByText('Drill')).not.toBeInTheDocument();

    await userEvent.selectOptions(template, 'Chaos drill');
    expect(within(dialog).getByRole('note')).toHaveTextContent('DrillThis template declares a drill, marked as one wherever it is shown.');
    await userEvent.selectOptions(template, 'Cloud outage');
    expect(within(dialog).queryByRole('note')).not.toBeInTheDocument();
});
