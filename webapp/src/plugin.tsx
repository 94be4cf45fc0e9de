import {APP_BAR_ICON_URL} from './assets/app_bar_icon';
import {LiveUpdates} from './components/live_updates';
import {SreSidebar} from './components/sidebar/sre_sidebar';
import {translationsFor} from './i18n/translations';
import type {HostStore, PluginRegistry} from './plugin_registry';
import {summaryReducer} from './store/summary_slice';

const TITLE = 'SRE Toolkit';

/** Every registry call the plugin makes, and nothing else: the registry is our contract with the host. */
export class SreToolkitPlugin {
    private registered: {registry: PluginRegistry; ids: string[]} | null = null;

    initialize(registry: PluginRegistry, store: HostStore) {
        registry.registerReducer(summaryReducer);
        registry.registerTranslations(translationsFor);
        const liveId = registry.registerRootComponent(LiveUpdates);
        const rhs = registry.registerRightHandSidebarComponent(SreSidebar, TITLE);
        const toggle = () => store.dispatch(rhs.toggleRHSPlugin);
        const appBarId = registry.registerAppBarComponent(APP_BAR_ICON_URL, toggle, TITLE);
        const headerId = registry.registerChannelHeaderButtonAction(
            <i className='icon icon-alert-outline'/>, toggle, TITLE, `Open ${TITLE}`);
        this.registered = {registry, ids: [liveId, rhs.id, appBarId, headerId]};
    }

    // The host drops our reducer and translations itself; components we can remove by id.
    uninitialize() {
        if (!this.registered) {
            return;
        }
        const {registry, ids} = this.registered;
        ids.forEach((id) => registry.unregisterComponent(id));
        this.registered = null;
    }
}
