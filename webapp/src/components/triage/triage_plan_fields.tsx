import {useIntl} from 'react-intl';

import {Field} from '../common/field';

import type {TriageDraft} from './use_triage_draft';

type Props = {draft: TriageDraft; change: (patch: Partial<TriageDraft>) => void; errors: Record<string, string>};

/** When the work is planned (quarter) and how it is tagged (labels); both may stay empty. */
export function TriagePlanFields({draft, change, errors}: Props) {
    const {formatMessage} = useIntl();
    return (
        <>
            <Field
                id='sre-triage-quarter'
                label={formatMessage({id: 'triage.quarter', defaultMessage: 'Quarter'})}
                hint={formatMessage({id: 'triage.quarterHint', defaultMessage: 'Like 2026-Q4; empty for none'})}
                error={errors.quarter}
            >
                <input type='text' autoComplete='off' value={draft.quarter} onChange={(e) => change({quarter: e.target.value})}/>
            </Field>
            <Field
                id='sre-triage-labels'
                label={formatMessage({id: 'triage.labels', defaultMessage: 'Labels'})}
                hint={formatMessage({id: 'triage.labelsHint', defaultMessage: 'Separate labels with commas'})}
                error={errors.labels}
            >
                <input type='text' autoComplete='off' value={draft.labels} onChange={(e) => change({labels: e.target.value})}/>
            </Field>
        </>
    );
}
