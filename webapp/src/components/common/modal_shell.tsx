import {useEffect, useRef, type CSSProperties, type ReactNode} from 'react';

// size large: a document to write (a retrospective) rather than a form to fill.
type Props = {titleId: string; title: ReactNode; onClose: () => void; children: ReactNode; size?: 'normal' | 'large'};

const FOCUSABLE = 'input, select, textarea, button, a[href], [tabindex]:not([tabindex="-1"])';

// Tab and Shift+Tab stay inside the dialog, as with Mattermost's own modals.
function trapTab(dialog: HTMLElement, e: KeyboardEvent) {
    const items = Array.from(dialog.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => !el.hasAttribute('disabled'));
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) {
        return;
    }
    if (e.shiftKey && document.activeElement === first) {
        e.preventDefault();
        last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault();
        first.focus();
    }
}

/** A modal dialog: focus moves into it on open and back where it was on close; Esc closes it. */
export function ModalShell({titleId, title, onClose, children, size = 'normal'}: Props) {
    const ref = useRef<HTMLDivElement>(null);
    useEffect(() => {
        const before = document.activeElement;
        ref.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
        return () => {
            if (before instanceof HTMLElement) {
                before.focus();
            }
        };
    }, []);
    // A native listener: the dialog element itself is not interactive, its keys are.
    useEffect(() => {
        const dialog = ref.current;
        const onKeyDown = (e: KeyboardEvent) => {
            if (e.key === 'Escape') {
                e.stopPropagation();
                onClose();
            } else if (e.key === 'Tab' && dialog) {
                trapTab(dialog, e);
            }
        };
        dialog?.addEventListener('keydown', onKeyDown);
        return () => dialog?.removeEventListener('keydown', onKeyDown);
    }, [onClose]);
    return (
        <div style={modalStyles.backdrop}>
            <div ref={ref} role='dialog' aria-modal='true' aria-labelledby={titleId} style={size === 'large' ? {...modalStyles.dialog, ...modalStyles.large} : modalStyles.dialog}>
                <h2 id={titleId} style={modalStyles.title}>{title}</h2>
                {children}
            </div>
        </div>
    );
}

const modalStyles = {
    backdrop: {
        position: 'fixed', inset: 0, zIndex: 1100, display: 'flex', alignItems: 'flex-start', justifyContent: 'center',
        paddingTop: '8vh', background: 'rgba(0, 0, 0, 0.5)',
    },
    dialog: {
        width: 'min(560px, 94vw)', maxHeight: '84vh', overflowY: 'auto', padding: 24, borderRadius: 8,
        background: 'var(--center-channel-bg)', color: 'var(--center-channel-color)', boxShadow: '0 20px 32px rgba(0, 0, 0, 0.12)',
    },
    large: {width: 'min(800px, 94vw)'},
    title: {margin: '0 0 16px', fontSize: 20, fontWeight: 600},
} satisfies Record<string, CSSProperties>;
