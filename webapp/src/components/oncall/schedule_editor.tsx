import {useState, type CSSProperties, type FormEvent} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';

import type {ScheduleView} from '../../../../server-ts/src/contract/schedules';
import {Field} from '../common/field';
import {actionStyles, FormActions} from '../common/form_actions';

import {FormProblem} from './form_problem';
import {LayerEditor} from './layer_editor';
import {OverrideEditor} from './override_editor';
import {SchedulePreview} from './schedule_preview';
import {inlinePaths, patchLayer, type Draft} from './schedule_draft';
import {useScheduleEditor, type SaveSchedule} from './use_schedule_editor';

type Props = {initial: Draft; save: SaveSchedule; onSaved: (view: ScheduleView) => void; onCancel: () => void};

/** For SREs: name, zone, layers and overrides of a schedule, a preview of the final schedule, then Save. */
export function ScheduleEditor({initial, save, onSaved, onCancel}: Props) {
    const {formatMessage} = useIntl();
    const [draft, setDraft] = useState(initial);
    const editor = useScheduleEditor(save, onSaved);
    const errorOf = (path: string) => editor.error?.fields?.[path];
    const onSubmit = (e: FormEvent) => {
        e.preventDefault();
        void editor.submit(draft);
    };
    return (
        <form onSubmit={onSubmit} noValidate={true} aria-label={formatMessage({id: 'oncall.edit.form', defaultMessage: 'Edit schedule'})}>
            <Field id='sre-schedule-name' label={formatMessage({id: 'oncall.edit.name', defaultMessage: 'Name'})} error={errorOf('name')}>
                <input type='text' value={draft.name} onChange={(e) => setDraft({...draft, name: e.target.value})}/>
            </Field>
            <Field id='sre-schedule-zone' label={formatMessage({id: 'oncall.edit.zone', defaultMessage: 'Time zone'})} error={errorOf('timeZone')}
                hint={formatMessage({id: 'oncall.edit.zone.hint', defaultMessage: 'An IANA name, e.g. Europe/Berlin'})}>
                <input type='text' value={draft.timeZone} onChange={(e) => setDraft({...draft, timeZone: e.target.value})}/>
            </Field>
            {draft.layers.map((layer, i) => (
                <LayerEditor key={i} index={i} layer={layer} zone={draft.timeZone} errorOf={errorOf}
                    onChange={(changed) => setDraft((d) => patchLayer(d, i, () => changed))}/>
            ))}
            <OverrideEditor draft={draft} errorOf={errorOf} onChange={setDraft}/>
            <FormProblem error={editor.error} shownInline={inlinePaths(draft)}/>
            <button type='button' style={editorStyles.preview} onClick={() => editor.showPreview(draft)}>
                <FormattedMessage id='oncall.edit.preview' defaultMessage='Preview'/>
            </button>
            {editor.isPreviewAsked && <SchedulePreview editor={editor} scheduleZone={draft.timeZone}/>}
            <FormActions onCancel={onCancel} isBusy={editor.isBusy} submitLabel={<FormattedMessage id='oncall.edit.save' defaultMessage='Save schedule'/>}/>
        </form>
    );
}

const editorStyles = {
    preview: {...actionStyles.secondary, marginBottom: 8},
} satisfies Record<string, CSSProperties>;
