import {useEffect, useState} from 'react';

import type {ScheduleView} from '../../../../server-ts/src/contract/schedules';
import type {ApiError} from '../../api/result';

import {useOncallClient} from './use_oncall_client';

/** One schedule as saved, asked for when the modal opens; `replace` takes a newer one (after a save) without asking. */
export function useSchedule(scheduleId: string) {
    const client = useOncallClient();
    const [schedule, setSchedule] = useState<ScheduleView | null>(null);
    const [error, setError] = useState<ApiError | null>(null);
    useEffect(() => {
        let isCurrent = true;
        void client.getSchedule(scheduleId).then((r) => {
            if (isCurrent) {
                setSchedule(r.ok ? r.value : null);
                setError(r.ok ? null : r.error);
            }
        });
        return () => {
            isCurrent = false;
        };
    }, [client, scheduleId]);
    return {schedule, error, replace: setSchedule};
}
