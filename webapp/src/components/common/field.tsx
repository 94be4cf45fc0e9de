import {cloneElement, type CSSProperties, type ReactElement} from 'react';

type Props = {
    id: string;
    label: string;
    error?: string;
    hint?: string;
    // One input, select or textarea; Field gives it its id and the error wiring.
    children: ReactElement<Record<string, unknown>>;
};

// The companion words field errors to be read after a field name ("title is 0 characters"); under the field they
// start a sentence.
const asSentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A labelled form control whose error is announced with it (aria-invalid + aria-describedby). */
export function Field({id, label, error, hint, children}: Props) {
    const errorId = `${id}-error`;
    const hintId = `${id}-hint`;
    const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
    const control = cloneElement(children, {
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
        style: {...fieldStyles.control, ...(error ? fieldStyles.invalid : {})},
    });
    return (
        <div style={fieldStyles.wrap}>
            <label htmlFor={id} style={fieldStyles.label}>{label}</label>
            {control}
            {hint && <span id={hintId} style={fieldStyles.hint}>{hint}</span>}
            {error && <span id={errorId} style={fieldStyles.error}>{asSentence(error)}</span>}
        </div>
    );
}

export const fieldStyles = {
    wrap: {display: 'flex', flexDirection: 'column', gap: 4, marginBottom: 12},
    label: {fontWeight: 600, fontSize: 13, color: 'var(--center-channel-color)'},
    control: {
        padding: '6px 8px',
        borderRadius: 4,
        border: '1px solid rgba(var(--center-channel-color-rgb), 0.16)',
        background: 'var(--center-channel-bg)',
        color: 'var(--center-channel-color)',
        font: 'inherit',
    },
    invalid: {border: '1px solid var(--error-text)'},
    hint: {fontSize: 12, color: 'rgba(var(--center-channel-color-rgb), 0.64)'},
    error: {fontSize: 12, color: 'var(--error-text)'},
} satisfies Record<string, CSSProperties>;
