import type {CSSProperties} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';

/** The DRILL mark, beside every incident that is a drill, so nobody mistakes an exercise for an outage (or the reverse). */
export function DrillBadge() {
    const {formatMessage} = useIntl();
    return (
        <span style={drillStyles.badge} title={formatMessage({id: 'drill.badge.title', defaultMessage: 'A drill: practice, not a real incident'})}>
            <FormattedMessage id='drill.badge' defaultMessage='Drill'/>
        </span>
    );
}

// Uppercase by style, so screen readers say "drill" rather than spell it out; the away colour reads as "caution" in every theme.
const drillStyles = {
    badge: {
        fontSize: 11,
        fontWeight: 700,
        letterSpacing: 0.5,
        textTransform: 'uppercase',
        padding: '0 4px',
        borderRadius: 4,
        border: '1px solid var(--away-indicator)',
        background: 'rgba(var(--away-indicator-rgb), 0.16)',
        color: 'var(--center-channel-color)',
        whiteSpace: 'nowrap',
    },
} satisfies Record<string, CSSProperties>;
