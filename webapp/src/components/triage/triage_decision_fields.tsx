import type {CSSProperties} from 'react';
import {useIntl} from 'react-intl';

import type {TriageRequestView} from '../../../../server-ts/src/contract/triage';
import {Field} from '../common/field';

import {DuplicateSearch} from './duplicate_search';
import {TriageChoiceFields} from './triage_choice_fields';
import {isEditable} from './triage_moves';
import {TriagePlanFields} from './triage_plan_fields';
import type {TriageDraft} from './use_triage_draft';

type Props = {
    request: TriageRequestView;
    requests: readonly TriageRequestView[];
    draft: TriageDraft;
    change: (patch: Partial<TriageDraft>) => void;
    errors: Record<string, string>;
};

/**
 * Everything a decision can carry: the request's fields, a decline reason, a duplicate target and a note.
 * A closed request only reopens, so it asks for nothing but an optional reason.
 */
export function TriageDecisionFields({request, requests, draft, change, errors}: Props) {
    const {formatMessage} = useIntl();
    if (!isEditable(request.status)) {
        return (
            <Field id='sre-triage-reason' label={formatMessage({id: 'triage.reopenReason', defaultMessage: 'Reason to reopen (optional)'})} error={errors.reason}>
                <textarea rows={2} value={draft.reason} onChange={(e) => change({reason: e.target.value})}/>
            </Field>
        );
    }
    return (
        <>
            <div style={fieldsStyles.grid}>
                <TriageChoiceFields draft={draft} change={change} errors={errors}/>
                <TriagePlanFields draft={draft} change={change} errors={errors}/>
            </div>
            <Field id='sre-triage-reason' label={formatMessage({id: 'triage.reason', defaultMessage: 'Reason to decline'})} error={errors.reason}>
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

// Two columns where the modal is wide enough, one on a phone-sized window.
const fieldsStyles = {
    grid: {display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))', columnGap: 12},
} satisfies Record<string, CSSProperties>;
