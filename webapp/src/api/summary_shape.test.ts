import {busySummary} from '../test_support/summaries';

import {isSummary} from './summary_shape';

test('takes a summary with its follow-ups as it is', () => {
    const summary = busySummary();
    expect(isSummary(summary)).toBe(true);
    expect(summary.followUps).toEqual(busySummary().followUps);
});

test('reads a companion older than the follow-ups block as having none', () => {
    const older: Record<string, unknown> = {...busySummary()};
    delete older.followUps;
    expect(isSummary(older)).toBe(true);
    expect(older).toMatchObject({followUps: {open: 0, overdue: 0, overdueItems: []}});
});

test.each<[string, unknown]>([
    ['a proxy page', '<html>Bad gateway</html>'],
    ['no runbooks', {...busySummary(), runbooks: undefined}],
])('refuses %s', (_name, body) => expect(isSummary(body)).toBe(false));
