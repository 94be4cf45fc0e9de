import type {GlobalState} from '@mattermost/types/store';
import type {CSSProperties} from 'react';
import {FormattedMessage} from 'react-intl';
import {useSelector} from 'react-redux';

import type {Person} from '../../../../server-ts/src/contract/incidents';
import type {TriageEventView} from '../../../../server-ts/src/contract/triage';
import {LocalTime} from '../common/local_time';
import {styles} from '../common/styles';

type Props = {timeline: readonly TriageEventView[]; known: readonly Person[]};

/**
 * What happened to the request, newest first: when (in the viewer's time zone), who, what. Events carry only the
 * actor's id, so the name comes from the host's loaded users or the people the request names (requester, owner).
 */
export function TriageTimeline({timeline, known}: Props) {
    const profiles = useSelector((s: GlobalState) => s.entities.users.profiles);
    const nameOf = (id: string | null) => (id === null ? undefined : profiles[id]?.username ?? known.find((p) => p.id === id)?.username);
    const newestFirst = [...timeline].sort((a, b) => b.at.localeCompare(a.at));
    return (
        <section aria-labelledby='sre-triage-timeline' style={timelineStyles.section}>
            <h4 id='sre-triage-timeline' style={timelineStyles.heading}><FormattedMessage id='triage.timeline' defaultMessage='Timeline'/></h4>
            <ol style={timelineStyles.list}>
                {newestFirst.map((e) => {
                    const actor = nameOf(e.actorId);
                    return (
                        <li key={e.id} style={timelineStyles.row}>
                            <span style={{...styles.muted, ...timelineStyles.time}}><LocalTime iso={e.at}/></span>
                            {actor && <span style={timelineStyles.actor}>{`@${actor}`}</span>}
                            <span>{e.text}</span>
                        </li>
                    );
                })}
            </ol>
        </section>
    );
}

const timelineStyles = {
    section: {marginTop: 16, borderTop: '1px solid rgba(var(--center-channel-color-rgb), 0.08)', paddingTop: 8},
    heading: {margin: '0 0 4px', fontSize: 13, fontWeight: 600},
    list: {listStyle: 'none', margin: 0, padding: 0, fontSize: 12, display: 'flex', flexDirection: 'column', gap: 2},
    row: {display: 'flex', flexWrap: 'wrap', columnGap: 6},
    time: {minWidth: 64},
    actor: {fontWeight: 600},
} satisfies Record<string, CSSProperties>;
