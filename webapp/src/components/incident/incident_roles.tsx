import {useIntl} from 'react-intl';

import type {IncidentRole, IncidentView} from '../../../../server-ts/src/contract/incidents';
import {Field} from '../common/field';
import {useTeamPeople, type PersonOption} from '../common/use_team_people';

import {panelStyles} from './panel_styles';
import type {IncidentMutation} from './use_incident_mutation';

type Props = {incident: IncidentView; mutation: IncidentMutation};

const ROLES: readonly IncidentRole[] = ['commander', 'communications', 'scribe'];
const LABELS = {
    commander: {id: 'incident.role.commander', defaultMessage: 'Commander'},
    communications: {id: 'incident.role.communications', defaultMessage: 'Communications'},
    scribe: {id: 'incident.role.scribe', defaultMessage: 'Scribe'},
} as const;

// Someone assigned earlier may no longer be among the loaded profiles; they stay selectable by name.
function optionsWith(people: PersonOption[], holder: PersonOption | null): PersonOption[] {
    return holder && !people.some((p) => p.id === holder.id) ? [holder, ...people] : people;
}

/** Commander, communications and scribe: one select each, assigning through the API. */
export function IncidentRoles({incident, mutation}: Props) {
    const {formatMessage} = useIntl();
    const {people} = useTeamPeople();
    return (
        <div style={panelStyles.inline}>
            {ROLES.map((role) => {
                const holder = incident.roles[role];
                return (
                    <Field key={role} id={`sre-incident-role-${role}`} label={formatMessage(LABELS[role])}>
                        <select value={holder?.id ?? ''} onChange={(e) => void mutation.run((c) => c.assignRole(incident.id, role, e.target.value))}>
                            {!holder && <option value='' disabled={true}>{formatMessage({id: 'incident.role.nobody', defaultMessage: 'Nobody'})}</option>}
                            {optionsWith(people, holder).map((p) => <option key={p.id} value={p.id}>{`@${p.username}`}</option>)}
                        </select>
                    </Field>
                );
            })}
        </div>
    );
}
