import type {CSSProperties} from 'react';

const SHOWN: Readonly<Record<string, string>> = {ArrowLeft: '←', ArrowRight: '→', Escape: 'Esc'};

/**
 * The key for a button, shown beside its label. Hidden from screen readers, which hear the same key from the
 * button's aria-keyshortcuts, and kept out of its accessible name.
 */
export function KeyHint({shortcut}: {shortcut: string}) {
    return <kbd aria-hidden='true' style={hintStyle}>{SHOWN[shortcut] ?? shortcut.toUpperCase()}</kbd>;
}

const hintStyle: CSSProperties = {
    marginLeft: 6, padding: '0 4px', borderRadius: 3, fontSize: 11, fontFamily: 'inherit', fontWeight: 400,
    border: '1px solid rgba(var(--center-channel-color-rgb), 0.24)', color: 'inherit', opacity: 0.8,
};
