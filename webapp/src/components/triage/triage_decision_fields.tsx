import {useIntl} from 'react-intl';

import type {TriageRequestView} from '../../../../server-ts/src/contract/triage';
import {Field} from '../common/field';

import {DuplicateSearch} from './duplicate_search';
import {TriageChoiceFields} from './triage_choice_fields';
import type {TriageDraft} from './use_triage_draft';

type Props = {
    request: TriageRequestView;
    requests: readonly TriageRequestView[];
    draft: TriageDraft;
    change: (patch: Partial<TriageDraft>) => void;
    errors: Record<string, string>;
};

/** Everything a decision can carry: the choices, a decline reason, a duplicate target and a note. */
export function TriageDecisionFields({request, requests, draft, change, errors}: Props) {
    const {formatMessage} = useIntl();
    return (
        <>
            <TriageChoiceFields draft={draft} change={change} errors={errors}/>
            <Field
                id='sre-triage-reason'
                label={formatMessage({id: 'triage.reason', defaultMessage: 'Reason to decline'})}
                error={errors.reason}
            >
                <textarea rows={2} value={draft.reason} onChange={(e) => change({reason: e.target.value})}/>
            </Field>
            <DuplicateSearch
                key={request.id}
                requests={requests}
                currentId={request.id}
                chosenId={draft.duplicateOf}
                error={errors.duplicateOf}
                onChoose={(id) => change({duplicateOf: id})}
            />
            <Field id='sre-triage-note' label={formatMessage({id: 'triage.note', defaultMessage: 'Note (optional)'})} error={errors.note}>
                <textarea rows={2} value={draft.note} onChange={(e) => change({note: e.target.value})}/>
            </Field>
        </>
    );
}
