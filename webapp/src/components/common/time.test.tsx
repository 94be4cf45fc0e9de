import {screen} from '@testing-library/react';

import {createHostStore} from '../../test_support/host_store';
import {renderInHost} from '../../test_support/render_in_host';
import {NOW_ISO} from '../../test_support/summaries';

import {LocalTime} from './local_time';
import {RelativeTime} from './relative_time';

// NOW_ISO is Monday 2025-01-06 08:00 UTC; jest runs with TZ=UTC.
const shifted = (ms: number) => new Date(Date.parse(NOW_ISO) + ms).toISOString();
const HOUR = 3_600_000;

it.each([
    ['later today', shifted(2 * HOUR), '10:00 AM'],
    ['later this week', shifted(3 * 24 * HOUR), 'Thu 8:00 AM'],
    ['next week', shifted(8 * 24 * HOUR), 'Tue, Jan 14, 8:00 AM'],
    ['earlier this week', shifted(-2 * 24 * HOUR), 'Sat 8:00 AM'],
])('shows an instant %s as %s', (_when, iso, expected) => {
    renderInHost(<LocalTime iso={iso}/>, createHostStore());
    expect(screen.getByText(expected)).toHaveAttribute('datetime', iso);
});

it.each([
    [shifted(-10_000), 'just now'],
    [shifted(30_000), 'just now'],
    [shifted(-3 * HOUR), '3 hours ago'],
    [shifted(2 * HOUR), 'in 2 hours'],
])('says %s relative to now as "%s"', (iso, expected) => {
    renderInHost(<RelativeTime iso={iso}/>, createHostStore());
    expect(screen.getByText(expected)).toBeInTheDocument();
});
