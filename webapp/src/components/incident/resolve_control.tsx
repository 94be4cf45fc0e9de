import {useState, type FormEvent} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';

import type {IncidentView} from '../../../../server-ts/src/contract/incidents';
import {Field} from '../common/field';
import {FormActions} from '../common/form_actions';
import {styles} from '../common/styles';

import type {IncidentMutation} from './use_incident_mutation';

type Props = {incident: IncidentView; mutation: IncidentMutation};

/** Resolve (asks for the summary it requires) or, once resolved, Reopen. */
export function ResolveControl({incident, mutation}: Props) {
    const [isAsking, setAsking] = useState(false);
    if (incident.status === 'resolved') {
        return (
            <div>
                {incident.resolutionSummary && <p style={styles.muted}>{incident.resolutionSummary}</p>}
                <button type='button' style={styles.button} onClick={() => void mutation.run((c) => c.reopen(incident.id))}>
                    <FormattedMessage id='incident.reopen' defaultMessage='Reopen'/>
                </button>
            </div>
        );
    }
    if (!isAsking) {
        return (
            <button type='button' style={styles.button} onClick={() => setAsking(true)}>
                <FormattedMessage id='incident.resolve' defaultMessage='Resolve'/>
            </button>
        );
    }
    return <ResolveForm incident={incident} mutation={mutation} onDone={() => setAsking(false)}/>;
}

function ResolveForm({incident, mutation, onDone}: Props & {onDone: () => void}) {
    const {formatMessage} = useIntl();
    const [summary, setSummary] = useState('');
    const [problem, setProblem] = useState<string | undefined>();
    const onSubmit = async (e: FormEvent) => {
        e.preventDefault();
        if (summary.trim() === '') {
            setProblem(formatMessage({id: 'incident.resolve.empty', defaultMessage: 'Say how it was resolved.'}));
            return;
        }
        if (await mutation.run((c) => c.resolve(incident.id, summary.trim()))) {
            onDone();
        }
    };
    return (
        <form onSubmit={(e) => void onSubmit(e)} noValidate={true}>
            <Field id='sre-incident-resolution' label={formatMessage({id: 'incident.resolve.summary', defaultMessage: 'Resolution summary'})} error={problem}>
                <textarea rows={3} value={summary} onChange={(e) => setSummary(e.target.value)}/>
            </Field>
            <FormActions onCancel={onDone} isBusy={mutation.isBusy} submitLabel={<FormattedMessage id='incident.resolve.confirm' defaultMessage='Resolve incident'/>}/>
        </form>
    );
}
