import type {GlobalState} from '@mattermost/types/store';
import type {CSSProperties} from 'react';
import {FormattedMessage} from 'react-intl';
import {useSelector} from 'react-redux';

import type {PostThread} from '../../api/mattermost_posts';
import type {ApiErrorKind} from '../../api/result';
import {styles} from '../common/styles';

import {SourceThreadPost} from './source_thread_post';
import {threadExcerpt} from './thread_excerpt';
import {useSourceThread} from './use_source_thread';

type Props = {postId: string; permalink: string | null};

// Said quietly: a thread the viewer may not read is normal (a private channel), not an error in the modal.
function failureMessage(kind: ApiErrorKind) {
    if (kind === 'unauthorized') {
        return {id: 'triage.thread.forbidden', defaultMessage: 'You cannot read the source message.'};
    }
    if (kind === 'not_found') {
        return {id: 'triage.thread.missing', defaultMessage: 'The source message no longer exists.'};
    }
    return {id: 'triage.thread.failed', defaultMessage: 'The source thread could not be loaded.'};
}

/** The request's source message with its thread: the root and the latest replies, read from Mattermost. */
export function SourceThread({postId, permalink}: Props) {
    const state = useSourceThread(postId);
    return (
        <section aria-labelledby='sre-source-thread' aria-busy={state.status === 'loading'} style={threadStyles.section}>
            <h4 id='sre-source-thread' style={threadStyles.heading}>
                <FormattedMessage id='triage.thread' defaultMessage='Source thread'/>
            </h4>
            {state.status === 'loading' && (
                <p role='status' style={styles.muted}><FormattedMessage id='triage.thread.loading' defaultMessage='Loading the thread…'/></p>
            )}
            {state.status === 'failed' && <p style={styles.muted}><FormattedMessage {...failureMessage(state.error.kind)}/></p>}
            {state.status === 'ready' && <ThreadList thread={state.thread} names={state.names} permalink={permalink}/>}
        </section>
    );
}

function ThreadList({thread, names, permalink}: {thread: PostThread; names: Record<string, string>; permalink: string | null}) {
    const profiles = useSelector((s: GlobalState) => s.entities.users.profiles);
    const nameOf = (userId: string) => profiles[userId]?.username ?? names[userId];
    const {root, replies, hidden} = threadExcerpt(thread);
    const more = <FormattedMessage id='triage.thread.more' defaultMessage='{count, plural, one {# more reply} other {# more replies}}' values={{count: hidden}}/>;
    return (
        <ol style={threadStyles.list}>
            <SourceThreadPost post={root} username={nameOf(root.userId)} isReply={false}/>
            {hidden > 0 && (
                <li style={{...styles.muted, ...threadStyles.more}}>
                    {permalink ? <a href={permalink} style={styles.link}>{more}</a> : more}
                </li>
            )}
            {replies.map((p) => <SourceThreadPost key={p.id} post={p} username={nameOf(p.userId)} isReply={true}/>)}
        </ol>
    );
}

const threadStyles = {
    section: {margin: '8px 0', padding: 8, borderRadius: 4, background: 'rgba(var(--center-channel-color-rgb), 0.04)'},
    heading: {margin: '0 0 4px', fontSize: 13, fontWeight: 600},
    list: {listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 6},
    more: {marginLeft: 8, paddingLeft: 10, fontSize: 12},
} satisfies Record<string, CSSProperties>;
