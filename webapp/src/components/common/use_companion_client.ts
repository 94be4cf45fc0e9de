import type {GlobalState} from '@mattermost/types/store';
import {useMemo} from 'react';
import {useSelector} from 'react-redux';

import {companionBaseUrl} from '../../api/base_url';
import {createCompanionClient, type CompanionClient} from '../../api/client';

import {useSreEnv} from './sre_env';

/** The companion client for the current settings; the same object until the companion URL changes. */
export function useCompanionClient(): CompanionClient {
    const {companion} = useSreEnv();
    const baseUrl = useSelector((s: GlobalState) => companionBaseUrl(s, companion.origin()));
    return useMemo(() => createCompanionClient({baseUrl, fetchFn: companion.fetchFn, cookies: companion.cookies}), [baseUrl, companion]);
}
