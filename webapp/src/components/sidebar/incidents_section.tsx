import {FormattedMessage} from 'react-intl';

import type {ActiveIncident, IncidentStatus} from '../../../../server-ts/src/contract/summary';
import {ChannelLink} from '../common/channel_link';
import {Section} from '../common/section';
import {styles} from '../common/styles';

type Props = {activeCount: number; active: ActiveIncident[]};

/** Active incidents, most severe first as the companion sorts them. */
export function IncidentsSection({activeCount, active}: Props) {
    return (
        <Section
            id='incidents'
            icon='icon-fire'
            title={<FormattedMessage id='sidebar.incidents.title' defaultMessage='Incidents'/>}
            aside={<span style={styles.badge}><FormattedMessage id='sidebar.incidents.active' defaultMessage='{count} active' values={{count: activeCount}}/></span>}
        >
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
        <li style={styles.row}>
            <span style={incident.severity === 'sev1' ? {...styles.badge, ...styles.danger} : styles.badge}>
                {incident.severity.toUpperCase()}
            </span>
            <span style={styles.grow}>
                {incident.channelId ? <ChannelLink channelId={incident.channelId}>{label}</ChannelLink> : label}
            </span>
            <span style={styles.muted}><StatusLabel status={incident.status}/></span>
        </li>
    );
}

function StatusLabel({status}: {status: IncidentStatus}) {
    switch (status) {
    case 'investigating':
        return <FormattedMessage id='sidebar.incidents.status.investigating' defaultMessage='Investigating'/>;
    case 'identified':
        return <FormattedMessage id='sidebar.incidents.status.identified' defaultMessage='Identified'/>;
    case 'monitoring':
        return <FormattedMessage id='sidebar.incidents.status.monitoring' defaultMessage='Monitoring'/>;
    case 'resolved':
        return <FormattedMessage id='sidebar.incidents.status.resolved' defaultMessage='Resolved'/>;
    }
}
