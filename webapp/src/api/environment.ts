import type {GlobalState} from '@mattermost/types/store';

import {companionBaseUrl} from './base_url';
import {createCompanionClient, type CompanionClient, type FetchFn} from './client';

/** What the client needs from the browser, passed in so tests can give their own. */
export type CompanionEnv = {fetchFn: FetchFn; cookies: () => string; origin: () => string};

export const browserEnv: CompanionEnv = {
    fetchFn: (url, init) => window.fetch(url, init),
    cookies: () => document.cookie,
    origin: () => window.location.origin,
};

export function clientFor(state: GlobalState, env: CompanionEnv): CompanionClient {
    return createCompanionClient({baseUrl: companionBaseUrl(state, env.origin()), fetchFn: env.fetchFn, cookies: env.cookies});
}
