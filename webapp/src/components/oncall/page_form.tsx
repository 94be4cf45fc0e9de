import {useState, type FormEvent} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';

import type {PageView} from '../../../../server-ts/src/contract/paging';
import type {OnCallNow} from '../../../../server-ts/src/contract/summary';
import {Field} from '../common/field';
import {FormActions} from '../common/form_actions';
import {styles} from '../common/styles';

import {ActionDone} from './action_done';
import {FormProblem} from './form_problem';
import {IncidentOption, RealPeopleOption} from './incident_option';
import {useAction} from './use_action';
import {useOncallClient} from './use_oncall_client';
import {useOpenChannelIncident} from './use_open_channel_incident';

/** "Page": a message to whoever is on call for this schedule; the companion DMs them and escalates if nobody acknowledges. */
export function PageForm({entry, onClose}: {entry: OnCallNow; onClose: () => void}) {
    const {formatMessage} = useIntl();
    const client = useOncallClient();
    const [message, setMessage] = useState('');
    // Paged from an incident's channel, the page belongs to that incident (its timeline records the time to acknowledge).
    const incident = useOpenChannelIncident();
    const [isForIncident, setForIncident] = useState(true);
    // A drill pages nobody real unless asked (the companion refuses with 400 naming `real` otherwise).
    const [isReal, setReal] = useState(false);
    const isDrillPage = incident !== null && incident.isDrill && isForIncident;
    const action = useAction<PageView>();
    if (action.done) {
        return <PageSent page={action.done} onClose={onClose}/>;
    }
    const onSubmit = (e: FormEvent) => {
        e.preventDefault();
        if (message.trim() === '') {
            action.fail({kind: 'invalid', message: '', fields: {message: formatMessage({id: 'oncall.page.empty', defaultMessage: 'Say why you are paging'})}});
            return;
        }
        const incidentId = incident !== null && isForIncident ? {incidentId: incident.id} : {};
        const real = isDrillPage && isReal ? {real: true} : {};
        void action.run(() => client.createPage({target: {kind: 'schedule', scheduleId: entry.scheduleId}, message: message.trim(), ...incidentId, ...real}));
    };
    const label = formatMessage({id: 'oncall.page.form', defaultMessage: 'Page {schedule}'}, {schedule: entry.scheduleName});
    return (
        <form onSubmit={onSubmit} noValidate={true} aria-label={label}>
            <p style={styles.muted}>
                {entry.users.length === 0 ?
                    <FormattedMessage id='oncall.page.toGap' defaultMessage='Nobody is on call right now.'/> :
                    <FormattedMessage id='oncall.page.to' defaultMessage='To {people}, on call now' values={{people: entry.users.map((u) => `@${u}`).join(', ')}}/>}
            </p>
            <Field id={`sre-page-${entry.scheduleId}-message`} label={formatMessage({id: 'oncall.page.message', defaultMessage: 'Message'})} error={action.error?.fields?.message}>
                <textarea rows={3} value={message} onChange={(e) => setMessage(e.target.value)}/>
            </Field>
            {incident !== null && <IncidentOption incident={incident} isChecked={isForIncident} onChange={setForIncident}/>}
            {isDrillPage && <RealPeopleOption isChecked={isReal} onChange={setReal}/>}
            <FormProblem error={action.error} shownInline={['message']}/>
            <FormActions onCancel={onClose} isBusy={action.isBusy} submitLabel={<FormattedMessage id='oncall.page.submit' defaultMessage='Send page'/>}/>
        </form>
    );
}

function PageSent({page, onClose}: {page: PageView; onClose: () => void}) {
    return (
        <ActionDone onClose={onClose}>
            <FormattedMessage id='oncall.page.done' defaultMessage='Page #{number} sent to {people}.'
                values={{number: page.number, people: page.notified.map((u) => `@${u}`).join(', ') || page.targetName}}/>
        </ActionDone>
    );
}
