import type {CSSProperties} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';

import {Field} from '../common/field';
import {styles} from '../common/styles';

import {KeyHint} from './key_hint';
import {OwnerCombobox} from './owner_combobox';
import {PRIORITIES} from './triage_order';
import {AREAS, AREA_NAMES, CATEGORIES, CATEGORY_NAMES} from './triage_names';
import type {TriageDraft} from './use_triage_draft';

type Props = {draft: TriageDraft; change: (patch: Partial<TriageDraft>) => void; errors: Record<string, string>};

/** Priority (keys 1–4), category, ownership area and owner of the request being triaged. */
export function TriageChoiceFields({draft, change, errors}: Props) {
    const {formatMessage} = useIntl();
    return (
        <>
            <div role='group' aria-labelledby='sre-triage-priority' style={choiceStyles.priority}>
                <span id='sre-triage-priority' style={{fontWeight: 600}}>
                    <FormattedMessage id='triage.priority' defaultMessage='Priority'/>
                    <KeyHint shortcut='1–4'/>
                </span>
                {PRIORITIES.map((p, i) => (
                    <button
                        key={p}
                        type='button'
                        aria-pressed={draft.priority === p}
                        aria-keyshortcuts={String(i + 1)}
                        style={draft.priority === p ? styles.button : styles.badge}
                        onClick={() => change({priority: p})}
                    >{p.toUpperCase()}</button>
                ))}
                {errors.priority && <span style={styles.danger}>{errors.priority}</span>}
            </div>
            <Field id='sre-triage-category' label={formatMessage({id: 'triage.category', defaultMessage: 'Category'})} error={errors.category}>
                <select value={draft.category} onChange={(e) => change({category: e.target.value})}>
                    {CATEGORIES.map((c) => <option key={c} value={c}>{formatMessage(CATEGORY_NAMES[c])}</option>)}
                </select>
            </Field>
            <Field id='sre-triage-area' label={formatMessage({id: 'triage.area', defaultMessage: 'Ownership area'})} error={errors.area}>
                <select value={draft.area} onChange={(e) => change({area: e.target.value})}>
                    <option value=''>{formatMessage({id: 'triage.area.none', defaultMessage: 'Not set'})}</option>
                    {AREAS.map((a) => <option key={a} value={a}>{formatMessage(AREA_NAMES[a])}</option>)}
                </select>
            </Field>
            <OwnerCombobox id='sre-triage-owner' owner={draft.owner} error={errors.ownerId} onChange={(owner) => change({owner})}/>
        </>
    );
}

const choiceStyles = {
    priority: {display: 'flex', alignItems: 'center', gap: 8, marginBottom: 12, gridColumn: '1 / -1'},
} satisfies Record<string, CSSProperties>;
