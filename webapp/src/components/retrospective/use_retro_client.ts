import type {GlobalState} from '@mattermost/types/store';
import {useMemo} from 'react';
import {useSelector} from 'react-redux';

import {companionBaseUrl} from '../../api/base_url';
import {createRetroClient, type RetroClient} from '../../api/retro_client';
import {useSreEnv} from '../common/sre_env';

/** The retrospective client for the current settings; the same object until the companion URL changes. */
export function useRetroClient(): RetroClient {
    const {companion} = useSreEnv();
    const baseUrl = useSelector((s: GlobalState) => companionBaseUrl(s, companion.origin()));
    return useMemo(() => createRetroClient({baseUrl, fetchFn: companion.fetchFn, cookies: companion.cookies}), [baseUrl, companion]);
}
