import {useHostSelector} from '../store/hooks';
import {NO_COMPONENTS} from '../store/plugins_slice';
import {PluginComponentView} from './plugin_component';

export function RootComponents() {
    const roots = useHostSelector((s) => s.plugins.components.Root ?? NO_COMPONENTS);
    return <>{roots.map((r) => <PluginComponentView key={r.id} registration={r}/>)}</>;
}
