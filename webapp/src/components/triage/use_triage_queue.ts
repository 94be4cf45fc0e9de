import type {GlobalState} from '@mattermost/types/store';
import {useEffect} from 'react';
import {useDispatch, useSelector} from 'react-redux';

import {fetchTriageQueue} from '../../store/fetch_triage_queue';
import type {SreDispatch} from '../../store/fetch_summary';
import {getTriageQueue} from '../../store/triage_slice';
import {useSreEnv} from '../common/sre_env';

/** The triage queue, loaded when first shown and reloaded after each summary event while shown. */
export function useTriageQueue() {
    const env = useSreEnv();
    const dispatch = useDispatch<SreDispatch>();
    const queue = useSelector((s: GlobalState) => getTriageQueue(s));
    const shouldLoad = queue.status === 'idle' || (queue.isStale && queue.status !== 'loading');
    useEffect(() => {
        if (shouldLoad) {
            void dispatch(fetchTriageQueue(env.companion));
        }
    }, [shouldLoad, dispatch, env]);
    return queue;
}
