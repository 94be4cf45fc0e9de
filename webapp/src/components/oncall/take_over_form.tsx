import {useState, type FormEvent} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';

import type {ScheduleView} from '../../../../server-ts/src/contract/schedules';
import type {OnCallNow} from '../../../../server-ts/src/contract/summary';
import {Field} from '../common/field';
import {FormActions} from '../common/form_actions';

import {ActionDone} from './action_done';
import {FormProblem} from './form_problem';
import {useAction} from './use_action';
import {useOncallClient} from './use_oncall_client';

// The companion's bounds for a take-over (issue 7 API notes); checked here too so a typo never reaches it.
const MIN_HOURS = 0.5;
const MAX_HOURS = 72;
const DEFAULT_HOURS = '2';

/** "Take over": an override for me from now for N hours; the widget updates live once the companion has it. */
export function TakeOverForm({entry, onClose}: {entry: OnCallNow; onClose: () => void}) {
    const {formatMessage} = useIntl();
    const client = useOncallClient();
    const [hours, setHours] = useState(DEFAULT_HOURS);
    const action = useAction<ScheduleView>();
    const id = `sre-takeover-${entry.scheduleId}`;
    const value = Number(hours);
    if (action.done) {
        return (
            <ActionDone onClose={onClose}>
                <FormattedMessage id='oncall.takeOver.done' defaultMessage='You are on call for {schedule} for the next {hours, plural, one {# hour} other {# hours}}.'
                    values={{schedule: entry.scheduleName, hours: value}}/>
            </ActionDone>
        );
    }
    const onSubmit = (e: FormEvent) => {
        e.preventDefault();
        if (!(hours.trim() !== '' && value >= MIN_HOURS && value <= MAX_HOURS)) {
            action.fail({kind: 'invalid', message: '', fields: {hours: formatMessage({id: 'oncall.takeOver.range', defaultMessage: 'Between 0.5 and 72 hours'})}});
            return;
        }
        void action.run(() => client.takeOver(entry.scheduleId, value));
    };
    return (
        <form onSubmit={onSubmit} noValidate={true} aria-label={formatMessage({id: 'oncall.takeOver.form', defaultMessage: 'Take over {schedule}'}, {schedule: entry.scheduleName})}>
            <Field id={`${id}-hours`} label={formatMessage({id: 'oncall.takeOver.hours', defaultMessage: 'Hours from now'})} error={action.error?.fields?.hours}>
                <input type='number' min={MIN_HOURS} max={MAX_HOURS} step={0.5} value={hours} onChange={(e) => setHours(e.target.value)}/>
            </Field>
            <FormProblem error={action.error} shownInline={['hours']}/>
            <FormActions onCancel={onClose} isBusy={action.isBusy}
                submitLabel={<FormattedMessage id='oncall.takeOver.submit' defaultMessage='Take over'/>}/>
        </form>
    );
}
