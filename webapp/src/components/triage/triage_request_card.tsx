import {useEffect, useRef, type CSSProperties} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';

import type {TriageRequestView, TriageSuggestion} from '../../../../server-ts/src/contract/triage';
import {RelativeTime} from '../common/relative_time';
import {styles} from '../common/styles';

import {RequestStatus} from './request_status';
import {SourceThread} from './source_thread';
import {AREA_NAMES, CATEGORY_NAMES} from './triage_names';

type Props = {request: TriageRequestView; suggestion: TriageSuggestion | null};

/** What the triager reads before deciding: the request, who asked, when, where (with its thread), and what the rules suggest. */
export function TriageRequestCard({request, suggestion}: Props) {
    const ref = useRef<HTMLElement>(null);
    // Each new request takes focus, so a screen reader reads it and the single-key shortcuts keep working.
    useEffect(() => ref.current?.focus(), [request.id]);
    return (
        <article ref={ref} tabIndex={-1} aria-labelledby='sre-triage-request-title' style={cardStyles.card}>
            <h3 id='sre-triage-request-title' style={cardStyles.title}>
                {`#${request.number} ${request.title}`}
                {request.slaBreaches.length > 0 && <span style={{...styles.badge, ...styles.danger}}>{'SLA'}</span>}
            </h3>
            <p style={styles.muted}>
                <FormattedMessage
                    id='triage.askedBy'
                    defaultMessage='Asked by @{username} {age}'
                    values={{username: request.requester.username, age: <RelativeTime iso={request.createdAt}/>}}
                />
                {request.permalink && (
                    <>
                        {' · '}
                        <a href={request.permalink} style={styles.link}><FormattedMessage id='triage.source' defaultMessage='Source message'/></a>
                    </>
                )}
            </p>
            <RequestStatus request={request}/>
            <p style={cardStyles.description}>{request.description}</p>
            {request.sourcePostId && <SourceThread postId={request.sourcePostId} permalink={request.permalink}/>}
            {suggestion && <SuggestionLine suggestion={suggestion}/>}
        </article>
    );
}

function SuggestionLine({suggestion}: {suggestion: TriageSuggestion}) {
    const {formatMessage} = useIntl();
    const why = (because: string[]) => (because.length > 0 ? because.join(', ') : formatMessage({id: 'triage.noKeywords', defaultMessage: 'no keywords matched'}));
    return (
        <p style={styles.muted}>
            <i className='icon icon-lightbulb-outline' aria-hidden='true'/>
            <FormattedMessage
                id='triage.suggested'
                defaultMessage='Suggested: {priority} (because {priorityWhy}) · {category} (because {categoryWhy}) · {area} (because {areaWhy})'
                values={{
                    priority: suggestion.priority.value.toUpperCase(), priorityWhy: why(suggestion.priority.because),
                    category: formatMessage(CATEGORY_NAMES[suggestion.category.value]), categoryWhy: why(suggestion.category.because),
                    area: formatMessage(AREA_NAMES[suggestion.area.value]), areaWhy: why(suggestion.area.because),
                }}
            />
        </p>
    );
}

const cardStyles = {
    card: {marginBottom: 16, outline: 'none'},
    title: {display: 'flex', gap: 8, alignItems: 'baseline', margin: '0 0 4px', fontSize: 16, fontWeight: 600},
    description: {whiteSpace: 'pre-wrap', margin: '8px 0', maxHeight: 160, overflowY: 'auto'},
} satisfies Record<string, CSSProperties>;
