import {useEffect} from 'react';
import type {RefObject} from 'react';

// Listens only while open, so a page full of closed menus adds no document listeners.
export function useDismissOnOutside(isOpen: boolean, rootRef: RefObject<HTMLElement | null>, dismiss: () => void): void {
    useEffect(() => {
        if (!isOpen) {
            return undefined;
        }
        const onDown = (e: MouseEvent) => {
            if (!rootRef.current?.contains(e.target as Node)) {
                dismiss();
            }
        };
        const onKey = (e: KeyboardEvent) => e.key === 'Escape' && dismiss();
        document.addEventListener('mousedown', onDown);
        document.addEventListener('keydown', onKey);
        return () => {
            document.removeEventListener('mousedown', onDown);
            document.removeEventListener('keydown', onKey);
        };
    }, [isOpen, rootRef, dismiss]);
}
