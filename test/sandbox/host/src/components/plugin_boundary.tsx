import {Component} from 'react';
import type {ReactNode} from 'react';

type Props = {pluginId: string; children: ReactNode};

// A crashing plugin component must not take the host page down (Mattermost wraps them the same way).
export class PluginBoundary extends Component<Props, {failed: boolean}> {
    override state = {failed: false};

    static getDerivedStateFromError() {
        return {failed: true};
    }

    override componentDidCatch(error: unknown) {
        console.error(`[sandbox host] a component of plugin ${this.props.pluginId} crashed`, error);
    }

    override render() {
        return this.state.failed ? null : this.props.children;
    }
}
