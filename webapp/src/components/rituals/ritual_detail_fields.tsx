import {useIntl} from 'react-intl';

import {Field} from '../common/field';
import {errorFor} from '../templates/template_draft';

import type {RitualDraft} from './ritual_draft';
import {AGENDA_LABELS, AGENDAS, isAgenda} from './ritual_labels';

type Props = {draft: RitualDraft; change: (patch: Partial<RitualDraft>) => void; fields: Record<string, string>};

/** Where and for whom: channel, how early the agenda is posted, attendees, agenda kind, notes, and whether it runs. */
export function RitualDetailFields({draft, change, fields}: Props) {
    const {formatMessage} = useIntl();
    const t = (id: string, defaultMessage: string) => formatMessage({id: `rituals.edit.${id}`, defaultMessage});
    return (
        <>
            <Field id='sre-ritual-channel' label={t('channel', 'Channel')} error={errorFor(fields, 'channelName')} hint={t('channel.hint', 'Where the agenda is posted, e.g. cloud-sre-team')}>
                <input type='text' value={draft.channelName} onChange={(e) => change({channelName: e.target.value})}/>
            </Field>
            <Field id='sre-ritual-lead' label={t('lead', 'Post the agenda (minutes before)')} error={errorFor(fields, 'leadMinutes')}>
                <input type='number' min={0} step={5} value={Number.isNaN(draft.leadMinutes) ? '' : draft.leadMinutes}
                    onChange={(e) => change({leadMinutes: e.target.valueAsNumber})}/>
            </Field>
            <Field id='sre-ritual-attendees' label={t('attendees', 'Attendees')} error={errorFor(fields, 'attendees')} hint={t('attendees.hint', 'Teams or roles, separated by commas')}>
                <input type='text' value={draft.attendees} onChange={(e) => change({attendees: e.target.value})}/>
            </Field>
            <Field id='sre-ritual-agenda' label={t('agenda', 'Agenda')} error={errorFor(fields, 'agenda')}>
                <select value={draft.agenda} onChange={(e) => isAgenda(e.target.value) && change({agenda: e.target.value})}>
                    {AGENDAS.map((k) => <option key={k} value={k}>{formatMessage(AGENDA_LABELS[k])}</option>)}
                </select>
            </Field>
            <Field id='sre-ritual-notes' label={t('notes', 'Notes')} error={errorFor(fields, 'notes')} hint={t('notes.hint', 'Added to every agenda (for a gameday: the planned scenario)')}>
                <textarea rows={3} value={draft.notes} onChange={(e) => change({notes: e.target.value})}/>
            </Field>
            <label style={{display: 'block', marginBottom: 12}}>
                <input type='checkbox' checked={draft.isActive} onChange={(e) => change({isActive: e.target.checked})}/>{' '}{t('active', 'Active (reminders and agendas are posted)')}
            </label>
        </>
    );
}
