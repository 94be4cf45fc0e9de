import type {MessageAttachment} from '@mattermost/types/message_attachments';
import type {Post} from '@mattermost/types/posts';
import {Client4} from 'mattermost-redux/client';
import {useState} from 'react';

import {MessageText} from './message_text';

type Action = NonNullable<MessageAttachment['actions']>[number];

const STYLE_CLASSES: Record<string, string> = {primary: 'btn--primary', success: 'btn--success', good: 'btn--success', danger: 'btn--danger', warning: 'btn--warning'};

function AttachmentActions({post, actions}: {post: Post; actions: Action[]}) {
    const [error, setError] = useState('');
    // Client4 as the web app calls it; the cookie matters only for ephemeral posts the server never stored.
    const run = (action: Action, selected = '') => {
        setError('');
        Client4.doPostActionWithCookie(post.id, action.id ?? '', action.cookie ?? '', selected)
            .catch((e: unknown) => setError(e instanceof Error ? e.message : 'Action failed'));
    };
    return (
        <div className='attachment__actions'>
            {actions.map((a) => (a.type === 'select' ? (
                <select key={a.id} aria-label={a.name} defaultValue='' disabled={a.disabled} onChange={(e) => run(a, e.target.value)}>
                    <option value='' disabled={true}>{a.name}</option>
                    {(a.options ?? []).map((o) => <option key={o.value} value={o.value}>{o.text}</option>)}
                </select>
            ) : (
                <button key={a.id} type='button' disabled={a.disabled} className={`btn ${STYLE_CLASSES[a.style ?? ''] ?? ''}`} onClick={() => run(a)}>
                    {a.name}
                </button>
            )))}
            {error && <p role='alert' className='error-text'>{error}</p>}
        </div>
    );
}

export function Attachment({post, attachment}: {post: Post; attachment: MessageAttachment}) {
    const colour = attachment.color && /^#[0-9a-f]{3,8}$/i.test(attachment.color) ? attachment.color : undefined;
    return (
        <div className='attachment' style={colour ? {borderLeftColor: colour} : undefined}>
            {attachment.pretext && <MessageText text={attachment.pretext}/>}
            {attachment.author_name && <div className='attachment__author'>{attachment.author_name}</div>}
            {attachment.title && <div className='attachment__title'>{attachment.title}</div>}
            {attachment.text && <MessageText text={attachment.text}/>}
            {(attachment.fields ?? []).length > 0 && (
                <dl className='attachment__fields'>
                    {(attachment.fields ?? []).map((f, i) => (
                        <div key={`${f.title}-${String(i)}`} className={f.short ? 'attachment__field--short' : ''}>
                            <dt>{f.title}</dt><dd>{String(f.value)}</dd>
                        </div>
                    ))}
                </dl>
            )}
            {attachment.actions && attachment.actions.length > 0 && <AttachmentActions post={post} actions={attachment.actions}/>}
            {attachment.footer && <div className='attachment__footer'>{attachment.footer}</div>}
        </div>
    );
}
