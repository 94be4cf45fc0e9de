import type {GlobalState} from '@mattermost/types/store';

import {clientFor, type CompanionEnv} from './api/environment';
import {suggestTitle} from './components/declare/title_suggestion';
import {channelIncidentLoaded, declareOpened, getChannelIncident, incidentChanged} from './store/incident_ui_slice';
import type {HostStore} from './plugin_registry';

// The post menu hands us only a post id; the post itself is in the host's store.
const postIn = (state: GlobalState, postId: string) => state.entities.posts.posts[postId];

/** Opens the Declare modal filled from a message: its text as the summary, its first sentence as the title. */
export function declareFromPost(store: HostStore, postId: string): void {
    const post = postIn(store.getState(), postId);
    const message = post?.message ?? '';
    store.dispatch(declareOpened({title: suggestTitle(message), summary: message, sourcePostId: post ? postId : undefined}));
}

export const declareBlank = (store: HostStore): void => {
    store.dispatch(declareOpened({title: '', summary: ''}));
};

/** "Add to timeline" is offered only in channels the sidebar already knows to be incident channels. */
export function isInIncidentChannel(state: GlobalState, postId: string): boolean {
    const post = postIn(state, postId);
    return Boolean(post && getChannelIncident(state, post.channel_id));
}

/** Pins a message into its incident's timeline, then reloads the incident so the sidebar shows the event. */
export async function addToTimeline(store: HostStore, env: CompanionEnv, postId: string): Promise<void> {
    const state = store.getState();
    const post = postIn(state, postId);
    const current = post ? getChannelIncident(state, post.channel_id) : null;
    if (!post || !current) {
        return;
    }
    const client = clientFor(state, env);
    const changed = await client.addTimelinePost(current.incident.id, postId);
    if (!changed.ok) {
        // A menu action has no place to show an error; the host's console is where admins look.
        console.warn(`[sre-toolkit] could not add the message to the timeline: ${changed.error.message}`);
        return;
    }
    store.dispatch(incidentChanged(changed.value));
    const reloaded = await client.getIncidentByChannel(post.channel_id);
    if (reloaded.ok) {
        store.dispatch(channelIncidentLoaded(post.channel_id, reloaded.value));
    }
}
