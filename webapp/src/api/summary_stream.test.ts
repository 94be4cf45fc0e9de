import {busySummary} from '../test_support/summaries';
import {fakeBrowser} from '../test_support/fake_event_source';

import {connectSummaryStream, type StreamStatus} from './summary_stream';

function connect() {
    const browser = fakeBrowser();
    const statuses: StreamStatus[] = [];
    const summaries: unknown[] = [];
    const close = connectSummaryStream({
        url: 'https://mm.test/sre-toolkit/api/v1/events',
        openEventSource: browser.openEventSource,
        schedule: browser.schedule,
        onSummary: (s) => summaries.push(s),
        onStatus: (s) => statuses.push(s),
    });
    const current = () => {
        const source = browser.sources.at(-1);
        if (!source) {
            throw new Error('no source opened');
        }
        return source;
    };
    return {...browser, statuses, summaries, close, current};
}

it('opens one stream and passes on each summary event', () => {
    const s = connect();
    s.current().open();
    s.current().send('summary', JSON.stringify(busySummary()));
    expect(s.sources.map((x) => x.url)).toEqual(['https://mm.test/sre-toolkit/api/v1/events']);
    expect(s.statuses).toEqual(['connecting', 'open']);
    expect(s.summaries).toEqual([busySummary()]);
});

it.each([['not JSON', '{oops'], ['another shape', '{"hello":1}']])('ignores a summary event that is %s', (_name, data) => {
    const s = connect();
    s.current().send('summary', data);
    expect(s.summaries).toEqual([]);
});

it('lets the browser retry a dropped connection by itself', () => {
    const s = connect();
    s.current().open();
    s.current().fail(0);
    expect(s.statuses).toEqual(['connecting', 'open', 'reconnecting']);
    expect(s.retries).toEqual([]);
    expect(s.sources).toHaveLength(1);
});

it('opens a new stream with growing backoff when the browser gives up, and resets it once open', () => {
    const s = connect();
    s.current().fail(2);
    s.retries.at(-1)?.fn();
    s.current().fail(2);
    s.retries.at(-1)?.fn();
    s.current().open();
    s.current().fail(2);
    expect(s.retries.map((r) => r.ms)).toEqual([1000, 2000, 1000]);
    expect(s.sources.map((x) => x.isClosed)).toEqual([true, true, true]);
    expect(s.sources).toHaveLength(3);
});

it('closes the stream and cancels a pending retry when closed', () => {
    const s = connect();
    s.current().fail(2);
    s.close();
    expect(s.retries.map((r) => r.isCancelled)).toEqual([true]);
    const first = s.sources[0];
    first?.send('summary', JSON.stringify(busySummary()));
    expect(s.summaries).toEqual([]);
});

it('closes an open stream for good', () => {
    const s = connect();
    s.current().open();
    s.close();
    s.current().send('summary', JSON.stringify(busySummary()));
    expect(s.sources.map((x) => x.isClosed)).toEqual([true]);
    expect(s.summaries).toEqual([]);
});
