import {useState, type FormEvent} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';

import type {RitualView} from '../../../../server-ts/src/contract/rituals';
import type {ApiError} from '../../api/result';
import {Field} from '../common/field';
import {FormActions} from '../common/form_actions';
import {styles} from '../common/styles';
import {useViewerZone} from '../oncall/use_viewer_zone';
import {errorFor, otherErrors} from '../templates/template_draft';

import {AgendaPreview} from './agenda_preview';
import {blankRitual, bodyOf, draftOf, SHOWN_FIELDS, type RitualDraft} from './ritual_draft';
import {RitualDetailFields} from './ritual_detail_fields';
import {RitualWhenFields} from './ritual_when_fields';
import {useRitualsClient} from './use_rituals_client';

type Props = {ritual: RitualView | null; onSaved: (saved: RitualView) => void; onCancel: () => void};

/** Creates or edits a ritual; the companion checks every field and its errors show beside each one. */
export function RitualForm({ritual, onSaved, onCancel}: Props) {
    const {formatMessage} = useIntl();
    const client = useRitualsClient();
    const zone = useViewerZone();
    const [draft, setDraft] = useState<RitualDraft>(() => (ritual ? draftOf(ritual) : blankRitual(zone)));
    const [error, setError] = useState<ApiError | null>(null);
    const [isBusy, setBusy] = useState(false);
    const change = (patch: Partial<RitualDraft>) => setDraft((d) => ({...d, ...patch}));
    const fields = error?.fields ?? {};
    const onSubmit = async (e: FormEvent) => {
        e.preventDefault();
        if (isBusy) {
            return;
        }
        setBusy(true);
        const r = ritual ? await client.updateRitual(ritual.id, bodyOf(draft)) : await client.createRitual(bodyOf(draft));
        setBusy(false);
        setError(r.ok ? null : r.error);
        if (r.ok) {
            onSaved(r.value);
        }
    };
    // The message alone when no field is named (a 403, an outage); else only what no field shows.
    const general = error ? [...(Object.keys(fields).length === 0 ? [error.message] : []), ...otherErrors(fields, SHOWN_FIELDS)] : [];
    return (
        <form onSubmit={(e) => void onSubmit(e)} noValidate={true} aria-label={formatMessage({id: 'rituals.edit.form', defaultMessage: 'Ritual'})}>
            <Field id='sre-ritual-name' label={formatMessage({id: 'rituals.edit.name', defaultMessage: 'Name'})} error={errorFor(fields, 'name')}>
                <input type='text' value={draft.name} onChange={(e) => change({name: e.target.value})}/>
            </Field>
            <RitualWhenFields draft={draft} change={change} fields={fields}/>
            <RitualDetailFields draft={draft} change={change} fields={fields}/>
            {ritual && <AgendaPreview ritualId={ritual.id} name={ritual.name} zone={ritual.timeZone}/>}
            {general.length > 0 && <p role='alert' style={styles.danger}>{general.join(' ')}</p>}
            <FormActions onCancel={onCancel} isBusy={isBusy} submitLabel={<FormattedMessage id='rituals.edit.save' defaultMessage='Save ritual'/>}/>
        </form>
    );
}
