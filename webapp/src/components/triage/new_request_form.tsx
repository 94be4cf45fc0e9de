import {useState, type FormEvent} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';

import type {NewRequestPrefill} from '../../store/triage_slice';
import {Field} from '../common/field';
import {FormActions} from '../common/form_actions';
import {useSreEnv} from '../common/sre_env';

import {NewRequestResult} from './new_request_result';
import {useNewRequestSubmit} from './use_new_request_submit';

type Props = {prefill: NewRequestPrefill; onClose: () => void; onOpenRequest: (id: string) => void};

const INLINE: ReadonlySet<string> = new Set(['title', 'description']);

function splitErrors(fields: Record<string, string> | undefined) {
    const entries = Object.entries(fields ?? {});
    return {inline: Object.fromEntries(entries.filter(([k]) => INLINE.has(k))), other: entries.filter(([k]) => !INLINE.has(k)).map(([, m]) => m)};
}

/** Title and description of a new request; one idempotency key for as long as the modal is open. */
export function NewRequestForm({prefill, onClose, onOpenRequest}: Props) {
    const {formatMessage} = useIntl();
    const {newId} = useSreEnv();
    const [key] = useState(newId);
    const [title, setTitle] = useState(prefill.title);
    const [description, setDescription] = useState(prefill.description);
    const {submit, isBusy, error, created} = useNewRequestSubmit(key);
    if (created) {
        return <NewRequestResult created={created} onClose={onClose} onOpenRequest={onOpenRequest}/>;
    }
    const {inline, other} = splitErrors(error?.fields);
    const general = error && (Object.keys(inline).length === 0 || other.length > 0) ? [error.message, ...other].join(' ') : null;
    const onSubmit = (e: FormEvent) => {
        e.preventDefault();
        void submit({title, description, sourcePostId: prefill.sourcePostId});
    };
    return (
        <form onSubmit={onSubmit} noValidate={true}>
            <Field id='sre-request-title' label={formatMessage({id: 'request.title', defaultMessage: 'Title'})} error={inline.title}>
                <input type='text' value={title} onChange={(e) => setTitle(e.target.value)}/>
            </Field>
            <Field id='sre-request-description' label={formatMessage({id: 'request.description', defaultMessage: 'Description'})} error={inline.description}>
                <textarea rows={5} value={description} onChange={(e) => setDescription(e.target.value)}/>
            </Field>
            {general && <p role='alert' style={{color: 'var(--error-text)'}}>{general}</p>}
            <FormActions onCancel={onClose} isBusy={isBusy} submitLabel={<FormattedMessage id='request.submit' defaultMessage='Send to SRE triage'/>}/>
        </form>
    );
}
