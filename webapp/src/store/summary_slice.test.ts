import type {GlobalState} from '@mattermost/types/store';
import type {UnknownAction} from 'redux';

import type {ApiError} from '../api/result';
import {busySummary, emptySummary} from '../test_support/summaries';

import {
    getLiveStatus, getLoadStatus, getSummary, getSummaryError, initialSummaryState, liveStatusChanged,
    SLICE_KEY, summaryFailed, summaryLoaded, summaryReducer, summaryRequested, type SummaryState,
} from './summary_slice';

const down: ApiError = {kind: 'unreachable', message: 'Failed to fetch'};
const loaded: SummaryState = {...initialSummaryState, status: 'loaded', summary: busySummary()};

it.each<[string, SummaryState, UnknownAction, SummaryState]>([
    ['requested from idle', initialSummaryState, summaryRequested(), {...initialSummaryState, status: 'loading'}],
    ['requested after a failure clears the error', {...initialSummaryState, status: 'failed', error: down}, summaryRequested(), {...initialSummaryState, status: 'loading'}],
    ['loaded', {...initialSummaryState, status: 'loading'}, summaryLoaded(emptySummary()), {...initialSummaryState, status: 'loaded', summary: emptySummary()}],
    ['a live summary ends a failure', {...initialSummaryState, status: 'failed', error: down}, summaryLoaded(emptySummary()), {...initialSummaryState, status: 'loaded', summary: emptySummary()}],
    ['failed keeps the last summary', loaded, summaryFailed(down), {...loaded, status: 'failed', error: down}],
    ['live status changes', initialSummaryState, liveStatusChanged('open'), {...initialSummaryState, live: 'open'}],
])('%s', (_name, before, action, after) => {
    expect(summaryReducer(before, action)).toEqual(after);
});

it.each<[string, UnknownAction]>([
    ['a host action', {type: 'RECEIVED_POSTS', data: []}],
    ['an unknown action with our prefix', {type: 'sre/somethingElse'}],
    ['the same live status again', liveStatusChanged('connecting')],
])('returns the same state object for %s', (_name, action) => {
    expect(summaryReducer(initialSummaryState, action)).toBe(initialSummaryState);
});

it('starts idle when the host passes no state', () => {
    expect(summaryReducer(undefined, {type: '@@INIT'})).toEqual(initialSummaryState);
});

const withSlice = (slice: SummaryState | undefined) => ({[SLICE_KEY]: {summary: slice}} as unknown as GlobalState);

it.each<[string, SummaryState | undefined, ReturnType<typeof pick>]>([
    ['a mounted slice', {status: 'failed', summary: busySummary(), error: down, live: 'reconnecting'}, ['failed', busySummary(), down, 'reconnecting']],
    ['no slice yet', undefined, ['idle', null, null, 'connecting']],
])('selectors read %s under plugins-<id>', (_name, slice, expected) => {
    expect(pick(withSlice(slice))).toEqual(expected);
});

function pick(s: GlobalState) {
    return [getLoadStatus(s), getSummary(s), getSummaryError(s), getLiveStatus(s)] as const;
}

it('mounts under the plugin id', () => {
    expect(SLICE_KEY).toBe('plugins-com.mattermost.sre-toolkit');
});
