import {useState, type CSSProperties, type FormEvent} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';

import {Field} from '../common/field';
import {FormActions} from '../common/form_actions';
import {useSreEnv} from '../common/sre_env';
import {styles} from '../common/styles';

import {useStartGameday} from './use_start_gameday';

/** The scenario to inject, and whether the drill's pages may reach the real on-call (off: nobody outside the drill is woken up). */
export function GamedayForm({onClose}: {onClose: () => void}) {
    const {formatMessage} = useIntl();
    const [scenario, setScenario] = useState('');
    const [pageRealOnCall, setPageRealOnCall] = useState(false);
    const {newId} = useSreEnv();
    const [key] = useState(newId);
    const {start, isBusy, error} = useStartGameday(key, onClose);
    const onSubmit = (e: FormEvent) => {
        e.preventDefault();
        void start({scenario: scenario.trim(), pageRealOnCall});
    };
    const fields = error?.fields ?? {};
    // A field this form has no input for ("there is no live drill template") goes to the alert; no fields, the message.
    const other = Object.entries(fields).filter(([k]) => k !== 'scenario').map(([, m]) => m).join(' ');
    const general = error && Object.keys(fields).length === 0 ? error.message : other;
    return (
        <form onSubmit={onSubmit} noValidate={true}>
            <Field id='sre-gameday-scenario' label={formatMessage({id: 'gameday.scenario', defaultMessage: 'Scenario'})} error={fields.scenario}
                hint={formatMessage({id: 'gameday.scenario.hint', defaultMessage: 'What fails, e.g. "the primary database stops accepting writes"'})}>
                <textarea rows={4} value={scenario} onChange={(e) => setScenario(e.target.value)}/>
            </Field>
            <label style={gamedayStyles.check}>
                <input type='checkbox' checked={pageRealOnCall} aria-describedby='sre-gameday-page-warning' onChange={(e) => setPageRealOnCall(e.target.checked)}/>
                {' '}<FormattedMessage id='gameday.pageRealOnCall' defaultMessage='Page real on-call'/>
            </label>
            <p id='sre-gameday-page-warning' style={pageRealOnCall ? gamedayStyles.warningOn : gamedayStyles.warning}>
                <i className='icon icon-alert-outline' aria-hidden='true'/>
                <FormattedMessage id='gameday.pageRealOnCall.warning' defaultMessage='When checked, pages raised during this drill wake the real on-call people. Starting it pages nobody.'/>
            </p>
            {general && <p role='alert' style={styles.danger}>{general}</p>}
            <FormActions onCancel={onClose} isBusy={isBusy} submitLabel={<FormattedMessage id='gameday.start' defaultMessage='Start gameday'/>}/>
        </form>
    );
}

const gamedayStyles = {
    check: {display: 'block', marginBottom: 4},
    warning: {...styles.muted, display: 'flex', gap: 4, fontSize: 12, marginBottom: 12},
    warningOn: {...styles.danger, display: 'flex', gap: 4, fontSize: 12, margin: '0 0 12px'},
} satisfies Record<string, CSSProperties>;
