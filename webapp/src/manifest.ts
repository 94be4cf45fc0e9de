import pluginJson from '../../plugin.json';

// plugin.json names the plugin; the version is injected at build time so it is written only once.
export const manifest = {
    id: pluginJson.id,
    name: pluginJson.name,
    version: __PLUGIN_VERSION__,
} as const;
