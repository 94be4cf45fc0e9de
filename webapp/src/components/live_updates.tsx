import type {GlobalState} from '@mattermost/types/store';
import {useEffect} from 'react';
import {useDispatch, useSelector} from 'react-redux';

import {clientFor} from '../api/environment';
import {connectSummaryStream} from '../api/summary_stream';
import {liveStatusChanged, summaryLoaded} from '../store/summary_slice';

import {useSreEnv} from './common/sre_env';

/** Root component: owns the one SSE stream and feeds it into the store. Renders nothing. */
export function LiveUpdates() {
    const env = useSreEnv();
    const dispatch = useDispatch();
    const url = useSelector((s: GlobalState) => clientFor(s, env.companion).eventsUrl());

    useEffect(() => connectSummaryStream({
        url,
        openEventSource: env.openEventSource,
        schedule: env.schedule,
        onSummary: (summary) => dispatch(summaryLoaded(summary)),
        onStatus: (status) => dispatch(liveStatusChanged(status)),
    }), [url, env, dispatch]);

    return null;
}
