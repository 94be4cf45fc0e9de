import type {GlobalState} from '@mattermost/types/store';
import type {UnknownAction} from 'redux';

import type {TriageRequestView} from '../../../server-ts/src/contract/triage';
import type {ApiError} from '../api/result';

import {SLICE_KEY, type LoadStatus} from './summary_slice';

/** What the New request modal starts with: empty from the sidebar, the message's text when sent from a post. */
export type NewRequestPrefill = {title: string; description: string; sourcePostId?: string};

export type TriageState = {
    status: LoadStatus;
    // null until the queue is first wanted: it loads on demand, not with the sidebar.
    requests: TriageRequestView[] | null;
    error: ApiError | null;
    // A summary event arrived after the last load; whoever shows the queue reloads it.
    isStale: boolean;
    newRequest: NewRequestPrefill | null;
    // null while the triage modal is closed; otherwise the request it opened at ('' = the first new one).
    walkFrom: string | null;
};

export const initialTriageState: TriageState = {status: 'idle', requests: null, error: null, isStale: false, newRequest: null, walkFrom: null};

export type TriageAction =
    | {type: 'sre/triageQueueRequested'}
    | {type: 'sre/triageQueueLoaded'; requests: TriageRequestView[]}
    | {type: 'sre/triageQueueFailed'; error: ApiError}
    | {type: 'sre/triageRequestChanged'; request: TriageRequestView}
    | {type: 'sre/newRequestOpened'; prefill: NewRequestPrefill}
    | {type: 'sre/newRequestClosed'}
    | {type: 'sre/triageOpened'; requestId: string}
    | {type: 'sre/triageClosed'};

export const triageQueueRequested = (): TriageAction => ({type: 'sre/triageQueueRequested'});
export const triageQueueLoaded = (requests: TriageRequestView[]): TriageAction => ({type: 'sre/triageQueueLoaded', requests});
export const triageQueueFailed = (error: ApiError): TriageAction => ({type: 'sre/triageQueueFailed', error});
export const triageRequestChanged = (request: TriageRequestView): TriageAction => ({type: 'sre/triageRequestChanged', request});
export const newRequestOpened = (prefill: NewRequestPrefill): TriageAction => ({type: 'sre/newRequestOpened', prefill});
export const newRequestClosed = (): TriageAction => ({type: 'sre/newRequestClosed'});
export const triageOpened = (requestId = ''): TriageAction => ({type: 'sre/triageOpened', requestId});
export const triageClosed = (): TriageAction => ({type: 'sre/triageClosed'});

const OUR_TYPES: ReadonlySet<string> = new Set<TriageAction['type']>([
    'sre/triageQueueRequested', 'sre/triageQueueLoaded', 'sre/triageQueueFailed', 'sre/triageRequestChanged',
    'sre/newRequestOpened', 'sre/newRequestClosed', 'sre/triageOpened', 'sre/triageClosed',
]);
const isOurs = (a: UnknownAction): a is TriageAction & UnknownAction => OUR_TYPES.has(a.type);
// The summary event is how the companion says "something changed"; it carries no queue, so we refetch.
const SUMMARY_LOADED = 'sre/summaryLoaded';

function withRequest(requests: TriageRequestView[] | null, request: TriageRequestView): TriageRequestView[] | null {
    if (!requests) {
        return requests;
    }
    const at = requests.findIndex((r) => r.id === request.id);
    return at < 0 ? [...requests, request] : requests.map((r, i) => (i === at ? request : r));
}

export function triageReducer(state: TriageState = initialTriageState, action: UnknownAction): TriageState {
    if (action.type === SUMMARY_LOADED) {
        return state.requests && !state.isStale ? {...state, isStale: true} : state;
    }
    if (!isOurs(action)) {
        return state;
    }
    switch (action.type) {
    case 'sre/triageQueueRequested':
        return {...state, status: 'loading', error: null, isStale: false};
    case 'sre/triageQueueLoaded':
        return {...state, status: 'loaded', requests: action.requests, error: null};
    case 'sre/triageQueueFailed':
        return {...state, status: 'failed', error: action.error};
    case 'sre/triageRequestChanged':
        return {...state, requests: withRequest(state.requests, action.request)};
    case 'sre/newRequestOpened':
        return {...state, newRequest: action.prefill};
    case 'sre/newRequestClosed':
        return {...state, newRequest: null};
    case 'sre/triageOpened':
        return {...state, walkFrom: action.requestId};
    case 'sre/triageClosed':
        return {...state, walkFrom: null};
    }
}

const slice = (s: GlobalState): TriageState =>
    (s as unknown as Record<string, {triage?: TriageState} | undefined>)[SLICE_KEY]?.triage ?? initialTriageState;

export const getTriageQueue = (s: GlobalState) => slice(s);
export const getNewRequestPrefill = (s: GlobalState) => slice(s).newRequest;
export const getTriageWalkFrom = (s: GlobalState) => slice(s).walkFrom;
