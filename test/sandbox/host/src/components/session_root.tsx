import {useEffect} from 'react';

import {connectSocket} from '../api/socket';
import {loadPlugins} from '../registry/plugin_loader';
import type {HostStoreHandle} from '../store/host_store';
import {useHostDispatch} from '../store/hooks';
import {AppLayout} from './app_layout';

// Logged in: one WebSocket for the page and the plugin bundles, loaded once as Mattermost does.
export function SessionRoot({host, siteUrl}: {host: HostStoreHandle; siteUrl: string}) {
    const dispatch = useHostDispatch();
    useEffect(() => connectSocket(siteUrl, dispatch), [siteUrl, dispatch]);
    useEffect(() => {
        loadPlugins(siteUrl, host).catch((e: unknown) => console.error('[sandbox host] could not list webapp plugins', e));
    }, [siteUrl, host]);
    return <AppLayout siteUrl={siteUrl}/>;
}
