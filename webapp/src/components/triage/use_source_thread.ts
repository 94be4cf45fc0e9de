import type {GlobalState} from '@mattermost/types/store';
import {useEffect, useState} from 'react';
import {useStore} from 'react-redux';

import type {ClientOptions} from '../../api/http';
import {getPostThread, getUsernames, type PostThread} from '../../api/mattermost_posts';
import type {ApiError} from '../../api/result';

import {threadExcerpt} from './thread_excerpt';
import {useMattermostOptions} from './use_mattermost_options';

export type SourceThreadState =
    | {status: 'loading'}
    | {status: 'failed'; error: ApiError}
    // names: usernames Mattermost gave for authors the host had not loaded.
    | {status: 'ready'; thread: PostThread; names: Record<string, string>};

async function loadThread(options: ClientOptions, postId: string, isKnown: (userId: string) => boolean): Promise<SourceThreadState> {
    const thread = await getPostThread(options, postId);
    if (!thread.ok) {
        return {status: 'failed', error: thread.error};
    }
    const {root, replies} = threadExcerpt(thread.value);
    const missing = [...new Set([root, ...replies].map((p) => p.userId))].filter((id) => !isKnown(id));
    const names = await getUsernames(options, missing);
    // Without names the thread is still worth showing; the authors then read as unknown.
    return {status: 'ready', thread: thread.value, names: names.ok ? names.value : {}};
}

/** The source message's thread, read from Mattermost with the viewer's session; again whenever the post changes. */
export function useSourceThread(postId: string): SourceThreadState {
    const mattermost = useMattermostOptions();
    const store = useStore<GlobalState>();
    // Kept with its post id, so the last request's thread never shows under the next one.
    const [loaded, setLoaded] = useState<{postId: string; state: SourceThreadState} | null>(null);
    useEffect(() => {
        let isCurrent = true;
        // Read once rather than subscribed: the host loading more profiles must not fetch the thread again.
        const profiles = store.getState().entities.users.profiles;
        void loadThread(mattermost, postId, (id) => profiles[id] !== undefined).then((state) => {
            if (isCurrent) {
                setLoaded({postId, state});
            }
        });
        return () => {
            isCurrent = false;
        };
    }, [mattermost, postId, store]);
    return loaded && loaded.postId === postId ? loaded.state : {status: 'loading'};
}
