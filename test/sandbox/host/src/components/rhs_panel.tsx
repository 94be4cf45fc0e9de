import type {ReactNode} from 'react';

import {useHostDispatch, useHostSelector} from '../store/hooks';
import {PluginComponentView} from './plugin_component';

// The right-hand sidebar: a complementary region named by the plugin's title.
export function RhsPanel() {
    const dispatch = useHostDispatch();
    const rhs = useHostSelector((s) => s.views.rhs);
    const registration = useHostSelector((s) => s.plugins.components.RightHandSidebarComponent?.find((c) => c.id === rhs.pluginId));
    if (!rhs.isOpen || !registration) {
        return null;
    }
    return (
        <aside className='rhs' aria-labelledby='rhs-title'>
            <header className='rhs__header'>
                <h2 id='rhs-title'>{registration.title as ReactNode}</h2>
                <button type='button' className='icon-button' aria-label='Close' onClick={() => dispatch({type: 'host/rhsClose'})}>
                    <i className='icon icon-close' aria-hidden='true'/>
                </button>
            </header>
            <div className='rhs__body'><PluginComponentView registration={registration}/></div>
        </aside>
    );
}
