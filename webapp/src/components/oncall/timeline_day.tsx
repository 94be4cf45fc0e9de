import type {CSSProperties} from 'react';

import {TimelineBar} from './timeline_bar';
import type {TimelineDay as Day} from './timeline_model';

/** One day's row: its date, then the bars of that day (a list named by the date). */
export function TimelineDay({day, scheduleZone}: {day: Day; scheduleZone: string}) {
    const labelId = `sre-day-${day.start.toMillis()}`;
    return (
        <li style={dayStyles.row}>
            <span id={labelId} style={dayStyles.label}>{day.start.toLocaleString({weekday: 'short', day: 'numeric', month: 'short'})}</span>
            <ul aria-labelledby={labelId} style={dayStyles.track}>
                {day.segments.map((seg) => <TimelineBar key={seg.start.toMillis()} seg={seg} scheduleZone={scheduleZone}/>)}
            </ul>
        </li>
    );
}

const dayStyles = {
    row: {display: 'flex', alignItems: 'center', gap: 8},
    label: {flex: '0 0 92px', fontSize: 12, color: 'rgba(var(--center-channel-color-rgb), 0.72)'},
    track: {
        position: 'relative', flex: 1, height: 32, listStyle: 'none', margin: 0, padding: 0, borderRadius: 4,
        background: 'rgba(var(--center-channel-color-rgb), 0.04)',
    },
} satisfies Record<string, CSSProperties>;
