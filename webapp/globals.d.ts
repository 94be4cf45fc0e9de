// Replaced by webpack's DefinePlugin (and jest's globals) with the version from the root package.json.
declare const __PLUGIN_VERSION__: string;

// Mattermost's helpers for plugins (REGISTRY.md §2); absent in older hosts and in tests.
interface Window {
    registerPlugin: (id: string, plugin: object) => void;
    WebappUtils?: {browserHistory?: {push: (path: string) => void}};
}
