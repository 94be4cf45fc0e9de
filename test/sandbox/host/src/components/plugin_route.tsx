import {useHostSelector} from '../store/hooks';
import {NO_COMPONENTS} from '../store/plugins_slice';
import {PluginComponentView} from './plugin_component';

// registerNeedsTeamRoute: /:team/<pluginId>/<route> renders the plugin's page in the centre.
export function PluginRoute({route}: {route: string}) {
    const routes = useHostSelector((s) => s.plugins.components.NeedsTeamRoute ?? NO_COMPONENTS);
    const match = routes.find((r) => route === `${r.pluginId}/${String(r.route)}` || route.startsWith(`${r.pluginId}/${String(r.route)}/`));
    return (
        <main className='center'>
            {match ? <PluginComponentView registration={match}/> : <p role='status'>{'No such page.'}</p>}
        </main>
    );
}
