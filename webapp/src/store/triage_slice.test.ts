import type {UnknownAction} from 'redux';

import type {ApiError} from '../api/result';
import {emptySummary} from '../test_support/summaries';
import {triageRequest} from '../test_support/triage';

import {summaryLoaded} from './summary_slice';
import {
    initialTriageState, newRequestClosed, newRequestOpened, triageClosed, triageOpened, triageQueueFailed, triageQueueLoaded,
    triageQueueRequested, triageReducer, triageRequestChanged, type TriageState,
} from './triage_slice';

const down: ApiError = {kind: 'unreachable', message: 'Failed to fetch'};
const one = triageRequest();
const loaded: TriageState = {...initialTriageState, status: 'loaded', requests: [one]};

it.each<[string, TriageState, UnknownAction, TriageState]>([
    ['requested clears error and staleness', {...loaded, status: 'failed', error: down, isStale: true}, triageQueueRequested(), {...loaded, status: 'loading'}],
    ['loaded', {...initialTriageState, status: 'loading'}, triageQueueLoaded([one]), loaded],
    ['failed keeps the last queue', loaded, triageQueueFailed(down), {...loaded, status: 'failed', error: down}],
    ['a summary event makes a loaded queue stale', loaded, summaryLoaded(emptySummary()), {...loaded, isStale: true}],
    ['a changed request replaces its row', loaded, triageRequestChanged({...one, status: 'accepted'}), {...loaded, requests: [{...one, status: 'accepted'}]}],
    ['a new request is added', loaded, triageRequestChanged(triageRequest({id: 'r2'})), {...loaded, requests: [one, triageRequest({id: 'r2'})]}],
    ['new request opened', initialTriageState, newRequestOpened({title: 't', description: 'd'}), {...initialTriageState, newRequest: {title: 't', description: 'd'}}],
    ['new request closed', {...initialTriageState, newRequest: {title: '', description: ''}}, newRequestClosed(), initialTriageState],
    ['triage opened at a request', initialTriageState, triageOpened('r1'), {...initialTriageState, walkFrom: 'r1'}],
    ['triage closed', {...initialTriageState, walkFrom: ''}, triageClosed(), initialTriageState],
])('%s', (_name, before, action, after) => {
    expect(triageReducer(before, action)).toEqual(after);
});

it.each<[string, TriageState, UnknownAction]>([
    ['a host action', loaded, {type: 'RECEIVED_POSTS'}],
    ['a summary before the queue was wanted', initialTriageState, summaryLoaded(emptySummary())],
    ['a change before the queue was wanted', initialTriageState, triageRequestChanged(one)],
])('keeps the same state for %s', (_name, before, action) => {
    expect(triageReducer(before, action).requests).toBe(before.requests);
    expect(triageReducer(before, {type: 'RECEIVED_POSTS'})).toBe(before);
});
