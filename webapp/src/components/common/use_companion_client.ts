import type {GlobalState} from '@mattermost/types/store';
import {useMemo} from 'react';
import {useSelector} from 'react-redux';

import {companionBaseUrl} from '../../api/base_url';
import {createCompanionClient, type CompanionClient} from '../../api/client';
import type {ClientOptions} from '../../api/http';

import {useSreEnv} from './sre_env';

/**
 * A client of the companion made by `create` (a module-level function) for the current settings; the same object until
 * the companion URL changes.
 */
export function useClientOf<T>(create: (options: ClientOptions) => T): T {
    const {companion} = useSreEnv();
    const baseUrl = useSelector((s: GlobalState) => companionBaseUrl(s, companion.origin()));
    return useMemo(() => create({baseUrl, fetchFn: companion.fetchFn, cookies: companion.cookies}), [baseUrl, companion, create]);
}

/** The incidents and triage client. */
export const useCompanionClient = (): CompanionClient => useClientOf(createCompanionClient);
