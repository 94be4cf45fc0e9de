import {suggestTitle} from './components/declare/title_suggestion';
import type {HostStore} from './plugin_registry';
import {newRequestOpened} from './store/triage_slice';

/** Opens the New request modal filled from a message: its first sentence as the title, its text as the description. */
export function requestFromPost(store: HostStore, postId: string): void {
    const post = store.getState().entities.posts.posts[postId];
    const message = post?.message ?? '';
    store.dispatch(newRequestOpened({title: suggestTitle(message), description: message, sourcePostId: post ? postId : undefined}));
}
