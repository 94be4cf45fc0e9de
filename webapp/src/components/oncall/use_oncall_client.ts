import type {GlobalState} from '@mattermost/types/store';
import {useMemo} from 'react';
import {useSelector} from 'react-redux';

import {companionBaseUrl} from '../../api/base_url';
import {createOncallClient, type OncallClient} from '../../api/oncall_client';
import {createPagingClient, type PagingClient} from '../../api/paging_client';
import {useSreEnv} from '../common/sre_env';

/** The companion's schedules and pages, for the current settings; the same object until the companion URL changes. */
export function useOncallClient(): OncallClient & PagingClient {
    const {companion} = useSreEnv();
    const baseUrl = useSelector((s: GlobalState) => companionBaseUrl(s, companion.origin()));
    return useMemo(() => {
        const options = {baseUrl, fetchFn: companion.fetchFn, cookies: companion.cookies};
        return {...createOncallClient(options), ...createPagingClient(options)};
    }, [baseUrl, companion]);
}
