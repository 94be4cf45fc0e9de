import {FormattedMessage} from 'react-intl';

import {DrillBadge} from '../common/drill_badge';
import {styles} from '../common/styles';
import {RetrospectiveEntry} from '../retrospective/retrospective_entry';

import {DrillDetected} from './drill_detected';
import {IncidentChecklist} from './incident_checklist';
import {IncidentControls} from './incident_controls';
import {IncidentRoles} from './incident_roles';
import {IncidentTimeline} from './incident_timeline';
import {ResolveControl} from './resolve_control';
import {UpdateForm} from './update_form';
import {useChannelIncident} from './use_channel_incident';
import {useIncidentMutation} from './use_incident_mutation';
import {panelStyles} from './panel_styles';

/** The current channel's incident, when it is one: its state, roles, checklist, actions and timeline. */
export function IncidentPanel() {
    const current = useChannelIncident();
    const mutation = useIncidentMutation();
    if (!current) {
        return null;
    }
    const {incident, timeline} = current;
    return (
        <section aria-labelledby='sre-incident-heading' style={panelStyles.panel}>
            <h3 id='sre-incident-heading' style={panelStyles.heading}>
                <span style={incident.severity === 'sev1' ? {...styles.badge, ...styles.danger} : styles.badge}>{incident.severity.toUpperCase()}</span>
                {`#${incident.number} ${incident.title}`}
                {incident.isDrill && <DrillBadge/>}
            </h3>
            {incident.pendingSteps.length > 0 && <PendingSetup/>}
            {mutation.error && <p role='alert' style={styles.danger}>{mutation.error.message}</p>}
            {incident.isDrill && <DrillDetected incident={incident} timeline={timeline}/>}
            <IncidentControls incident={incident} mutation={mutation}/>
            <IncidentRoles incident={incident} mutation={mutation}/>
            <IncidentChecklist incident={incident} mutation={mutation}/>
            {incident.status !== 'resolved' && <UpdateForm incident={incident} mutation={mutation}/>}
            <ResolveControl incident={incident} mutation={mutation}/>
            <RetrospectiveEntry incident={incident}/>
            <IncidentTimeline timeline={timeline}/>
        </section>
    );
}

/** Said while the companion still finishes the channel (members, posts, broadcast) in the background. */
export function PendingSetup() {
    return (
        <p role='status' style={styles.muted}>
            <FormattedMessage id='incident.pending' defaultMessage='Finishing setup in Mattermost…'/>
        </p>
    );
}
