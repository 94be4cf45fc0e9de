import {useIntl} from 'react-intl';

import type {IncidentView} from '../../../../server-ts/src/contract/incidents';
import {Field} from '../common/field';
import {SEVERITIES} from '../declare/declare_choices';
import {STATUSES} from '../sidebar/status_label';

import {panelStyles} from './panel_styles';
import type {IncidentMutation} from './use_incident_mutation';

type Props = {incident: IncidentView; mutation: IncidentMutation};

// Resolving needs a summary, so it has its own control; the select moves between the active statuses.
const ACTIVE = STATUSES.filter((s) => s !== 'resolved');

/** Status and severity selects; each change is one API call. */
export function IncidentControls({incident, mutation}: Props) {
    const {formatMessage} = useIntl();
    const isResolved = incident.status === 'resolved';
    return (
        <div style={panelStyles.inline}>
            <Field id='sre-incident-status' label={formatMessage({id: 'incident.status', defaultMessage: 'Status'})}>
                <select
                    value={incident.status}
                    disabled={isResolved}
                    onChange={(e) => void mutation.run((c) => c.changeStatus(incident.id, e.target.value))}
                >
                    {(isResolved ? STATUSES : ACTIVE).map((s) => <option key={s} value={s}>{formatMessage({id: `sidebar.incidents.status.${s}`, defaultMessage: s})}</option>)}
                </select>
            </Field>
            <Field id='sre-incident-severity' label={formatMessage({id: 'incident.severity', defaultMessage: 'Severity'})}>
                <select value={incident.severity} onChange={(e) => void mutation.run((c) => c.changeSeverity(incident.id, e.target.value))}>
                    {SEVERITIES.map((s) => <option key={s} value={s}>{s.toUpperCase()}</option>)}
                </select>
            </Field>
        </div>
    );
}
