import {useState, type FormEvent} from 'react';
import {FormattedMessage} from 'react-intl';

import type {TemplateView} from '../../../../server-ts/src/contract/incidents';
import type {ApiError} from '../../api/result';
import {FormActions} from '../common/form_actions';
import {styles} from '../common/styles';
import {useCompanionClient} from '../common/use_companion_client';
import {useRunbooks} from '../sidebar/use_runbooks';

import {ChecklistEditor} from './checklist_editor';
import {IntervalsEditor} from './intervals_editor';
import {draftOf, EMPTY_DRAFT, inputOf, otherErrors, type TemplateDraft} from './template_draft';
import {TemplatePreviewBox} from './template_preview_box';
import {TemplateTextFields} from './template_text_fields';
import {useTemplatePreview} from './use_template_preview';

type Props = {template: TemplateView | null; onDone: () => void};

const SHOWN = ['name', 'description', 'tier', 'channelNamePattern', 'isPrivate', 'headerPattern', 'purposePattern', 'firstPost',
    'defaultMembers', 'broadcastChannels', 'checklist', 'updateIntervalMinutes', 'isDrill'] as const;

/** Creates or edits a template: every field, a live preview, and the server's errors beside each field. */
export function TemplateEditor({template, onDone}: Props) {
    const client = useCompanionClient();
    const [draft, setDraft] = useState<TemplateDraft>(template ? draftOf(template) : EMPTY_DRAFT);
    const [saveError, setSaveError] = useState<ApiError | null>(null);
    const [isBusy, setBusy] = useState(false);
    const preview = useTemplatePreview(draft);
    const {runbooks} = useRunbooks();
    const fields = saveError?.fields ?? preview.fields;
    const change = (patch: Partial<TemplateDraft>) => setDraft((d) => ({...d, ...patch}));
    const onSubmit = async (e: FormEvent) => {
        e.preventDefault();
        setBusy(true);
        const r = template ? await client.updateTemplate(template.id, inputOf(draft)) : await client.createTemplate(inputOf(draft));
        setBusy(false);
        if (r.ok) {
            onDone();
        } else {
            setSaveError(r.error);
        }
    };
    const general = [...(saveError && !saveError.fields ? [saveError.message] : []), ...otherErrors(fields, SHOWN)];
    return (
        <form onSubmit={(e) => void onSubmit(e)} noValidate={true} aria-labelledby='sre-template-editor'>
            <h4 id='sre-template-editor' style={{margin: '0 0 8px'}}>
                {template ? <FormattedMessage id='templates.editing' defaultMessage='Edit {name}' values={{name: template.name}}/> : <FormattedMessage id='templates.creating' defaultMessage='New template'/>}
            </h4>
            <TemplateTextFields draft={draft} change={change} fields={fields}/>
            <ChecklistEditor steps={draft.checklist} onChange={(checklist) => change({checklist})} fields={fields} runbooks={runbooks}/>
            <IntervalsEditor intervals={draft.updateIntervalMinutes} onChange={(updateIntervalMinutes) => change({updateIntervalMinutes})} fields={fields}/>
            <TemplatePreviewBox preview={preview.preview}/>
            {general.length > 0 && <p role='alert' style={styles.danger}>{general.join(' ')}</p>}
            <FormActions onCancel={onDone} isBusy={isBusy} submitLabel={<FormattedMessage id='templates.save' defaultMessage='Save template'/>}/>
        </form>
    );
}
