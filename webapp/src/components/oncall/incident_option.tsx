import {FormattedMessage} from 'react-intl';

import type {IncidentView} from '../../../../server-ts/src/contract/incidents';
import {DrillBadge} from '../common/drill_badge';
import {styles} from '../common/styles';

/** "For incident 7: …", checked by default: a page from an incident's channel belongs to that incident. */
export function IncidentOption({incident, isChecked, onChange}: {incident: IncidentView; isChecked: boolean; onChange: (isChecked: boolean) => void}) {
    return (
        <label style={styles.muted}>
            <input type='checkbox' checked={isChecked} onChange={(e) => onChange(e.target.checked)}/>
            {' '}
            <FormattedMessage id='oncall.page.forIncident' defaultMessage='For incident {number}: {title}' values={{number: incident.number, title: incident.title}}/>
            {incident.isDrill && <>{' '}<DrillBadge/></>}
        </label>
    );
}

/** Off by default: a page for a drill goes to real people only when someone says so. */
export function RealPeopleOption({isChecked, onChange}: {isChecked: boolean; onChange: (isChecked: boolean) => void}) {
    return (
        <label style={styles.muted}>
            <input type='checkbox' checked={isChecked} onChange={(e) => onChange(e.target.checked)}/>
            {' '}
            <FormattedMessage id='oncall.page.real' defaultMessage='Page real people: this incident is a drill'/>
        </label>
    );
}
