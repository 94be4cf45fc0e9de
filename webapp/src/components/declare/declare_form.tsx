import {useState, type FormEvent} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';

import type {DeclarePrefill} from '../../store/incident_ui_slice';
import {Field} from '../common/field';
import {FormActions} from '../common/form_actions';
import {useSreEnv} from '../common/sre_env';

import {DeclareChoices} from './declare_choices';
import {useDeclareDraft} from './use_declare_draft';
import {useDeclareSubmit} from './use_declare_submit';

type Props = {prefill: DeclarePrefill; onClose: () => void; onDeclared: () => void};

// The server may name a field by its body key or by what it means; any other field goes to the alert.
const ALIASES: Record<string, string> = {title: 'title', summary: 'summary', templateId: 'template', template: 'template',
    severity: 'severity', commanderId: 'commander', commander: 'commander'};

function splitErrors(fields: Record<string, string> | undefined) {
    const inline: Record<string, string> = {};
    const other: string[] = [];
    Object.entries(fields ?? {}).forEach(([k, m]) => {
        const name = ALIASES[k];
        if (name) {
            inline[name] = m;
        } else {
            other.push(m);
        }
    });
    return {inline, other};
}

/** The Declare incident form; one idempotency key for as long as it is open. */
export function DeclareForm({prefill, onClose, onDeclared}: Props) {
    const {formatMessage} = useIntl();
    const {newId} = useSreEnv();
    const [key] = useState(newId);
    const form = useDeclareDraft(prefill);
    const {submit, isBusy, error} = useDeclareSubmit(key, onDeclared);
    const {inline, other} = splitErrors(error?.fields);
    const general = error && (Object.keys(inline).length === 0 || other.length > 0) ? [error.message, ...other].join(' ') : form.templatesError?.message;
    const onSubmit = (e: FormEvent) => {
        e.preventDefault();
        void submit(form.draft);
    };
    return (
        <form onSubmit={onSubmit} noValidate={true}>
            <Field id='sre-declare-title' label={formatMessage({id: 'declare.title', defaultMessage: 'Title'})} error={inline.title}>
                <input type='text' value={form.draft.title} onChange={(e) => form.change({title: e.target.value})}/>
            </Field>
            <Field id='sre-declare-summary' label={formatMessage({id: 'declare.summary', defaultMessage: 'Summary'})} error={inline.summary}>
                <textarea rows={4} value={form.draft.summary} onChange={(e) => form.change({summary: e.target.value})}/>
            </Field>
            <DeclareChoices form={form} errors={inline}/>
            {general && <p role='alert' style={{color: 'var(--error-text)'}}>{general}</p>}
            <FormActions onCancel={onClose} isBusy={isBusy} submitLabel={<FormattedMessage id='declare.submit' defaultMessage='Declare incident'/>}/>
        </form>
    );
}
