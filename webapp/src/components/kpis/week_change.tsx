import type {CSSProperties} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';

import type {WeekChange as Change} from './kpi_format';
import type {Better} from './kpi_metrics';

const ARROWS = {up: '↑', down: '↓', same: '→'} as const;

/** "↑ 25% vs. week before", green when that way is good news, red when bad, grey when neither. */
export function WeekChange({change, better}: {change: Change | null; better: Better}) {
    const intl = useIntl();
    if (!change) {
        return <span style={changeStyles.neutral}><FormattedMessage id='kpis.change.none' defaultMessage='nothing to compare'/></span>;
    }
    const isGood = better !== null && change.direction === better;
    const isBad = better !== null && change.direction !== 'same' && change.direction !== better;
    // Up from nothing has no percentage.
    const amount = change.percent === null ?
        intl.formatMessage({id: 'kpis.change.fromZero', defaultMessage: 'from 0'}) :
        intl.formatNumber(change.percent / 100, {style: 'percent'});
    return (
        <span style={isGood ? changeStyles.good : isBad ? changeStyles.bad : changeStyles.neutral}>
            <FormattedMessage id='kpis.change' defaultMessage='{arrow} {amount} vs. week before' values={{arrow: ARROWS[change.direction], amount}}/>
        </span>
    );
}

const changeStyles = {
    good: {color: 'var(--online-indicator)', fontSize: 12, fontWeight: 600},
    bad: {color: 'var(--error-text)', fontSize: 12, fontWeight: 600},
    neutral: {color: 'rgba(var(--center-channel-color-rgb), 0.64)', fontSize: 12},
} satisfies Record<string, CSSProperties>;
