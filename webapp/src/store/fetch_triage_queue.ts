import {clientFor, type CompanionEnv} from '../api/environment';

import type {SreThunk} from './fetch_summary';
import {triageQueueFailed, triageQueueLoaded, triageQueueRequested} from './triage_slice';

// The whole queue, unfiltered: the sidebar filters and the triage modal's duplicate search work on it locally.
export function fetchTriageQueue(env: CompanionEnv): SreThunk {
    return async (dispatch, getState) => {
        dispatch(triageQueueRequested());
        const result = await clientFor(getState(), env).listQueue();
        dispatch(result.ok ? triageQueueLoaded(result.value) : triageQueueFailed(result.error));
    };
}
