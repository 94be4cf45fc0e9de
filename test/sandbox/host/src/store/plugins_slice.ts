import type {ClientPluginManifest} from '@mattermost/types/plugins';
import type {UnknownAction} from 'redux';

// Registered plugin pieces live in Redux as in Mattermost (state.plugins.components), so React re-renders
// when a plugin registers late. They hold functions and components, which Mattermost stores there too.
export type ComponentSlot =
    | 'Root'
    | 'RightHandSidebarComponent'
    | 'AppBar'
    | 'ChannelHeaderButton'
    | 'PostDropdownMenu'
    | 'PostType'
    | 'NeedsTeamRoute'
    | 'SlashCommandWillBePosted';

export type PluginComponent = {id: string; pluginId: string} & Record<string, unknown>;

// One shared empty list, so selectors for a slot nothing registered keep returning the same reference.
export const NO_COMPONENTS: PluginComponent[] = [];
export type TranslationSource = (locale: string) => Record<string, string> | undefined;
export type WebSocketHandler = (msg: unknown) => void;

export type PluginsState = {
    plugins: Record<string, ClientPluginManifest>;
    components: Partial<Record<ComponentSlot, PluginComponent[]>>;
    translations: Record<string, TranslationSource>;
    wsHandlers: Record<string, Record<string, WebSocketHandler>>;
};

export type PluginsAction =
    | {type: 'host/webappPluginsReceived'; manifests: ClientPluginManifest[]}
    | {type: 'host/componentRegistered'; slot: ComponentSlot; component: PluginComponent}
    | {type: 'host/componentUnregistered'; id: string}
    | {type: 'host/translationsRegistered'; pluginId: string; source: TranslationSource}
    | {type: 'host/wsHandlerRegistered'; pluginId: string; event: string; handler: WebSocketHandler | null};

const initialState: PluginsState = {plugins: {}, components: {}, translations: {}, wsHandlers: {}};

const isOurs = (a: UnknownAction): a is PluginsAction =>
    ['host/webappPluginsReceived', 'host/componentRegistered', 'host/componentUnregistered',
        'host/translationsRegistered', 'host/wsHandlerRegistered'].includes(a.type);

function withoutComponent(components: PluginsState['components'], id: string): PluginsState['components'] {
    const next: PluginsState['components'] = {};
    for (const [slot, list] of Object.entries(components) as Array<[ComponentSlot, PluginComponent[]]>) {
        next[slot] = list.filter((c) => c.id !== id);
    }
    return next;
}

function withHandler(state: PluginsState, a: Extract<PluginsAction, {type: 'host/wsHandlerRegistered'}>): PluginsState {
    const forPlugin = {...state.wsHandlers[a.pluginId]};
    if (a.handler) {
        forPlugin[a.event] = a.handler;
    } else {
        Reflect.deleteProperty(forPlugin, a.event);
    }
    return {...state, wsHandlers: {...state.wsHandlers, [a.pluginId]: forPlugin}};
}

export function pluginsReducer(state: PluginsState = initialState, action: UnknownAction): PluginsState {
    if (!isOurs(action)) {
        return state;
    }
    switch (action.type) {
    case 'host/webappPluginsReceived':
        return {...state, plugins: Object.fromEntries(action.manifests.map((m) => [m.id, m]))};
    case 'host/componentRegistered':
        return {...state, components: {...state.components, [action.slot]: [...(state.components[action.slot] ?? []), action.component]}};
    case 'host/componentUnregistered':
        return {...state, components: withoutComponent(state.components, action.id)};
    case 'host/translationsRegistered':
        return {...state, translations: {...state.translations, [action.pluginId]: action.source}};
    case 'host/wsHandlerRegistered':
        return withHandler(state, action);
    }
}
