import type {Reducer} from 'redux';

import type {HostStoreHandle} from '../store/host_store';
import type {ComponentSlot, TranslationSource, WebSocketHandler} from '../store/plugins_slice';
import type {RhsAction} from '../store/views_slice';
import {reArg} from './re_arg';

export type RhsRegistration = {id: string; showRHSPlugin: RhsAction; hideRHSPlugin: RhsAction; toggleRHSPlugin: RhsAction};

let lastId = 0;
const nextId = (pluginId: string) => `${pluginId}_${String(++lastId)}`;

// What Mattermost's registry has but this stand-in does not: each returns an id so callers that keep
// one for unregisterComponent still work, and warns once so a missing feature is visible.
const UNSUPPORTED = ['registerChannelHeaderMenuAction', 'registerGlobalComponent', 'registerSidebarChannelLinkLabelComponent',
    'registerAdminConsoleCustomSetting', 'registerCustomRoute', 'registerLeftSidebarHeaderComponent',
    'registerBottomTeamSidebarComponent', 'registerPostDropdownSubMenuAction', 'registerMainMenuAction',
    'registerReconnectHandler', 'registerMessageWillBePostedHook', 'registerMessageWillBeUpdatedHook',
    'registerMessageWillFormatHook', 'registerFilesWillUploadHook', 'registerFilePreviewComponent',
    'registerPostWillRenderEmbedComponent', 'registerChannelIntroButtonAction', 'registerCallButtonAction',
    'registerChannelToastComponent', 'registerProduct', 'registerSiteStatisticsHandler', 'registerFileUploadMethod',
    'registerPopoverUserAttributesComponent', 'registerPopoverUserActionsComponent', 'registerPostActionComponent',
    'registerPostEditorActionComponent', 'registerAdminConsolePlugin', 'unregisterReconnectHandler'];

export class PluginRegistry {
    readonly supports = {globalAppBar: true, globalRhs: true};
    private readonly warned = new Set<string>();

    constructor(private readonly pluginId: string, private readonly host: HostStoreHandle) {
        for (const name of UNSUPPORTED) {
            Object.defineProperty(this, name, {value: () => this.unsupported(name), enumerable: false});
        }
    }

    private unsupported(name: string): string {
        if (!this.warned.has(name)) {
            this.warned.add(name);
            console.warn(`[sandbox host] ${name} is not implemented by the sandbox; ignored for ${this.pluginId}`);
        }
        return nextId(this.pluginId);
    }

    private add(slot: ComponentSlot, fields: Record<string, unknown>): string {
        const id = nextId(this.pluginId);
        this.host.store.dispatch({type: 'host/componentRegistered', slot, component: {...fields, id, pluginId: this.pluginId}});
        return id;
    }

    registerRootComponent = reArg(['component'], ({component}) => this.add('Root', {component}));

    registerRightHandSidebarComponent = reArg(['component', 'title'], ({component, title}): RhsRegistration => {
        const id = this.add('RightHandSidebarComponent', {component, title});
        return {
            id,
            showRHSPlugin: {type: 'host/rhsShow', pluginId: id},
            hideRHSPlugin: {type: 'host/rhsHide', pluginId: id},
            toggleRHSPlugin: {type: 'host/rhsToggle', pluginId: id},
        };
    });

    registerAppBarComponent = reArg(['iconUrl', 'action', 'tooltipText', 'supportedProductIds', 'rhsComponent', 'rhsTitle'],
        ({iconUrl, action, tooltipText, supportedProductIds, rhsComponent, rhsTitle}) => {
            if (!rhsComponent) {
                return this.add('AppBar', {iconUrl, action, tooltipText, supportedProductIds: supportedProductIds ?? null});
            }
            const rhs = this.registerRightHandSidebarComponent({component: rhsComponent, title: rhsTitle});
            const id = this.add('AppBar', {iconUrl, tooltipText, supportedProductIds: supportedProductIds ?? null, rhsPluginId: rhs.id});
            return {id, rhsComponent: rhs};
        });

    registerChannelHeaderButtonAction = reArg(['icon', 'action', 'dropdownText', 'tooltipText'],
        ({icon, action, dropdownText, tooltipText}) => this.add('ChannelHeaderButton', {icon, action, dropdownText, tooltipText}));

    registerPostDropdownMenuAction = reArg(['text', 'action', 'filter'],
        ({text, action, filter}) => this.add('PostDropdownMenu', {text, action, filter}));

    registerPostTypeComponent = reArg(['type', 'component'], ({type, component}) => this.add('PostType', {type, component}));

    registerNeedsTeamRoute = reArg(['route', 'component'], ({route, component}) =>
        this.add('NeedsTeamRoute', {route: String(route).replace(/^\/+/, ''), component}));

    registerSlashCommandWillBePostedHook = reArg(['hook'], ({hook}) => this.add('SlashCommandWillBePosted', {hook}));

    registerReducer = reArg(['reducer'], ({reducer}): void => {
        this.host.registerPluginReducer(this.pluginId, reducer as Reducer);
    });

    registerTranslations = reArg(['getTranslationsForLocale'], ({getTranslationsForLocale}): void => {
        this.host.store.dispatch({type: 'host/translationsRegistered', pluginId: this.pluginId, source: getTranslationsForLocale as TranslationSource});
    });

    registerWebSocketEventHandler = reArg(['event', 'handler'], ({event, handler}): void => {
        this.host.store.dispatch({type: 'host/wsHandlerRegistered', pluginId: this.pluginId, event: String(event), handler: handler as WebSocketHandler});
    });

    unregisterWebSocketEventHandler = reArg(['event'], ({event}): void => {
        this.host.store.dispatch({type: 'host/wsHandlerRegistered', pluginId: this.pluginId, event: String(event), handler: null});
    });

    unregisterComponent = reArg(['componentId'], ({componentId}): void => {
        this.host.store.dispatch({type: 'host/componentUnregistered', id: String(componentId)});
    });

    unregisterPostTypeComponent = reArg(['componentId'], ({componentId}): void => {
        this.host.store.dispatch({type: 'host/componentUnregistered', id: String(componentId)});
    });
}
