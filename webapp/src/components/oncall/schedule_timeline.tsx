import {useMemo, type CSSProperties} from 'react';
import {FormattedMessage} from 'react-intl';

import type {Shift} from '../../../../server-ts/src/contract/schedules';

import {TimelineDay} from './timeline_day';
import {barLooks} from './timeline_looks';
import {timelineDays} from './timeline_model';
import type {VisibleRange} from './timeline_range';

type Props = {shifts: readonly Shift[]; range: VisibleRange; scheduleZone: string; label: string};

/** The final schedule as one row a day: a bar per shift labelled with the person, overrides hatched, gaps red. */
export function ScheduleTimeline({shifts, range, scheduleZone, label}: Props) {
    const days = useMemo(() => timelineDays(shifts, range.from, range.to), [shifts, range]);
    return (
        <div>
            <ul aria-label={label} style={timelineStyles.days}>
                {days.map((day) => <TimelineDay key={day.start.toMillis()} day={day} scheduleZone={scheduleZone}/>)}
            </ul>
            <p style={timelineStyles.legend}>
                <span style={{...timelineStyles.key, ...timelineStyles.layer}}><FormattedMessage id='oncall.timeline.layerKey' defaultMessage='rotation'/></span>
                <span style={{...timelineStyles.key, ...timelineStyles.override}}><FormattedMessage id='oncall.timeline.overrideKey' defaultMessage='override'/></span>
                <span style={{...timelineStyles.key, ...timelineStyles.gap}}><FormattedMessage id='oncall.timeline.gapKey' defaultMessage='nobody on call'/></span>
            </p>
        </div>
    );
}

const timelineStyles = {
    days: {listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 4},
    legend: {display: 'flex', gap: 8, margin: '8px 0 0', fontSize: 12},
    key: {padding: '0 6px', borderRadius: 3},
    ...barLooks,
} satisfies Record<string, CSSProperties>;
