import type {CSSProperties, ReactNode} from 'react';

type Props = {id: string; icon: string; title: ReactNode; aside?: ReactNode; children: ReactNode};

/** A titled sidebar section; its title names the region for screen readers. */
export function Section({id, icon, title, aside, children}: Props) {
    const headingId = `sre-section-${id}`;
    return (
        <section aria-labelledby={headingId} style={sectionStyles.section}>
            <h3 style={sectionStyles.heading}>
                <i className={`icon ${icon}`} aria-hidden='true'/>
                {/* Only the title names the region, not the counts beside it. */}
                <span id={headingId} style={sectionStyles.title}>{title}</span>
                {aside}
            </h3>
            {children}
        </section>
    );
}

const sectionStyles = {
    section: {padding: '12px 16px', borderBottom: '1px solid rgba(var(--center-channel-color-rgb), 0.08)'},
    heading: {display: 'flex', alignItems: 'center', gap: 4, margin: '0 0 8px', fontSize: 14, fontWeight: 600, color: 'var(--center-channel-color)'},
    title: {flex: 1},
} satisfies Record<string, CSSProperties>;
