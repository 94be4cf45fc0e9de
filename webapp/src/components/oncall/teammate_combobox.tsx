import {useRef} from 'react';
import {FormattedMessage} from 'react-intl';

import type {Person} from '../../../../server-ts/src/contract/incidents';
import {fieldStyles} from '../common/field';
import {styles} from '../common/styles';
import {OwnerOptions} from '../triage/owner_options';
import {useOwnerCombobox} from '../triage/use_owner_combobox';

type Props = {id: string; label: string; person: Person | null; error?: string; onChange: (person: Person | null) => void};

/** A team member by username, with the triage owner field's behaviour (WAI-ARIA combobox: ↓ ↑ Enter, Esc). */
export function TeammateCombobox({id, label, person, error, onChange}: Props) {
    const inputRef = useRef<HTMLInputElement>(null);
    const box = useOwnerCombobox({inputRef, owner: person, onChange});
    const optionId = (personId: string) => `${id}-option-${personId}`;
    const activeOption = box.shown[box.active];
    return (
        <div style={fieldStyles.wrap}>
            <label htmlFor={id} style={fieldStyles.label}>{label}</label>
            <input
                ref={inputRef}
                id={id}
                type='text'
                role='combobox'
                autoComplete='off'
                aria-autocomplete='list'
                aria-expanded={box.shown.length > 0}
                aria-controls={`${id}-list`}
                aria-activedescendant={activeOption ? optionId(activeOption.id) : undefined}
                aria-invalid={error ? true : undefined}
                aria-describedby={[`${id}-hint`, error ? `${id}-error` : ''].join(' ').trim()}
                value={box.text}
                style={{...fieldStyles.control, ...(error ? fieldStyles.invalid : {})}}
                onChange={(e) => box.type(e.target.value)}
                onKeyDown={box.onKeyDown}
                onBlur={box.close}
            />
            <OwnerOptions id={`${id}-list`} optionId={optionId} people={box.shown} active={box.active} onPick={box.pick}/>
            {box.isOpen && box.shown.length === 0 && <span style={styles.muted}><FormattedMessage id='oncall.person.noMatch' defaultMessage='No team member matches'/></span>}
            <span id={`${id}-hint`} style={fieldStyles.hint}><FormattedMessage id='oncall.person.hint' defaultMessage='Type a username; ↓ ↑ to choose, Enter to pick'/></span>
            {error && <span id={`${id}-error`} style={fieldStyles.error}>{error}</span>}
        </div>
    );
}
