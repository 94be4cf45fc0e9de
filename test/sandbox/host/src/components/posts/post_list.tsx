import type {Channel} from '@mattermost/types/channels';
import {getPostsInCurrentChannel} from 'mattermost-redux/selectors/entities/posts';
import {useEffect, useRef} from 'react';

import {useHostSelector} from '../../store/hooks';
import {PostItem} from './post_item';

// Newest last, like Mattermost's centre channel; the list keeps the latest post in view.
export function PostList({channel}: {channel: Channel}) {
    const posts = useHostSelector(getPostsInCurrentChannel) ?? [];
    const endRef = useRef<HTMLDivElement>(null);
    const newestId = posts[0]?.id;
    useEffect(() => {
        // Chromium's scrollIntoView now returns a promise, which an effect must not return.
        endRef.current?.scrollIntoView({block: 'end'});
    }, [newestId]);
    return (
        <section className='posts' aria-label={`Messages in ${channel.display_name}`}>
            {posts.length === 0 && <p className='posts__empty'>{`This is the start of ${channel.display_name}.`}</p>}
            {[...posts].reverse().map((p) => <PostItem key={p.id} post={p}/>)}
            <div ref={endRef}/>
        </section>
    );
}
