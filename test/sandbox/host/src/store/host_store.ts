import type {GlobalState} from '@mattermost/types/store';
import mattermostReducers from 'mattermost-redux/reducers';
import {applyMiddleware, combineReducers, legacy_createStore as createStore} from 'redux';
import type {Reducer, ReducersMapObject, Store, UnknownAction} from 'redux';
import {thunk} from 'redux-thunk';

import {pluginsReducer} from './plugins_slice';
import type {PluginsState} from './plugins_slice';
import {viewsReducer} from './views_slice';
import type {ViewsState} from './views_slice';

export type HostState = GlobalState & {plugins: PluginsState; views: ViewsState};
export type HostStore = Store<HostState>;

export type HostStoreHandle = {
    store: HostStore;
    // Mounts a plugin reducer at state['plugins-<pluginId>'], replacing an earlier one for that plugin.
    registerPluginReducer: (pluginId: string, reducer: Reducer) => void;
};

// The real mattermost-redux reducers give state.entities Mattermost's exact shape; the plugin reducers
// are added later, which is why the root reducer is rebuilt through replaceReducer (as Mattermost's
// reducer registry does).
export function createHostStore(): HostStoreHandle {
    const pluginReducers: Record<string, Reducer> = {};
    const build = (): Reducer<HostState> => {
        const map: ReducersMapObject = {...mattermostReducers, plugins: pluginsReducer, views: viewsReducer, ...pluginReducers};
        return combineReducers(map) as unknown as Reducer<HostState>;
    };
    const store = createStore(build(), applyMiddleware(thunk)) as unknown as HostStore;
    return {
        store,
        registerPluginReducer: (pluginId, reducer) => {
            pluginReducers[`plugins-${pluginId}`] = reducer;
            store.replaceReducer(build());
            store.dispatch({type: 'host/pluginReducerMounted', pluginId} satisfies UnknownAction);
        },
    };
}
