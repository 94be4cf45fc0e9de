import type {CSSProperties} from 'react';
import {useIntl} from 'react-intl';

import {clockTime} from './time_format';
import {lookOf} from './timeline_looks';
import type {Segment} from './timeline_model';

/** One bar of a day row; its text names the person (or the gap) and the hours, for screen readers too. */
export function TimelineBar({seg, scheduleZone}: {seg: Segment; scheduleZone: string}) {
    const {formatMessage} = useIntl();
    const hours = `${clockTime(seg.start)} – ${clockTime(seg.end)}`;
    // The tooltip adds the layer and the hours in the schedule's own zone.
    const there = `${clockTime(seg.start.setZone(scheduleZone))} – ${clockTime(seg.end.setZone(scheduleZone))} ${scheduleZone}`;
    const isOverride = seg.source === 'override';
    return (
        <li title={[seg.layer, there].filter(Boolean).join(' · ')}
            style={{...barStyles.bar, ...lookOf(seg), left: `${seg.offset}%`, width: `${seg.width}%`}}>
            {isOverride && <i className='icon icon-swap-horizontal' aria-hidden='true'/>}
            <span style={barStyles.who}>
                {seg.kind === 'gap' ? formatMessage({id: 'oncall.timeline.gap', defaultMessage: 'Nobody on call'}) : `@${seg.user ?? ''}`}
            </span>
            {isOverride && <span style={barStyles.srOnly}>{` ${formatMessage({id: 'oncall.timeline.override', defaultMessage: '(override)'})}`}</span>}
            <span style={barStyles.hours}>{` ${hours}`}</span>
        </li>
    );
}

const barStyles = {
    bar: {
        position: 'absolute', top: 0, bottom: 0, boxSizing: 'border-box', overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis',
        padding: '0 4px', borderRadius: 3, fontSize: 11, lineHeight: '28px', color: 'var(--center-channel-color)',
    },
    who: {fontWeight: 600},
    hours: {opacity: 0.8},
    // Read by screen readers, not shown: the hatching says the same to the eye.
    srOnly: {position: 'absolute', width: 1, height: 1, overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap'},
} satisfies Record<string, CSSProperties>;
