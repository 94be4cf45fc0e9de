import type {GlobalState} from '@mattermost/types/store';

import {manifest} from '../manifest';

const DEFAULT_COMPANION_PATH = '/sre-toolkit';

// Only system admins have the admin config loaded; everyone else gets the default path, which is
// also what the README's reverse-proxy block serves.
function configuredCompanionUrl(state: GlobalState): string | undefined {
    const plugins: unknown = state.entities.admin.config.PluginSettings?.Plugins;
    if (typeof plugins !== 'object' || plugins === null) {
        return undefined;
    }
    // Mattermost lowercases plugin setting keys when it stores them.
    const ours: unknown = (plugins as Record<string, unknown>)[manifest.id];
    if (typeof ours !== 'object' || ours === null) {
        return undefined;
    }
    const url: unknown = (ours as Record<string, unknown>).companionurl;
    return typeof url === 'string' && url.trim() !== '' ? url.trim() : undefined;
}

const isAbsolute = (url: string) => /^https?:\/\//i.test(url);
const trimSlashes = (s: string) => s.replace(/\/+$/, '');

/** Where the companion lives, without a trailing slash: SiteURL + CompanionURL, or an absolute CompanionURL as is. */
export function companionBaseUrl(state: GlobalState, origin: string): string {
    const companion = configuredCompanionUrl(state) ?? DEFAULT_COMPANION_PATH;
    if (isAbsolute(companion)) {
        return trimSlashes(companion);
    }
    const site = trimSlashes(state.entities.general.config.SiteURL || origin);
    const path = companion.startsWith('/') ? companion : `/${companion}`;
    return trimSlashes(`${site}${path}`);
}
