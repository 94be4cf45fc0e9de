import {AppBar} from './app_bar';
import {CenterChannel} from './channel/center_channel';
import {ChannelSidebar} from './channel/channel_sidebar';
import {InteractiveDialog} from './dialog/interactive_dialog';
import {PluginRoute} from './plugin_route';
import {RhsPanel} from './rhs_panel';
import {RootComponents} from './root_components';
import {useRouteSync} from './use_route_sync';

export function AppLayout({siteUrl}: {siteUrl: string}) {
    const route = useRouteSync();
    return (
        <div className='app'>
            <ChannelSidebar/>
            {route?.pluginPath ? <PluginRoute route={route.pluginPath}/> : <CenterChannel siteUrl={siteUrl}/>}
            <RhsPanel/>
            <AppBar/>
            <RootComponents/>
            <InteractiveDialog/>
        </div>
    );
}
