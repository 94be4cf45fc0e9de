import {useEffect, useRef, useState, type KeyboardEvent, type RefObject} from 'react';

import type {Person} from '../../../../server-ts/src/contract/incidents';

import {useOwnerSearch} from './use_owner_search';

// The input is the caller's, so its ref never travels in the returned state.
const MOVES: Readonly<Record<string, number>> = {ArrowDown: 1, ArrowUp: -1};

type Props = {inputRef: RefObject<HTMLInputElement | null>; owner: Person | null; onChange: (owner: Person | null) => void};

/**
 * The owner combobox's behaviour (WAI-ARIA combobox with a list popup): typing searches, ↓/↑ move through the
 * matches, Enter picks, Esc closes the list. Leaving the field without picking shows the owner again.
 */
export function useOwnerCombobox({inputRef, owner, onChange}: Props) {
    // null while not typing: the field then shows the owner.
    const [typed, setTyped] = useState<string | null>(null);
    const [isOpen, setOpen] = useState(false);
    const [active, setActive] = useState(0);
    const matches = useOwnerSearch(typed ?? '');
    const shown = isOpen ? matches : [];
    // A later answer may bring fewer matches than the one the arrows were on.
    const current = Math.min(active, Math.max(shown.length - 1, 0));
    useEscapeClosesList(inputRef, isOpen, () => setOpen(false));
    const pick = (person: Person) => {
        onChange(person);
        setTyped(null);
        setOpen(false);
    };
    const type = (text: string) => {
        setTyped(text);
        setOpen(true);
        setActive(0);
        if (text.trim() === '') {
            onChange(null);
        }
    };
    const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
        const move = MOVES[e.key];
        const chosen = shown[current];
        if (move !== undefined) {
            e.preventDefault();
            setActive(isOpen && matches.length > 0 ? (current + move + matches.length) % matches.length : 0);
            setOpen(true);
        } else if (e.key === 'Enter' && chosen) {
            e.preventDefault();
            pick(chosen);
        }
    };
    const close = () => {
        setTyped(null);
        setOpen(false);
    };
    const text = typed ?? (owner ? `@${owner.username}` : '');
    return {text, isOpen, shown, active: current, type, pick, close, onKeyDown};
}

// Native, on the input itself: it runs before the dialog's own Esc listener, which would close the whole modal.
function useEscapeClosesList(inputRef: RefObject<HTMLInputElement | null>, isOpen: boolean, closeList: () => void) {
    const latest = useRef(closeList);
    useEffect(() => {
        latest.current = closeList;
    });
    useEffect(() => {
        const input = inputRef.current;
        const onKeyDown = (e: globalThis.KeyboardEvent) => {
            if (e.key === 'Escape' && isOpen) {
                e.stopPropagation();
                latest.current();
            }
        };
        input?.addEventListener('keydown', onKeyDown);
        return () => input?.removeEventListener('keydown', onKeyDown);
    }, [inputRef, isOpen]);
}
