import {useSyncExternalStore} from 'react';

// A minimal browser history for the host: app routes are /login and /:team/channels/:channel (plus
// plugin team routes /:team/<pluginId>/<route>).
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());
window.addEventListener('popstate', notify);

export function navigate(path: string, replace = false): void {
    if (replace) {
        window.history.replaceState(null, '', path);
    } else if (path !== window.location.pathname) {
        window.history.pushState(null, '', path);
    }
    notify();
}

export function usePathname(): string {
    return useSyncExternalStore((l) => {
        listeners.add(l);
        return () => listeners.delete(l);
    }, () => window.location.pathname);
}

export const browserHistory = {
    push: (path: string) => navigate(path),
    replace: (path: string) => navigate(path, true),
    goBack: () => window.history.back(),
    get location() {
        return window.location;
    },
};

// Mattermost honours goto_location: same-site paths navigate in the app, anything else opens a tab.
export function goToLocation(location: string, siteUrl: string): void {
    const path = location.startsWith(siteUrl) ? location.slice(siteUrl.length) || '/' : location;
    if (path.startsWith('/')) {
        navigate(path);
    } else {
        window.open(location, '_blank', 'noopener');
    }
}
