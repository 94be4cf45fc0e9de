import {useEffect, useRef} from 'react';

// The listener is added once and calls the latest handler through a ref, so re-renders
// (every keystroke in a field) do not re-add it.
export function useEscapeKey(onEscape: () => void): void {
    const handlerRef = useRef(onEscape);
    useEffect(() => {
        handlerRef.current = onEscape;
    });
    useEffect(() => {
        const onKey = (e: KeyboardEvent) => e.key === 'Escape' && handlerRef.current();
        document.addEventListener('keydown', onKey);
        return () => document.removeEventListener('keydown', onKey);
    }, []);
}
