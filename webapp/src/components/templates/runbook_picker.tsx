import {useIntl} from 'react-intl';

import type {RunbookView} from '../../../../server-ts/src/contract/runbooks';
import {Field} from '../common/field';

type Props = {index: number; value: string | null | undefined; runbooks: RunbookView[] | null; error?: string; onChange: (id: string | null) => void};

/** A step's runbook from the library, by title; the incident's checklist then links it (besides any plain URL). */
export function RunbookPicker({index, value, runbooks, error, onChange}: Props) {
    const {formatMessage} = useIntl();
    const live = (runbooks ?? []).filter((r) => !r.isArchived);
    // A runbook archived since (the companion refuses to save it), or a library not loaded yet: still shown as chosen.
    const isUnlisted = Boolean(value) && !live.some((r) => r.id === value);
    const unlisted = runbooks === null ?
        formatMessage({id: 'templates.step.library.loading', defaultMessage: 'Loading the library…'}) :
        formatMessage({id: 'templates.step.library.missing', defaultMessage: 'No longer in the library'});
    return (
        <Field id={`sre-step-${index}-library`} label={formatMessage({id: 'templates.step.library', defaultMessage: 'Step {n} runbook from the library'}, {n: index + 1})} error={error}>
            <select value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}>
                <option value=''>{formatMessage({id: 'templates.step.library.none', defaultMessage: 'None'})}</option>
                {isUnlisted && value && <option value={value}>{unlisted}</option>}
                {live.map((r) => <option key={r.id} value={r.id}>{r.service === '' ? r.title : `${r.title} (${r.service})`}</option>)}
            </select>
        </Field>
    );
}
