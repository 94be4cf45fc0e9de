import type {CSSProperties, ReactNode} from 'react';
import {FormattedMessage} from 'react-intl';

import {styles} from './styles';

type Props = {onCancel: () => void; isBusy: boolean; submitLabel: ReactNode};

/** Cancel and a submit button that says it is busy while the request runs. */
export function FormActions({onCancel, isBusy, submitLabel}: Props) {
    return (
        <div style={actionStyles.row}>
            <button type='button' style={actionStyles.secondary} onClick={onCancel}>
                <FormattedMessage id='form.cancel' defaultMessage='Cancel'/>
            </button>
            <button type='submit' style={styles.button} aria-disabled={isBusy} aria-busy={isBusy}>{submitLabel}</button>
        </div>
    );
}

export const actionStyles = {
    row: {display: 'flex', justifyContent: 'flex-end', gap: 8, marginTop: 8},
    secondary: {
        border: '1px solid rgba(var(--button-bg-rgb), 0.32)',
        borderRadius: 4,
        padding: '6px 12px',
        background: 'transparent',
        color: 'var(--button-bg)',
        fontWeight: 600,
        cursor: 'pointer',
    },
} satisfies Record<string, CSSProperties>;
