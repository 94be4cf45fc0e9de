import type {CSSProperties} from 'react';
import {FormattedMessage} from 'react-intl';
import {useDispatch} from 'react-redux';

import type {ActiveIncident} from '../../../../server-ts/src/contract/summary';
import {declareOpened} from '../../store/incident_ui_slice';
import {ChannelLink} from '../common/channel_link';
import {DrillBadge} from '../common/drill_badge';
import {RelativeTime} from '../common/relative_time';
import {Section} from '../common/section';
import {useSreEnv} from '../common/sre_env';
import {styles} from '../common/styles';
import {StartGamedayButton} from '../rituals/start_gameday_button';

import {StatusLabel} from './status_label';

type Props = {activeCount: number; active: ActiveIncident[]};

/** Active incidents, most severe first as the companion sorts them, and the Declare button. */
export function IncidentsSection({activeCount, active}: Props) {
    const dispatch = useDispatch();
    return (
        <Section
            id='incidents'
            icon='icon-fire'
            title={<FormattedMessage id='sidebar.incidents.title' defaultMessage='Incidents'/>}
            aside={<span style={styles.badge}><FormattedMessage id='sidebar.incidents.active' defaultMessage='{count} active' values={{count: activeCount}}/></span>}
        >
            <button type='button' style={{...styles.button, ...rowStyles.declare}} onClick={() => dispatch(declareOpened({title: '', summary: ''}))}>
                <i className='icon icon-plus' aria-hidden='true'/>
                <FormattedMessage id='sidebar.incidents.declare' defaultMessage='Declare'/>
            </button>
            <StartGamedayButton/>
            {active.length === 0 ? (
                <p style={styles.muted}><FormattedMessage id='sidebar.incidents.none' defaultMessage='No active incidents'/></p>
            ) : (
                <ul style={styles.list}>
                    {active.map((i) => <IncidentRow key={i.id} incident={i}/>)}
                </ul>
            )}
        </Section>
    );
}

function IncidentRow({incident}: {incident: ActiveIncident}) {
    const label = `#${incident.number} ${incident.title}`;
    return (
        <li style={rowStyles.item}>
            <div style={styles.row}>
                <span style={incident.severity === 'sev1' ? {...styles.badge, ...styles.danger} : styles.badge}>
                    {incident.severity.toUpperCase()}
                </span>
                {incident.isDrill && <DrillBadge/>}
                <span style={styles.grow}>
                    {incident.channelId ? <ChannelLink channel={incident.channelId}>{label}</ChannelLink> : label}
                </span>
                <span style={styles.muted}><StatusLabel status={incident.status}/></span>
            </div>
            <IncidentFacts incident={incident}/>
        </li>
    );
}

function IncidentFacts({incident}: {incident: ActiveIncident}) {
    const now = useSreEnv().now().toMillis();
    const due = incident.nextUpdateDueAt;
    const isOverdue = due !== null && Date.parse(due) < now;
    return (
        <p style={{...styles.muted, ...rowStyles.facts}}>
            <FormattedMessage id='sidebar.incidents.age' defaultMessage='declared {age}' values={{age: <RelativeTime iso={incident.declaredAt}/>}}/>
            {incident.commander && <>{' · '}{`@${incident.commander}`}</>}
            {due && (
                <span style={isOverdue ? styles.danger : undefined}>
                    {' · '}
                    {isOverdue ?
                        <FormattedMessage id='sidebar.incidents.overdue' defaultMessage='update overdue since {time}' values={{time: <RelativeTime iso={due}/>}}/> :
                        <FormattedMessage id='sidebar.incidents.due' defaultMessage='next update {time}' values={{time: <RelativeTime iso={due}/>}}/>}
                </span>
            )}
        </p>
    );
}

const rowStyles = {
    item: {display: 'flex', flexDirection: 'column', gap: 2},
    facts: {fontSize: 12, paddingLeft: 4},
    declare: {marginBottom: 8, display: 'inline-flex', alignItems: 'center', gap: 4},
} satisfies Record<string, CSSProperties>;
