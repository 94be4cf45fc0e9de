import type {CSSProperties} from 'react';

// Theme variables only, so every Mattermost theme (dark ones too) works without our own palette.
export const styles = {
    muted: {color: 'rgba(var(--center-channel-color-rgb), 0.64)', margin: 0},
    list: {listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 6},
    row: {display: 'flex', alignItems: 'baseline', gap: 6, color: 'var(--center-channel-color)', minWidth: 0},
    grow: {flex: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap'},
    badge: {
        fontSize: 11,
        fontWeight: 600,
        padding: '0 4px',
        borderRadius: 4,
        background: 'rgba(var(--center-channel-color-rgb), 0.08)',
        color: 'var(--center-channel-color)',
    },
    danger: {color: 'var(--error-text)'},
    link: {color: 'var(--link-color)'},
    button: {
        border: 0,
        borderRadius: 4,
        padding: '6px 12px',
        background: 'var(--button-bg)',
        color: 'var(--button-color)',
        fontWeight: 600,
        cursor: 'pointer',
    },
} satisfies Record<string, CSSProperties>;
