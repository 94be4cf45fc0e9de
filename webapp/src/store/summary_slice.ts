import type {GlobalState} from '@mattermost/types/store';
import type {UnknownAction} from 'redux';

import type {Summary} from '../../../server-ts/src/contract/summary';
import type {ApiError} from '../api/result';
import {manifest} from '../manifest';

export type LoadStatus = 'idle' | 'loading' | 'loaded' | 'failed';
export type LiveStatus = 'connecting' | 'open' | 'reconnecting';

export type SummaryState = {
    status: LoadStatus;
    summary: Summary | null;
    error: ApiError | null;
    live: LiveStatus;
};

export const initialSummaryState: SummaryState = {status: 'idle', summary: null, error: null, live: 'connecting'};

export type SummaryAction =
    | {type: 'sre/summaryRequested'}
    | {type: 'sre/summaryLoaded'; summary: Summary}
    | {type: 'sre/summaryFailed'; error: ApiError}
    | {type: 'sre/liveStatusChanged'; live: LiveStatus};

export const summaryRequested = (): SummaryAction => ({type: 'sre/summaryRequested'});
export const summaryLoaded = (summary: Summary): SummaryAction => ({type: 'sre/summaryLoaded', summary});
export const summaryFailed = (error: ApiError): SummaryAction => ({type: 'sre/summaryFailed', error});
export const liveStatusChanged = (live: LiveStatus): SummaryAction => ({type: 'sre/liveStatusChanged', live});

const OUR_TYPES: ReadonlySet<string> = new Set<SummaryAction['type']>([
    'sre/summaryRequested', 'sre/summaryLoaded', 'sre/summaryFailed', 'sre/liveStatusChanged',
]);

// The host sends its own actions through us too; only our exact types are ours.
const isOurs = (a: UnknownAction): a is SummaryAction & UnknownAction => OUR_TYPES.has(a.type);

// A failed refresh keeps the last summary, so the sidebar can still show it next to the error.
export function summaryReducer(state: SummaryState = initialSummaryState, action: UnknownAction): SummaryState {
    if (!isOurs(action)) {
        return state;
    }
    switch (action.type) {
    case 'sre/summaryRequested':
        return {...state, status: 'loading', error: null};
    case 'sre/summaryLoaded':
        return {...state, status: 'loaded', summary: action.summary, error: null};
    case 'sre/summaryFailed':
        return {...state, status: 'failed', error: action.error};
    case 'sre/liveStatusChanged':
        return state.live === action.live ? state : {...state, live: action.live};
    }
}

export const SLICE_KEY = `plugins-${manifest.id}`;

// registerReducer mounts the plugin reducer at state['plugins-<id>']; this is the one cast that knows it.
const slice = (s: GlobalState): SummaryState =>
    (s as unknown as Record<string, {summary?: SummaryState} | undefined>)[SLICE_KEY]?.summary ?? initialSummaryState;

export const getLoadStatus = (s: GlobalState) => slice(s).status;
export const getSummary = (s: GlobalState) => slice(s).summary;
export const getSummaryError = (s: GlobalState) => slice(s).error;
export const getLiveStatus = (s: GlobalState) => slice(s).live;
