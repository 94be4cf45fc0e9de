import type {CSSProperties} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';

import type {WeeklyKpis} from '../../api/kpi_shapes';

import {weekLabel} from './kpi_format';

type Props = {weekly: WeeklyKpis; selected: number; onSelect: (index: number) => void};

/** The weeks by their Mondays, the chosen one pressed; the keyboard's way to what the bars offer the mouse. */
export function WeekPicker({weekly, selected, onSelect}: Props) {
    const intl = useIntl();
    const last = weekly.weeks.length - 1;
    return (
        <div role='group' aria-label={intl.formatMessage({id: 'kpis.review.weeks', defaultMessage: 'Weeks'})} style={pickerStyles.row}>
            {weekly.weeks.map((week, i) => {
                const monday = weekLabel(week.from, weekly.timeZone, intl.locale);
                return (
                    <button key={week.from} type='button' aria-pressed={i === selected} onClick={() => onSelect(i)}
                        style={i === selected ? {...pickerStyles.week, ...pickerStyles.selected} : pickerStyles.week}>
                        {i === last ? <FormattedMessage id='kpis.review.currentWeek' defaultMessage='{monday} (so far)' values={{monday}}/> : monday}
                    </button>
                );
            })}
        </div>
    );
}

const pickerStyles = {
    row: {display: 'flex', flexWrap: 'wrap', gap: 4},
    week: {border: '1px solid rgba(var(--center-channel-color-rgb), 0.16)', borderRadius: 12, padding: '2px 10px', fontSize: 12,
        background: 'transparent', color: 'var(--center-channel-color)', cursor: 'pointer'},
    selected: {background: 'var(--button-bg)', border: '1px solid var(--button-bg)', color: 'var(--button-color)', fontWeight: 600},
} satisfies Record<string, CSSProperties>;
