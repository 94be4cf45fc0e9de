import type {GlobalState} from '@mattermost/types/store';
import {AdminTypes, GeneralTypes, TeamTypes} from 'mattermost-redux/action_types';
import mattermostReducers from 'mattermost-redux/reducers';
import {applyMiddleware, combineReducers, legacy_createStore, type Store} from 'redux';
import {thunk} from 'redux-thunk';

import type {SreDispatch} from '../store/fetch_summary';
import {pluginReducer} from '../store/plugin_reducer';
import {SLICE_KEY} from '../store/summary_slice';

export type HostTestStore = Omit<Store<GlobalState>, 'dispatch'> & {dispatch: SreDispatch};

/** A store shaped like Mattermost's: its real reducers and redux-thunk, with our slice mounted as the host does. */
export function createHostStore(): HostTestStore {
    const store = legacy_createStore(
        combineReducers({...mattermostReducers, [SLICE_KEY]: pluginReducer}),
        applyMiddleware(thunk),
    );
    // The real reducers' inferred state differs from @mattermost/types only in detail; this is the one cast.
    return store as unknown as HostTestStore;
}

export function receiveSiteUrl(store: HostTestStore, siteUrl: string) {
    store.dispatch({type: GeneralTypes.CLIENT_CONFIG_RECEIVED, data: {SiteURL: siteUrl}});
}

export function receiveAdminPluginSetting(store: HostTestStore, pluginId: string, settings: Record<string, string>) {
    store.dispatch({type: AdminTypes.RECEIVED_CONFIG, data: {PluginSettings: {Plugins: {[pluginId]: settings}}}});
}

export function selectTeam(store: HostTestStore, team: {id: string; name: string}) {
    store.dispatch({type: TeamTypes.RECEIVED_TEAM, data: {...team, display_name: team.name}});
    store.dispatch({type: TeamTypes.SELECT_TEAM, data: team.id});
}
