import type {CSSProperties} from 'react';
import {FormattedMessage} from 'react-intl';

import type {RetrospectiveView} from '../../../../server-ts/src/contract/retrospectives';
import {LocalTime} from '../common/local_time';
import {styles} from '../common/styles';

/** Where the review stands (a draft has a reminder date), and its Markdown export for a doc or a wiki. */
export function RetroStatusLine({retro, markdownUrl}: {retro: RetrospectiveView; markdownUrl: string}) {
    const isPublished = retro.status === 'published';
    return (
        <div style={lineStyles.line}>
            <span style={isPublished ? {...styles.badge, ...lineStyles.published} : styles.badge}>
                {isPublished ? <FormattedMessage id='retro.status.published' defaultMessage='Published'/> : <FormattedMessage id='retro.status.draft' defaultMessage='Draft'/>}
            </span>
            <span style={{...styles.muted, ...lineStyles.text}}>
                {isPublished ?
                    <FormattedMessage id='retro.status.publishedHint' defaultMessage='Posted in the incident channel and the team channel'/> :
                    <FormattedMessage id='retro.status.reminder' defaultMessage='Commander reminded {at} if still a draft'
                        values={{at: <LocalTime iso={retro.reminderDueAt}/>}}/>}
            </span>
            <a href={markdownUrl} target='_blank' rel='noopener noreferrer' style={lineStyles.link}>
                <i className='icon icon-download-outline' aria-hidden='true'/>
                <FormattedMessage id='retro.export' defaultMessage='Export Markdown'/>
            </a>
        </div>
    );
}

const lineStyles = {
    line: {display: 'flex', alignItems: 'center', gap: 8, margin: '-4px 0 16px', fontSize: 13},
    text: {flex: 1, minWidth: 0},
    published: {background: 'rgba(var(--online-indicator-rgb), 0.16)'},
    link: {...styles.link, display: 'flex', alignItems: 'center', gap: 2, fontWeight: 600, whiteSpace: 'nowrap'},
} satisfies Record<string, CSSProperties>;
