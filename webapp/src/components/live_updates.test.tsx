import {act} from '@testing-library/react';

import {manifest} from '../manifest';
import {getLiveStatus, getSummary} from '../store/summary_slice';
import {fakeBrowser} from '../test_support/fake_event_source';
import {createHostStore, receiveAdminPluginSetting, receiveSiteUrl} from '../test_support/host_store';
import {renderInHost, testEnv} from '../test_support/render_in_host';
import {busySummary, emptySummary} from '../test_support/summaries';

import {LiveUpdates} from './live_updates';

function mountLiveUpdates() {
    const store = createHostStore();
    receiveSiteUrl(store, 'https://chat.example.com');
    const browser = fakeBrowser();
    const view = renderInHost(<LiveUpdates/>, store, testEnv(browser));
    return {store, browser, view};
}

it('applies each summary event to the store and reports the stream status', () => {
    const {store, browser} = mountLiveUpdates();
    const [source] = browser.sources;
    expect(source?.url).toBe('https://chat.example.com/sre-toolkit/api/v1/events');
    expect(getLiveStatus(store.getState())).toBe('connecting');

    act(() => source?.open());
    act(() => source?.send('summary', JSON.stringify(emptySummary())));
    expect(getLiveStatus(store.getState())).toBe('open');
    expect(getSummary(store.getState())).toEqual(emptySummary());

    act(() => source?.send('summary', JSON.stringify(busySummary())));
    expect(getSummary(store.getState())).toEqual(busySummary());

    act(() => source?.fail(0));
    expect(getLiveStatus(store.getState())).toBe('reconnecting');
});

it('follows the admin setting to a new URL with one stream at a time, and closes it on unmount', () => {
    const {store, browser, view} = mountLiveUpdates();
    act(() => receiveAdminPluginSetting(store, manifest.id, {companionurl: 'https://sre.example.com'}));

    expect(browser.sources.map((s) => [s.url, s.isClosed])).toEqual([
        ['https://chat.example.com/sre-toolkit/api/v1/events', true],
        ['https://sre.example.com/api/v1/events', false],
    ]);
    view.unmount();
    expect(browser.sources.every((s) => s.isClosed)).toBe(true);
});

it('renders nothing', () => {
    expect(mountLiveUpdates().view.container).toBeEmptyDOMElement();
});
