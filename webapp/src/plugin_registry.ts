import type {GlobalState} from '@mattermost/types/store';
import type {ComponentType, ReactNode} from 'react';
import type {Reducer, UnknownAction} from 'redux';

// The subset of Mattermost's PluginRegistry we call (REGISTRY.md §3), with its positional argument order.
export type RhsRegistration = {
    id: string;
    showRHSPlugin: UnknownAction;
    hideRHSPlugin: UnknownAction;
    toggleRHSPlugin: UnknownAction;
};

export type PluginRegistry = {
    registerReducer: (reducer: Reducer) => void;
    registerTranslations: (getTranslationsForLocale: (locale: string) => Record<string, string>) => void;
    registerRootComponent: (component: ComponentType) => string;
    registerRightHandSidebarComponent: (component: ComponentType, title: ReactNode) => RhsRegistration;
    registerAppBarComponent: (iconUrl: string, action: () => void, tooltipText: ReactNode) => string;
    registerChannelHeaderButtonAction: (icon: ReactNode, action: () => void, dropdownText: ReactNode, tooltipText: ReactNode) => string;
    registerPostDropdownMenuAction: (text: ReactNode, action: (postId: string) => void, filter: (postId: string) => boolean) => string;
    // A page at /<team>/<plugin id>/<route>, in the centre where a channel's posts go.
    registerNeedsTeamRoute: (route: string, component: ComponentType) => string;
    unregisterComponent: (id: string) => void;
};

export type HostStore = {dispatch: (action: UnknownAction) => unknown; getState: () => GlobalState};
