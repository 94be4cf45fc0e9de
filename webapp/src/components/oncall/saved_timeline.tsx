import {useCallback} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';

import type {ScheduleView} from '../../../../server-ts/src/contract/schedules';
import {styles} from '../common/styles';

import {ScheduleTimeline} from './schedule_timeline';
import {TimelineNav} from './timeline_nav';
import {useOncallClient} from './use_oncall_client';
import {useShifts, type ShiftsLoader} from './use_shifts';
import {useTimelineRange} from './use_timeline_range';

/** The saved schedule's final shifts over the week or month shown. */
export function SavedTimeline({schedule}: {schedule: ScheduleView}) {
    const {formatMessage} = useIntl();
    const client = useOncallClient();
    const [range, setRange] = useTimelineRange();
    // A saved edit gives a new schedule object, and with it the shifts are asked for again.
    const loader = useCallback<ShiftsLoader>((q) => client.getShifts(schedule.id, q), [client, schedule]);
    const shifts = useShifts(loader, range);
    return (
        <>
            <TimelineNav range={range} scheduleZone={schedule.timeZone} onChange={setRange}/>
            {shifts === null && <p role='status' style={styles.muted}><FormattedMessage id='oncall.timeline.loading' defaultMessage='Loading shifts…'/></p>}
            {shifts?.ok === false && <p role='alert' style={styles.danger}>{shifts.error.message}</p>}
            {shifts?.ok && (
                <ScheduleTimeline shifts={shifts.value} range={range} scheduleZone={schedule.timeZone}
                    label={formatMessage({id: 'oncall.timeline.label', defaultMessage: 'Shifts'})}/>
            )}
        </>
    );
}
