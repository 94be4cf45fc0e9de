import type {CSSProperties} from 'react';
import {FormattedMessage} from 'react-intl';

import type {ThreadPost} from '../../api/mattermost_posts';
import {LocalTime} from '../common/local_time';
import {styles} from '../common/styles';

import {truncateMessage} from './thread_excerpt';

type Props = {post: ThreadPost; username: string | undefined; isReply: boolean};

/** One message of the source thread: who, when (viewer's time zone), and the text as plain text, never as HTML. */
export function SourceThreadPost({post, username, isReply}: Props) {
    const text = truncateMessage(post.message);
    return (
        <li style={isReply ? {...postStyles.post, ...postStyles.reply} : postStyles.post}>
            <p style={postStyles.header}>
                <span style={postStyles.author}>
                    {username === undefined ? <FormattedMessage id='triage.thread.unknownUser' defaultMessage='Unknown user'/> : `@${username}`}
                </span>
                <span style={styles.muted}><LocalTime iso={new Date(post.createAt).toISOString()}/></span>
            </p>
            {text === '' ?
                <p style={styles.muted}><FormattedMessage id='triage.thread.noText' defaultMessage='(no text)'/></p> :
                <p style={postStyles.text}>{text}</p>}
        </li>
    );
}

const postStyles = {
    post: {display: 'flex', flexDirection: 'column', gap: 2},
    reply: {marginLeft: 8, paddingLeft: 8, borderLeft: '2px solid rgba(var(--center-channel-color-rgb), 0.16)'},
    header: {display: 'flex', gap: 6, alignItems: 'baseline', margin: 0, fontSize: 12},
    author: {fontWeight: 600, color: 'var(--center-channel-color)'},
    // pre-wrap keeps the author's line breaks; overflowWrap stops a long URL from widening the modal.
    text: {margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', color: 'var(--center-channel-color)'},
} satisfies Record<string, CSSProperties>;
