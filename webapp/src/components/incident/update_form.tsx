import {useState, type FormEvent} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';

import type {IncidentView} from '../../../../server-ts/src/contract/incidents';
import {Field} from '../common/field';
import {styles} from '../common/styles';

import type {IncidentMutation} from './use_incident_mutation';

type Props = {incident: IncidentView; mutation: IncidentMutation};

/** Posts a status update to the incident channel (and its broadcast channels); clears once posted. */
export function UpdateForm({incident, mutation}: Props) {
    const {formatMessage} = useIntl();
    const [text, setText] = useState('');
    const [problem, setProblem] = useState<string | undefined>();
    const onSubmit = async (e: FormEvent) => {
        e.preventDefault();
        if (text.trim() === '') {
            setProblem(formatMessage({id: 'incident.update.empty', defaultMessage: 'Write the update first.'}));
            return;
        }
        setProblem(undefined);
        if (await mutation.run((c) => c.postUpdate(incident.id, text.trim()))) {
            setText('');
        }
    };
    return (
        <form onSubmit={(e) => void onSubmit(e)} noValidate={true}>
            <Field id='sre-incident-update' label={formatMessage({id: 'incident.update', defaultMessage: 'Status update'})} error={problem}>
                <textarea rows={3} value={text} onChange={(e) => setText(e.target.value)}/>
            </Field>
            <button type='submit' style={styles.button} aria-disabled={mutation.isBusy}>
                <FormattedMessage id='incident.update.post' defaultMessage='Post update'/>
            </button>
        </form>
    );
}
