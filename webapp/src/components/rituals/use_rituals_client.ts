import type {GlobalState} from '@mattermost/types/store';
import {useMemo} from 'react';
import {useSelector} from 'react-redux';

import {companionBaseUrl} from '../../api/base_url';
import {createDrillsClient, type DrillsClient} from '../../api/drills_client';
import {createRitualsClient, type RitualsClient} from '../../api/rituals_client';
import {useSreEnv} from '../common/sre_env';

/** The companion's rituals and drills, for the current settings; the same object until the companion URL changes. */
export function useRitualsClient(): RitualsClient & DrillsClient {
    const {companion} = useSreEnv();
    const baseUrl = useSelector((s: GlobalState) => companionBaseUrl(s, companion.origin()));
    return useMemo(() => {
        const options = {baseUrl, fetchFn: companion.fetchFn, cookies: companion.cookies};
        return {...createRitualsClient(options), ...createDrillsClient(options)};
    }, [baseUrl, companion]);
}
