import {FormattedMessage} from 'react-intl';

import type {IncidentView} from '../../../../server-ts/src/contract/incidents';
import {styles} from '../common/styles';

import {panelStyles} from './panel_styles';
import type {IncidentMutation} from './use_incident_mutation';

type Props = {incident: IncidentView; mutation: IncidentMutation};

/** The incident's checklist; ticking or unticking a step is one API call. */
export function IncidentChecklist({incident, mutation}: Props) {
    if (incident.checklist.length === 0) {
        return null;
    }
    return (
        <div>
            <h4 id='sre-incident-checklist' style={panelStyles.subheading}>
                <FormattedMessage id='incident.checklist' defaultMessage='Checklist'/>
            </h4>
            <ul aria-labelledby='sre-incident-checklist' style={panelStyles.list}>
                {incident.checklist.map((item, index) => (
                    <li key={`${index}-${item.title}`} style={styles.row}>
                        <label style={styles.grow}>
                            <input
                                type='checkbox'
                                checked={item.doneAt !== null}
                                onChange={(e) => void mutation.run((c) => c.tickChecklist(incident.id, index, e.target.checked))}
                            />
                            {' '}{item.title}
                        </label>
                        {item.runbookUrl && (
                            <a href={item.runbookUrl} target='_blank' rel='noopener noreferrer' style={styles.link}>
                                <FormattedMessage id='incident.runbook' defaultMessage='Runbook'/>
                            </a>
                        )}
                    </li>
                ))}
            </ul>
        </div>
    );
}
