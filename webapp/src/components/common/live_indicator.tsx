import type {GlobalState} from '@mattermost/types/store';
import type {CSSProperties} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';
import {useSelector} from 'react-redux';

import {getLiveStatus, type LiveStatus} from '../../store/summary_slice';

/** A small dot saying whether the sidebar is following the companion's live stream. */
export function LiveIndicator() {
    const {formatMessage} = useIntl();
    const live = useSelector((s: GlobalState) => getLiveStatus(s));
    return (
        <span
            role='status'
            aria-label={formatMessage({id: 'sidebar.live.label', defaultMessage: 'Live updates'})}
            style={indicatorStyles.wrap}
        >
            <span aria-hidden='true' style={{...indicatorStyles.dot, background: live === 'open' ? 'var(--online-indicator)' : 'var(--away-indicator)'}}/>
            <LiveText live={live}/>
        </span>
    );
}

function LiveText({live}: {live: LiveStatus}) {
    switch (live) {
    case 'open':
        return <FormattedMessage id='sidebar.live.open' defaultMessage='Live'/>;
    case 'connecting':
        return <FormattedMessage id='sidebar.live.connecting' defaultMessage='Connecting…'/>;
    case 'reconnecting':
        return <FormattedMessage id='sidebar.live.reconnecting' defaultMessage='Reconnecting…'/>;
    }
}

const indicatorStyles = {
    wrap: {display: 'inline-flex', alignItems: 'center', gap: 4, fontSize: 12, color: 'rgba(var(--center-channel-color-rgb), 0.64)'},
    dot: {width: 8, height: 8, borderRadius: '50%'},
} satisfies Record<string, CSSProperties>;
