import type {GlobalState} from '@mattermost/types/store';
import {FormattedMessage} from 'react-intl';
import {useSelector} from 'react-redux';

import type {TimelineEvent} from '../../../../server-ts/src/contract/incidents';
import {RelativeTime} from '../common/relative_time';
import {styles} from '../common/styles';

import {panelStyles} from './panel_styles';

/** Every change to the incident, newest first, with who made it and when. */
export function IncidentTimeline({timeline}: {timeline: TimelineEvent[]}) {
    const newestFirst = [...timeline].sort((a, b) => b.at.localeCompare(a.at));
    return (
        <div>
            <h4 id='sre-incident-timeline' style={panelStyles.subheading}>
                <FormattedMessage id='incident.timeline' defaultMessage='Timeline'/>
            </h4>
            <ol aria-labelledby='sre-incident-timeline' style={panelStyles.list}>
                {newestFirst.map((e) => <TimelineRow key={e.id} event={e}/>)}
            </ol>
        </div>
    );
}

function TimelineRow({event}: {event: TimelineEvent}) {
    const username = useSelector((s: GlobalState) => (event.actorId ? s.entities.users.profiles[event.actorId]?.username : undefined));
    return (
        <li style={{...styles.row, flexWrap: 'wrap'}}>
            <span style={timelineText}>{event.text}</span>
            <span style={styles.muted}>
                {username ? `@${username} · ` : ''}
                <RelativeTime iso={event.at}/>
            </span>
        </li>
    );
}

// Timeline lines wrap: their end (a time to acknowledge, a reason) is often the point.
const timelineText = {flex: 1, minWidth: 0, overflowWrap: 'anywhere'} as const;
