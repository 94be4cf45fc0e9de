import {useEffect, useRef, type CSSProperties} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';

import {fieldStyles} from '../common/field';
import {actionStyles} from '../common/form_actions';

import {addUser, moveUser, removeUser, type LayerDraft} from './schedule_draft';
import {OwnerCombobox} from '../triage/owner_combobox';

type Props = {id: string; layer: LayerDraft; errorOf: (path: string) => string | undefined; path: string; onChange: (layer: LayerDraft) => void};

/** A layer's people in hand-off order: move up or down, remove, add a team member at the end. */
export function LayerUsers({id, layer, errorOf, path, onChange}: Props) {
    const {formatMessage} = useIntl();
    const focusNext = useFocusAfterRender();
    const listError = errorOf(`${path}.users`);
    const last = layer.users.length - 1;
    const move = (j: number, step: 1 | -1) => {
        onChange(moveUser(layer, j, step));
        focusNext(arrowAfterMove(id, j + step, step, last));
    };
    const remove = (j: number) => {
        onChange(removeUser(layer, j));
        focusNext(j < last ? `${id}-u${j}-remove` : `${id}-add`);
    };
    const button = (key: string, icon: string, label: string, onClick: () => void, isDisabled = false) => (
        <button id={`${id}-${key}`} type='button' aria-label={label} title={label} disabled={isDisabled} style={userStyles.button} onClick={onClick}>
            <i className={`icon ${icon}`} aria-hidden='true'/>
        </button>
    );
    return (
        <div style={fieldStyles.wrap}>
            <span id={`${id}-label`} style={fieldStyles.label}><FormattedMessage id='oncall.edit.users' defaultMessage='People, in hand-off order'/></span>
            <ol aria-labelledby={`${id}-label`} aria-describedby={listError ? `${id}-error` : undefined} style={userStyles.list}>
                {layer.users.map((u, j) => (
                    // The same person may be listed twice, so the position is part of the key.
                    <li key={`${j}-${u}`} style={userStyles.row}>
                        <span style={userStyles.name}>{`@${u}`}</span>
                        {button(`u${j}-up`, 'icon-chevron-up', formatMessage({id: 'oncall.edit.up', defaultMessage: 'Move @{user} earlier'}, {user: u}), () => move(j, -1), j === 0)}
                        {button(`u${j}-down`, 'icon-chevron-down', formatMessage({id: 'oncall.edit.down', defaultMessage: 'Move @{user} later'}, {user: u}), () => move(j, 1), j === last)}
                        {button(`u${j}-remove`, 'icon-close', formatMessage({id: 'oncall.edit.remove', defaultMessage: 'Remove @{user}'}, {user: u}), () => remove(j))}
                        {errorOf(`${path}.users[${j}]`) && <span style={fieldStyles.error}>{errorOf(`${path}.users[${j}]`)}</span>}
                    </li>
                ))}
            </ol>
            {listError && <span id={`${id}-error`} style={fieldStyles.error}>{listError}</span>}
            <OwnerCombobox placeholder='' id={`${id}-add`} label={formatMessage({id: 'oncall.edit.addUser', defaultMessage: 'Add a person'})} owner={null}
                onChange={(p) => p && onChange(addUser(layer, p.username))}/>
        </div>
    );
}

// Keep the keyboard on the person who moved, or on their other arrow once they reach an end (that one is disabled).
function arrowAfterMove(id: string, to: number, step: 1 | -1, last: number): string {
    const isAtEnd = step === -1 ? to === 0 : to === last;
    const arrow = (step === -1) === isAtEnd ? 'down' : 'up';
    return `${id}-u${to}-${arrow}`;
}

// Rows are keyed by position, so a moved or removed row is a new element: focus is put back after React renders.
function useFocusAfterRender(): (elementId: string) => void {
    const target = useRef<string | null>(null);
    useEffect(() => {
        if (target.current !== null) {
            document.getElementById(target.current)?.focus();
            target.current = null;
        }
    });
    return (elementId) => {
        target.current = elementId;
    };
}

const userStyles = {
    list: {margin: 0, paddingLeft: 20, display: 'flex', flexDirection: 'column', gap: 2},
    row: {display: 'flex', alignItems: 'center', gap: 4},
    name: {flex: 1, fontWeight: 600},
    button: {...actionStyles.secondary, padding: '0 6px', fontSize: 12},
} satisfies Record<string, CSSProperties>;
