import type {CSSProperties} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';

import {actionStyles} from '../common/form_actions';
import {styles} from '../common/styles';

import {rangeAround, stepRange, type RangeUnit, type VisibleRange} from './timeline_range';

type Props = {range: VisibleRange; scheduleZone: string; onChange: (range: VisibleRange) => void};

/** Week or month, previous and next, the dates shown, and which zone the times are in. */
export function TimelineNav({range, scheduleZone, onChange}: Props) {
    const {formatMessage} = useIntl();
    const isWeek = range.unit === 'week';
    const unitButton = (unit: RangeUnit, label: string) => (
        <button type='button' style={range.unit === unit ? navStyles.on : navStyles.off} aria-pressed={range.unit === unit}
            onClick={() => onChange(rangeAround(range.from, unit))}>{label}</button>
    );
    const last = range.to.minus({days: 1});
    return (
        <div style={navStyles.wrap}>
            <div role='group' aria-label={formatMessage({id: 'oncall.timeline.nav', defaultMessage: 'Timeline range'})} style={navStyles.row}>
                <button type='button' style={navStyles.off} onClick={() => onChange(stepRange(range, -1))}
                    aria-label={isWeek ? formatMessage({id: 'oncall.timeline.prevWeek', defaultMessage: 'Previous week'}) : formatMessage({id: 'oncall.timeline.prevMonth', defaultMessage: 'Previous month'})}>
                    <i className='icon icon-chevron-left' aria-hidden='true'/>
                </button>
                <strong aria-live='polite' style={navStyles.label}>
                    {isWeek ? `${range.from.toLocaleString({day: 'numeric', month: 'short'})} – ${last.toLocaleString({day: 'numeric', month: 'short', year: 'numeric'})}` :
                        range.from.toLocaleString({month: 'long', year: 'numeric'})}
                </strong>
                <button type='button' style={navStyles.off} onClick={() => onChange(stepRange(range, 1))}
                    aria-label={isWeek ? formatMessage({id: 'oncall.timeline.nextWeek', defaultMessage: 'Next week'}) : formatMessage({id: 'oncall.timeline.nextMonth', defaultMessage: 'Next month'})}>
                    <i className='icon icon-chevron-right' aria-hidden='true'/>
                </button>
                {unitButton('week', formatMessage({id: 'oncall.timeline.week', defaultMessage: 'Week'}))}
                {unitButton('month', formatMessage({id: 'oncall.timeline.month', defaultMessage: 'Month'}))}
            </div>
            <p style={{...styles.muted, ...navStyles.zones}}>
                <FormattedMessage id='oncall.timeline.zones' defaultMessage='Times in your zone ({viewer}); the schedule runs in {schedule}.'
                    values={{viewer: range.from.zoneName ?? '', schedule: scheduleZone}}/>
            </p>
        </div>
    );
}

const navStyles = {
    wrap: {display: 'flex', flexDirection: 'column', gap: 4, marginBottom: 8},
    row: {display: 'flex', alignItems: 'center', gap: 4, flexWrap: 'wrap'},
    label: {minWidth: 150, textAlign: 'center'},
    off: {...actionStyles.secondary, padding: '2px 8px'},
    on: {...actionStyles.secondary, padding: '2px 8px', background: 'rgba(var(--button-bg-rgb), 0.08)'},
    zones: {fontSize: 12},
} satisfies Record<string, CSSProperties>;
