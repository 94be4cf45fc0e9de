import type {ClientPluginManifest} from '@mattermost/types/plugins';
import {Client4} from 'mattermost-redux/client';

import type {HostStoreHandle} from '../store/host_store';
import {PluginRegistry} from './plugin_registry';

type PluginObject = {initialize?: (registry: PluginRegistry, store: HostStoreHandle['store']) => unknown; uninitialize?: () => void};

declare global {
    interface Window {
        plugins: Record<string, PluginObject | undefined>;
        registerPlugin: (id: string, plugin: PluginObject) => void;
    }
}

export function installRegisterPlugin(win: Window): void {
    win.plugins = {};
    win.registerPlugin = (id, plugin) => {
        win.plugins[id]?.uninitialize?.();
        win.plugins[id] = plugin;
    };
}

// As Mattermost: `/static/<x>` from an old server becomes `/static/plugins/<x>`.
const bundleUrl = (siteUrl: string, path: string) =>
    siteUrl + (path.startsWith('/static/') && !path.startsWith('/static/plugins/') ? path.replace('/static/', '/static/plugins/') : path);

function loadOne(manifest: ClientPluginManifest, siteUrl: string, host: HostStoreHandle): void {
    const script = document.createElement('script');
    script.id = `plugin_${manifest.id}`;
    script.type = 'text/javascript';
    script.defer = true;
    script.src = bundleUrl(siteUrl, manifest.webapp.bundle_path);
    script.onload = () => {
        const plugin = window.plugins[manifest.id];
        if (!plugin) {
            console.error(`[sandbox host] plugin ${manifest.id} loaded but did not call registerPlugin`);
            return;
        }
        try {
            plugin.initialize?.(new PluginRegistry(manifest.id, host), host.store);
        } catch (e) {
            console.error(`[sandbox host] plugin ${manifest.id} failed to initialize`, e);
        }
    };
    // Mattermost logs the failure and carries on with the other plugins.
    script.onerror = () => console.error(`[sandbox host] unable to load bundle for plugin ${manifest.id} from ${script.src}`);
    document.head.appendChild(script);
}

export async function loadPlugins(siteUrl: string, host: HostStoreHandle): Promise<void> {
    if (host.store.getState().entities.general.config.PluginsEnabled !== 'true') {
        return;
    }
    const manifests = await Client4.getWebappPlugins();
    host.store.dispatch({type: 'host/webappPluginsReceived', manifests});
    for (const manifest of manifests) {
        if (!document.getElementById(`plugin_${manifest.id}`)) {
            loadOne(manifest, siteUrl, host);
        }
    }
}
