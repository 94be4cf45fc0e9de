import {screen, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type {Summary} from '../../../../server-ts/src/contract/summary';
import {getTriageWalkFrom} from '../../store/triage_slice';
import {createHostStore} from '../../test_support/host_store';
import {renderInHost} from '../../test_support/render_in_host';
import {busySummary} from '../../test_support/summaries';

import {FollowUpsSection} from './follow_ups_section';

test('lists the overdue follow-ups and opens one in the triage modal', async () => {
    const store = createHostStore();
    const followUps: Summary['followUps'] = {...busySummary().followUps, overdue: 4};
    renderInHost(<FollowUpsSection followUps={followUps}/>, store);
    const section = screen.getByRole('region', {name: 'Follow-ups'});
    expect(within(section).getByText('4 overdue')).toBeInTheDocument();
    expect(within(section).getByText('3 open')).toBeInTheDocument();
    expect(within(section).getByRole('listitem')).toHaveTextContent('#9 Faster rollback@bob · due 2 days ago · incident #40');
    expect(within(section).getByText('and 3 more overdue')).toBeInTheDocument();

    await userEvent.click(within(section).getByRole('button', {name: '#9 Faster rollback'}));
    expect(getTriageWalkFrom(store.getState())).toBe('t9');
});

test('says when nothing is overdue', () => {
    renderInHost(<FollowUpsSection followUps={{open: 2, overdue: 0, overdueItems: []}}/>, createHostStore());
    const section = screen.getByRole('region', {name: 'Follow-ups'});
    expect(section).toHaveTextContent('Follow-ups2 open, none overdue');
    expect(within(section).queryByRole('list')).not.toBeInTheDocument();
});
