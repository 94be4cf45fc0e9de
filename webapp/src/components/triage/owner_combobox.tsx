import {useRef} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';

import type {Person} from '../../../../server-ts/src/contract/incidents';
import {fieldStyles} from '../common/field';
import {styles} from '../common/styles';

import {OwnerOptions} from './owner_options';
import {useOwnerCombobox} from './use_owner_combobox';

type Props = {
    id: string; owner: Person | null; error?: string; onChange: (owner: Person | null) => void;
    // Other uses of the same picker (a swap's teammate, a layer's new person) name it themselves.
    label?: string; placeholder?: string;
};

/**
 * A team member by username (WAI-ARIA combobox: ↓ ↑ Enter, Esc). As the triage owner, an empty field means
 * nobody owns the request.
 */
export function OwnerCombobox({id, owner, error, onChange, label, placeholder}: Props) {
    const {formatMessage} = useIntl();
    const inputRef = useRef<HTMLInputElement>(null);
    const box = useOwnerCombobox({inputRef, owner, onChange});
    const optionId = (personId: string) => `${id}-option-${personId}`;
    const activeOption = box.shown[box.active];
    return (
        <div style={fieldStyles.wrap}>
            <label htmlFor={id} style={fieldStyles.label}>{label ?? <FormattedMessage id='triage.owner' defaultMessage='Owner'/>}</label>
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
                placeholder={placeholder ?? formatMessage({id: 'triage.owner.none', defaultMessage: 'Nobody yet'})}
                value={box.text}
                style={{...fieldStyles.control, ...(error ? fieldStyles.invalid : {})}}
                onChange={(e) => box.type(e.target.value)}
                onKeyDown={box.onKeyDown}
                onBlur={box.close}
            />
            <OwnerOptions id={`${id}-list`} optionId={optionId} people={box.shown} active={box.active} onPick={box.pick}/>
            {box.isOpen && box.shown.length === 0 && <span style={styles.muted}><FormattedMessage id='triage.owner.noMatch' defaultMessage='No team member matches'/></span>}
            <span id={`${id}-hint`} style={fieldStyles.hint}><FormattedMessage id='triage.owner.hint' defaultMessage='Type a username; ↓ ↑ to choose, Enter to pick'/></span>
            {error && <span id={`${id}-error`} style={fieldStyles.error}>{error}</span>}
        </div>
    );
}
