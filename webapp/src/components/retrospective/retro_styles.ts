import type {CSSProperties} from 'react';

// Theme variables only, as everywhere in the plugin, so dark themes work too.
export const retroStyles = {
    section: {margin: '0 0 16px', padding: '12px 0 0', borderTop: '1px solid rgba(var(--center-channel-color-rgb), 0.08)'},
    heading: {display: 'flex', alignItems: 'center', gap: 6, margin: '0 0 8px', fontSize: 14, fontWeight: 600, color: 'var(--center-channel-color)'},
    inline: {display: 'flex', gap: 10, flexWrap: 'wrap', alignItems: 'flex-end'},
    narrow: {width: 118},
    // As tall as the controls beside it, so the row lines up.
    check: {display: 'flex', alignItems: 'center', gap: 6, height: 34, marginBottom: 12, fontSize: 13, fontWeight: 600, cursor: 'pointer'},
    iconButton: {border: 0, background: 'none', padding: 4, color: 'rgba(var(--center-channel-color-rgb), 0.64)', cursor: 'pointer', lineHeight: 1},
    notice: {padding: '8px 12px', borderRadius: 4, margin: '0 0 12px', background: 'rgba(var(--center-channel-color-rgb), 0.04)'},
    warning: {padding: '8px 12px', borderRadius: 4, margin: '0 0 12px', border: '1px solid var(--error-text)',
        background: 'rgba(var(--error-text-color-rgb), 0.08)'},
} satisfies Record<string, CSSProperties>;
