import type {ComponentType} from 'react';

import type {PluginComponent} from '../store/plugins_slice';
import {PluginBoundary} from './plugin_boundary';

type Props = {registration: PluginComponent; field?: string; props?: Record<string, unknown>};

// Renders the React component a plugin registered, isolated by an error boundary.
export function PluginComponentView({registration, field = 'component', props = {}}: Props) {
    const Registered = registration[field] as ComponentType<Record<string, unknown>> | undefined;
    if (!Registered) {
        return null;
    }
    return (
        <PluginBoundary pluginId={registration.pluginId}>
            <Registered {...props}/>
        </PluginBoundary>
    );
}
