import {FormattedMessage, useIntl} from 'react-intl';

import type {Severity} from '../../../../server-ts/src/contract/summary';
import {DrillBadge} from '../common/drill_badge';
import {Field} from '../common/field';
import {styles} from '../common/styles';

import type {useDeclareDraft} from './use_declare_draft';

export const SEVERITIES: readonly Severity[] = ['sev1', 'sev2', 'sev3', 'sev4'];

type Props = {form: ReturnType<typeof useDeclareDraft>; errors: Record<string, string>};

/** Template, severity and commander: the three choices of the Declare form. */
export function DeclareChoices({form, errors}: Props) {
    const {formatMessage} = useIntl();
    const {draft, templates, people} = form;
    const onTemplate = (id: string) => {
        const t = templates.find((x) => x.id === id);
        if (t) {
            form.chooseTemplate(t);
        }
    };
    return (
        <>
            <Field id='sre-declare-template' label={formatMessage({id: 'declare.template', defaultMessage: 'Template'})} error={errors.template}>
                <select value={draft.templateId} onChange={(e) => onTemplate(e.target.value)}>
                    {templates.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
                </select>
            </Field>
            {templates.find((t) => t.id === draft.templateId)?.isDrill && (
                <p role='note' style={{...styles.row, marginBottom: 12}}>
                    <DrillBadge/>
                    <FormattedMessage id='declare.drill' defaultMessage='This template declares a drill, marked as one wherever it is shown.'/>
                </p>
            )}
            <Field id='sre-declare-severity' label={formatMessage({id: 'declare.severity', defaultMessage: 'Severity'})} error={errors.severity}>
                <select value={draft.severity} onChange={(e) => form.change({severity: e.target.value})}>
                    {SEVERITIES.map((s) => <option key={s} value={s}>{s.toUpperCase()}</option>)}
                </select>
            </Field>
            <Field id='sre-declare-commander' label={formatMessage({id: 'declare.commander', defaultMessage: 'Commander'})} error={errors.commander}>
                <select value={draft.commanderId} onChange={(e) => form.change({commanderId: e.target.value})}>
                    {people.map((p) => <option key={p.id} value={p.id}>{`@${p.username}`}</option>)}
                </select>
            </Field>
        </>
    );
}
