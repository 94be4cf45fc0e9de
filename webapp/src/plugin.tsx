import {browserEnv} from './api/environment';
import {APP_BAR_ICON_URL} from './assets/app_bar_icon';
import {makeDeclareModal} from './components/declare/declare_modal';
import {REVIEW_ROUTE} from './components/kpis/review_route';
import {SreReviewPage} from './components/kpis/sre_review_page';
import {LiveUpdates} from './components/live_updates';
import {SreSidebar} from './components/sidebar/sre_sidebar';
import {NewRequestModal} from './components/triage/new_request_modal';
import {TriageModal} from './components/triage/triage_modal';
import {translationsFor} from './i18n/translations';
import {addToTimeline, declareBlank, declareFromPost, isInIncidentChannel} from './plugin_actions';
import type {HostStore, PluginRegistry} from './plugin_registry';
import {pluginReducer} from './store/plugin_reducer';
import {requestFromPost} from './triage_actions';

const TITLE = 'SRE Toolkit';

/** Every registry call the plugin makes, and nothing else: the registry is our contract with the host. */
export class SreToolkitPlugin {
    private registered: {registry: PluginRegistry; ids: string[]} | null = null;

    initialize(registry: PluginRegistry, store: HostStore) {
        registry.registerReducer(pluginReducer);
        registry.registerTranslations(translationsFor);
        const liveId = registry.registerRootComponent(LiveUpdates);
        const rhs = registry.registerRightHandSidebarComponent(SreSidebar, TITLE);
        const toggle = () => store.dispatch(rhs.toggleRHSPlugin);
        const modalId = registry.registerRootComponent(makeDeclareModal(() => store.dispatch(rhs.showRHSPlugin)));
        const appBarId = registry.registerAppBarComponent(APP_BAR_ICON_URL, toggle, TITLE);
        const headerId = registry.registerChannelHeaderButtonAction(
            <i className='icon icon-alert-outline'/>, toggle, TITLE, `Open ${TITLE}`);
        // The sandbox host lacks registerChannelHeaderMenuAction, so Declare is a second header button.
        const declareHeaderId = registry.registerChannelHeaderButtonAction(
            <i className='icon icon-fire'/>, () => declareBlank(store), 'Declare incident', 'Declare incident');
        const postDeclareId = registry.registerPostDropdownMenuAction('Declare incident', (postId) => declareFromPost(store, postId), () => true);
        const postTimelineId = registry.registerPostDropdownMenuAction('Add to timeline',
            (postId) => void addToTimeline(store, browserEnv, postId), (postId) => isInIncidentChannel(store.getState(), postId));
        const requestModalId = registry.registerRootComponent(NewRequestModal);
        const triageModalId = registry.registerRootComponent(TriageModal);
        const postRequestId = registry.registerPostDropdownMenuAction('Send to SRE triage', (postId) => requestFromPost(store, postId), () => true);
        const reviewId = registry.registerNeedsTeamRoute(REVIEW_ROUTE, SreReviewPage);
        this.registered = {registry, ids: [liveId, rhs.id, modalId, appBarId, headerId, declareHeaderId, postDeclareId, postTimelineId,
            requestModalId, triageModalId, postRequestId, reviewId]};
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
