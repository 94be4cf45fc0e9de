import type {Post} from '@mattermost/types/posts';
import {isMessageAttachmentArray} from '@mattermost/types/message_attachments';
import {getTheme} from 'mattermost-redux/selectors/entities/preferences';
import type {ReactNode} from 'react';

import {useHostSelector} from '../../store/hooks';
import {NO_COMPONENTS} from '../../store/plugins_slice';
import {MenuButton} from '../menu_button';
import {PluginComponentView} from '../plugin_component';
import {Attachment} from './attachment';
import {MessageText} from './message_text';

type PostAction = (postId: string) => void;
type PostFilter = (postId: string) => boolean;

function PostMenu({post}: {post: Post}) {
    const actions = useHostSelector((s) => s.plugins.components.PostDropdownMenu ?? NO_COMPONENTS);
    const items = actions
        .filter((a) => typeof a.filter !== 'function' || (a.filter as PostFilter)(post.id))
        .map((a) => ({key: a.id, label: a.text as ReactNode, onSelect: () => (a.action as PostAction | undefined)?.(post.id)}));
    if (items.length === 0) {
        return null;
    }
    return <MenuButton label='More actions' items={items} className='icon-button post__menu' icon={<i className='icon icon-dots-horizontal' aria-hidden='true'/>}/>;
}

function PostBody({post}: {post: Post}) {
    const theme = useHostSelector(getTheme);
    const custom = useHostSelector((s) => s.plugins.components.PostType?.find((c) => c.type === post.type));
    if (custom) {
        return <PluginComponentView registration={custom} props={{post, theme, isRHS: false, compactDisplay: false}}/>;
    }
    const attachments: unknown = post.props.attachments;
    return (
        <>
            {post.message && <MessageText text={post.message}/>}
            {isMessageAttachmentArray(attachments) && attachments.map((a, i) => <Attachment key={String(i)} post={post} attachment={a}/>)}
        </>
    );
}

export function PostItem({post}: {post: Post}) {
    const author = useHostSelector((s) => s.entities.users.profiles[post.user_id]);
    const isEphemeral = useHostSelector((s) => post.type === 'system_ephemeral' || Boolean(s.views.ephemeralPostIds[post.id]));
    const overrideName = typeof post.props.override_username === 'string' ? post.props.override_username : '';
    const name = overrideName || author?.username || 'someone';
    const time = new Date(post.create_at);
    const headerId = `post-${post.id}-author`;
    return (
        <article className={`post${isEphemeral ? ' post--ephemeral' : ''}`} aria-labelledby={headerId}>
            <div className='post__avatar' aria-hidden='true'>{name.slice(0, 1).toUpperCase()}</div>
            <div className='post__content'>
                <header className='post__header'>
                    <span id={headerId} className='post__author'>{name}</span>
                    {author?.is_bot && <span className='post__badge'>{'BOT'}</span>}
                    <time dateTime={time.toISOString()} className='post__time'>{time.toLocaleTimeString([], {hour: '2-digit', minute: '2-digit'})}</time>
                    {isEphemeral && <span className='post__ephemeral'>{'(Only visible to you)'}</span>}
                </header>
                <PostBody post={post}/>
            </div>
            <PostMenu post={post}/>
        </article>
    );
}
