import {busySummary} from '../test_support/summaries';

import {readSummary} from './summary_shape';

test('takes a summary with its follow-ups as it is', () => {
    expect(readSummary(busySummary())).toEqual(busySummary());
});

test('reads a companion older than the follow-ups block as having none', () => {
    const older: Record<string, unknown> = {...busySummary()};
    delete older.followUps;
    expect(readSummary(older)).toEqual({...busySummary(), followUps: {open: 0, overdue: 0, overdueItems: []}});
    expect(older.followUps).toBeUndefined();
});

test.each<[string, unknown]>([
    ['a proxy page', '<html>Bad gateway</html>'],
    ['no runbooks', {...busySummary(), runbooks: undefined}],
])('refuses %s', (_name, body) => expect(readSummary(body)).toBeNull());
