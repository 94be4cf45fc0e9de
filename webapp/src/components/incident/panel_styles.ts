import type {CSSProperties} from 'react';

export const panelStyles = {
    panel: {padding: '12px 16px', borderBottom: '1px solid rgba(var(--center-channel-color-rgb), 0.08)', display: 'flex', flexDirection: 'column', gap: 12},
    heading: {display: 'flex', alignItems: 'center', gap: 6, margin: 0, fontSize: 16, fontWeight: 600},
    subheading: {margin: '0 0 4px', fontSize: 13, fontWeight: 600},
    inline: {display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'flex-end'},
    list: {listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 4},
} satisfies Record<string, CSSProperties>;
