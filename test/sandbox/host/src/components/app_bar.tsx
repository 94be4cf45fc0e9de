import type {Channel, ChannelMembership} from '@mattermost/types/channels';
import {getCurrentChannel, getMyCurrentChannelMembership} from 'mattermost-redux/selectors/entities/channels';

import {useHostDispatch, useHostSelector} from '../store/hooks';
import {NO_COMPONENTS} from '../store/plugins_slice';
import type {PluginComponent} from '../store/plugins_slice';

type AppBarAction = (channel: Channel | undefined, member: ChannelMembership | undefined) => void;

// The App Bar on the right edge: one button per plugin icon, named by its tooltip.
export function AppBar() {
    const dispatch = useHostDispatch();
    const icons = useHostSelector((s) => s.plugins.components.AppBar ?? NO_COMPONENTS);
    const rhs = useHostSelector((s) => s.views.rhs);
    const channel = useHostSelector(getCurrentChannel);
    const member = useHostSelector(getMyCurrentChannelMembership);

    const onClick = (icon: PluginComponent) => {
        if (typeof icon.rhsPluginId === 'string') {
            dispatch({type: 'host/rhsToggle', pluginId: icon.rhsPluginId});
        } else {
            (icon.action as AppBarAction | undefined)?.(channel, member);
        }
    };

    return (
        <nav className='app-bar' aria-label='App Bar'>
            {icons.map((icon) => {
                const label = typeof icon.tooltipText === 'string' ? icon.tooltipText : icon.pluginId;
                const isActive = rhs.isOpen && rhs.pluginId === icon.rhsPluginId;
                return (
                    <button key={icon.id} type='button' className={`app-bar__icon${isActive ? ' app-bar__icon--active' : ''}`}
                        aria-label={label} title={label} aria-pressed={typeof icon.rhsPluginId === 'string' ? isActive : undefined}
                        onClick={() => onClick(icon)}>
                        <img src={String(icon.iconUrl)} alt='' width={24} height={24}/>
                    </button>
                );
            })}
        </nav>
    );
}
