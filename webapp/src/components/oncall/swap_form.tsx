import {useState, type FormEvent} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';

import type {Person} from '../../../../server-ts/src/contract/incidents';
import type {Me} from '../../api/incident_shapes';
import type {OnCallNow} from '../../../../server-ts/src/contract/summary';
import type {SwapAnswer} from '../../api/oncall_shapes';
import {Field} from '../common/field';
import {FormActions} from '../common/form_actions';
import {styles} from '../common/styles';

import {ActionDone} from './action_done';
import {FormProblem} from './form_problem';
import {OwnerCombobox} from '../triage/owner_combobox';
import {wallOf, wallToInstant} from './time_format';
import {useAction} from './use_action';
import {useMyNextShift} from './use_my_next_shift';
import {useOncallClient} from './use_oncall_client';
import {useViewerZone} from './use_viewer_zone';

type Props = {entry: OnCallNow; me: Me | null; onClose: () => void};

/** "Swap": propose that a teammate takes a stretch of my shift; they accept or decline with the buttons of a DM. */
export function SwapForm({entry, me, onClose}: Props) {
    const {formatMessage} = useIntl();
    const client = useOncallClient();
    const zone = useViewerZone();
    const [teammate, setTeammate] = useState<Person | null>(null);
    const {start, end, setStart, setEnd, myShift} = useSwapTimes(entry.scheduleId, me?.username ?? null);
    const action = useAction<SwapAnswer>();
    if (action.done) {
        return <ActionDone onClose={onClose}>{action.done.message}</ActionDone>;
    }
    const id = `sre-swap-${entry.scheduleId}`;
    const fields = action.error?.fields ?? {};
    const onSubmit = (e: FormEvent) => {
        e.preventDefault();
        if (!teammate) {
            action.fail({kind: 'invalid', message: '', fields: {username: formatMessage({id: 'oncall.swap.pick', defaultMessage: 'Pick the teammate who takes over'})}});
            return;
        }
        const proposal = {username: teammate.username, start: wallToInstant(start, zone) ?? '', end: wallToInstant(end, zone) ?? ''};
        void action.run(() => client.proposeSwap(entry.scheduleId, proposal));
    };
    const label = formatMessage({id: 'oncall.swap.form', defaultMessage: 'Swap a shift of {schedule}'}, {schedule: entry.scheduleName});
    return (
        <form onSubmit={onSubmit} noValidate={true} aria-label={label}>
            <OwnerCombobox placeholder='' id={`${id}-user`} label={formatMessage({id: 'oncall.swap.with', defaultMessage: 'Teammate'})}
                owner={teammate} error={fields.username} onChange={setTeammate}/>
            {myShift === null && <p style={styles.muted}><FormattedMessage id='oncall.swap.noShift' defaultMessage='You have no shift in the next six weeks; pick the times to hand over.'/></p>}
            <Field id={`${id}-start`} label={formatMessage({id: 'oncall.swap.start', defaultMessage: 'From ({zone})'}, {zone})} error={fields.start}>
                <input type='datetime-local' value={start} onChange={(e) => setStart(e.target.value)}/>
            </Field>
            <Field id={`${id}-end`} label={formatMessage({id: 'oncall.swap.end', defaultMessage: 'Until ({zone})'}, {zone})} error={fields.end}>
                <input type='datetime-local' value={end} onChange={(e) => setEnd(e.target.value)}/>
            </Field>
            <FormProblem error={action.error} shownInline={['username', 'start', 'end']}/>
            <FormActions onCancel={onClose} isBusy={action.isBusy} submitLabel={<FormattedMessage id='oncall.swap.submit' defaultMessage='Propose swap'/>}/>
        </form>
    );
}

// Start and end begin as my current or next shift, in my own zone, until I change them.
function useSwapTimes(scheduleId: string, username: string | null) {
    const zone = useViewerZone();
    const myShift = useMyNextShift(scheduleId, username);
    const [typedStart, setStart] = useState<string | null>(null);
    const [typedEnd, setEnd] = useState<string | null>(null);
    const start = typedStart ?? (myShift ? wallOf(myShift.start.setZone(zone)) : '');
    const end = typedEnd ?? (myShift ? wallOf(myShift.end.setZone(zone)) : '');
    return {start, end, setStart, setEnd, myShift};
}
