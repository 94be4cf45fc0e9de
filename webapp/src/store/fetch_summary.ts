import type {GlobalState} from '@mattermost/types/store';
import type {Dispatch} from 'redux';

import {clientFor, type CompanionEnv} from '../api/environment';

import {summaryFailed, summaryLoaded, summaryRequested} from './summary_slice';

// Mattermost's store runs redux-thunk, so a function dispatched into it gets dispatch and getState.
export type SreThunk = (dispatch: Dispatch, getState: () => GlobalState) => Promise<void>;
export type SreDispatch = Dispatch & ((thunk: SreThunk) => Promise<void>);

export function fetchSummary(env: CompanionEnv): SreThunk {
    return async (dispatch, getState) => {
        dispatch(summaryRequested());
        const result = await clientFor(getState(), env).getSummary();
        dispatch(result.ok ? summaryLoaded(result.value) : summaryFailed(result.error));
    };
}
