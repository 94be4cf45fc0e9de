import {useState, type CSSProperties, type FormEvent} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';

import type {IncidentView, TimelineEvent} from '../../../../server-ts/src/contract/incidents';
import {actionStyles, FormActions} from '../common/form_actions';
import {Field} from '../common/field';
import {RelativeTime} from '../common/relative_time';
import {useSreEnv} from '../common/sre_env';
import {styles} from '../common/styles';
import {FormProblem} from '../oncall/form_problem';
import {useRitualsClient} from '../rituals/use_rituals_client';

import {useIncidentMutation} from './use_incident_mutation';

type Props = {incident: IncidentView; timeline: TimelineEvent[]};

/**
 * A drill's "Detected": when the team notices the injected fault, how it was noticed; the time to detect in the
 * gameday report counts from the declaration to this. Once recorded, it says when.
 */
export function DrillDetected({incident, timeline}: Props) {
    const [recordedAt, setRecordedAt] = useState<string | null>(null);
    // The timeline arrives with the next reload; until then the answer to our own request says it is done.
    const at = timeline.find((e) => e.kind === 'drill_detected')?.at ?? recordedAt;
    if (at) {
        return (
            <p role='status' style={styles.muted}>
                <i className='icon icon-check-circle-outline' aria-hidden='true'/>
                <FormattedMessage id='drill.detected.done' defaultMessage='Fault detected {time}' values={{time: <RelativeTime iso={at}/>}}/>
            </p>
        );
    }
    return incident.status === 'resolved' ? null : <DetectedForm incidentId={incident.id} onRecorded={setRecordedAt}/>;
}

function DetectedForm({incidentId, onRecorded}: {incidentId: string; onRecorded: (at: string) => void}) {
    const {formatMessage} = useIntl();
    const client = useRitualsClient();
    const {now} = useSreEnv();
    const mutation = useIncidentMutation();
    const [isAsking, setAsking] = useState(false);
    const [how, setHow] = useState('');
    if (!isAsking) {
        return (
            <button type='button' style={detectedStyles.open} onClick={() => setAsking(true)}>
                <i className='icon icon-eye-outline' aria-hidden='true'/>
                <FormattedMessage id='drill.detected' defaultMessage='Detected'/>
            </button>
        );
    }
    const onSubmit = async (e: FormEvent) => {
        e.preventDefault();
        if (await mutation.run(() => client.markDetected(incidentId, how.trim()))) {
            onRecorded(now().toUTC().toISO() ?? '');
        }
    };
    return (
        <form onSubmit={(e) => void onSubmit(e)} noValidate={true}>
            <Field id='sre-drill-detected-how' label={formatMessage({id: 'drill.detected.how', defaultMessage: 'How was the fault noticed?'})}
                error={mutation.error?.fields?.how} hint={formatMessage({id: 'drill.detected.hint', defaultMessage: 'e.g. "the p99 latency alert fired"'})}>
                <input type='text' value={how} onChange={(e) => setHow(e.target.value)}/>
            </Field>
            <FormProblem error={mutation.error} shownInline={['how']}/>
            <FormActions onCancel={() => setAsking(false)} isBusy={mutation.isBusy} submitLabel={<FormattedMessage id='drill.detected.record' defaultMessage='Record detection'/>}/>
        </form>
    );
}

const detectedStyles = {
    open: {...actionStyles.secondary, alignSelf: 'flex-start', display: 'inline-flex', alignItems: 'center', gap: 4},
} satisfies Record<string, CSSProperties>;
