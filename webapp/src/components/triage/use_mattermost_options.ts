import type {GlobalState} from '@mattermost/types/store';
import {useMemo} from 'react';
import {useSelector} from 'react-redux';

import type {ClientOptions} from '../../api/http';
import {useSreEnv} from '../common/sre_env';

/** Calls to Mattermost itself: its site URL (the page's origin when unset) with the user's own session cookie. */
export function useMattermostOptions(): ClientOptions {
    const {companion} = useSreEnv();
    const configured = useSelector((s: GlobalState) => s.entities.general.config.SiteURL);
    const baseUrl = (configured || companion.origin()).replace(/\/+$/, '');
    return useMemo(() => ({baseUrl, fetchFn: companion.fetchFn, cookies: companion.cookies}), [baseUrl, companion]);
}
