import type {CSSProperties} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';

import type {ChecklistStep} from '../../../../server-ts/src/contract/incidents';
import type {RunbookView} from '../../../../server-ts/src/contract/runbooks';
import {Field} from '../common/field';
import {styles} from '../common/styles';

import {RunbookPicker} from './runbook_picker';
import {errorFor} from './template_draft';

type Props = {steps: ChecklistStep[]; onChange: (steps: ChecklistStep[]) => void; fields: Record<string, string>; runbooks: RunbookView[] | null};

function moved<T>(list: T[], from: number, to: number): T[] {
    const copy = [...list];
    const [item] = copy.splice(from, 1);
    if (item !== undefined) {
        copy.splice(to, 0, item);
    }
    return copy;
}

/** Checklist steps: title, optional runbook link and library runbook each; add, remove, move up and down. */
export function ChecklistEditor({steps, onChange, fields, runbooks}: Props) {
    const {formatMessage} = useIntl();
    const set = (i: number, patch: Partial<ChecklistStep>) => onChange(steps.map((s, j) => (j === i ? {...s, ...patch} : s)));
    const label = (id: string, text: string, n: number) => formatMessage({id, defaultMessage: text}, {n});
    return (
        <fieldset style={editorStyles.fieldset}>
            <legend style={editorStyles.legend}><FormattedMessage id='templates.checklist' defaultMessage='Checklist'/></legend>
            {errorFor(fields, 'checklist') && <p style={styles.danger}>{errorFor(fields, 'checklist')}</p>}
            <ol style={editorStyles.list}>
                {steps.map((step, i) => (
                    // Steps have no ids; the index is their identity while editing.
                    <li key={i} style={editorStyles.step}>
                        <Field id={`sre-step-${i}-title`} label={label('templates.step.title', 'Step {n} title', i + 1)} error={fields[`checklist.${i}.title`] ?? fields[`checklist[${i}].title`]}>
                            <input type='text' value={step.title} onChange={(e) => set(i, {title: e.target.value})}/>
                        </Field>
                        <Field id={`sre-step-${i}-runbook`} label={label('templates.step.runbook', 'Step {n} runbook link', i + 1)} error={fields[`checklist.${i}.runbookUrl`] ?? fields[`checklist[${i}].runbookUrl`]}>
                            <input type='url' value={step.runbookUrl ?? ''} onChange={(e) => set(i, {runbookUrl: e.target.value === '' ? null : e.target.value})}/>
                        </Field>
                        <RunbookPicker index={i} value={step.runbookId} runbooks={runbooks} error={fields[`checklist.${i}.runbookId`] ?? fields[`checklist[${i}].runbookId`]}
                            onChange={(runbookId) => set(i, {runbookId})}/>
                        <div style={editorStyles.buttons}>
                            <button type='button' disabled={i === 0} onClick={() => onChange(moved(steps, i, i - 1))}>{label('templates.step.up', 'Move step {n} up', i + 1)}</button>
                            <button type='button' disabled={i === steps.length - 1} onClick={() => onChange(moved(steps, i, i + 1))}>{label('templates.step.down', 'Move step {n} down', i + 1)}</button>
                            <button type='button' onClick={() => onChange(steps.filter((_, j) => j !== i))}>{label('templates.step.remove', 'Remove step {n}', i + 1)}</button>
                        </div>
                    </li>
                ))}
            </ol>
            <button type='button' onClick={() => onChange([...steps, {title: '', runbookUrl: null}])}>
                <FormattedMessage id='templates.step.add' defaultMessage='Add step'/>
            </button>
        </fieldset>
    );
}

export const editorStyles = {
    fieldset: {border: '1px solid rgba(var(--center-channel-color-rgb), 0.16)', borderRadius: 4, padding: 8, margin: '0 0 12px'},
    legend: {fontWeight: 600, fontSize: 13, padding: '0 4px'},
    list: {margin: 0, paddingLeft: 20},
    step: {marginBottom: 8},
    buttons: {display: 'flex', gap: 4, flexWrap: 'wrap', fontSize: 12},
} satisfies Record<string, CSSProperties>;
