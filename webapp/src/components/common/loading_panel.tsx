import type {CSSProperties} from 'react';
import {FormattedMessage} from 'react-intl';

import {styles} from './styles';

/** Shown until the first summary arrives. */
export function LoadingPanel() {
    return (
        <div aria-busy='true' role='status' aria-labelledby='sre-loading' style={loadingStyles.wrap}>
            <i className='icon icon-refresh' aria-hidden='true' style={loadingStyles.spin}/>
            <p id='sre-loading' style={styles.muted}>
                <FormattedMessage id='sidebar.loading' defaultMessage='Loading SRE summary…'/>
            </p>
        </div>
    );
}

const loadingStyles = {
    wrap: {display: 'flex', alignItems: 'center', gap: 8, padding: 16},
    // The host's stylesheet has no spin keyframes we can rely on, so the icon stays still.
    spin: {color: 'rgba(var(--center-channel-color-rgb), 0.48)'},
} satisfies Record<string, CSSProperties>;
