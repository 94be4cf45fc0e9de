import {DateTime} from 'luxon';
import {useEffect, useState} from 'react';

import {useSreEnv} from '../common/sre_env';

import {useOncallClient} from './use_oncall_client';

// Far enough to find my next turn in a weekly rotation of a few people.
const LOOK_AHEAD_DAYS = 42;

type MyShift = {start: DateTime; end: DateTime};

/**
 * My current or next shift in a schedule, to prefill a swap: the part still ahead (from the next whole minute
 * when it has begun, since a swap cannot rewrite the past). null when I have none ahead, undefined while asking.
 */
export function useMyNextShift(scheduleId: string, username: string | null): MyShift | null | undefined {
    const client = useOncallClient();
    const {now} = useSreEnv();
    const [shift, setShift] = useState<MyShift | null | undefined>(undefined);
    useEffect(() => {
        if (username === null) {
            return undefined;
        }
        let isCurrent = true;
        const from = now().toUTC();
        void client.getShifts(scheduleId, {from: from.toISO() ?? '', to: from.plus({days: LOOK_AHEAD_DAYS}).toISO() ?? ''}).then((r) => {
            const mine = r.ok ? r.value.find((s) => s.user === username && Date.parse(s.end) > from.toMillis()) : undefined;
            if (isCurrent) {
                setShift(mine ? ahead(DateTime.fromISO(mine.start), DateTime.fromISO(mine.end), from) : null);
            }
        });
        return () => {
            isCurrent = false;
        };
    }, [client, now, scheduleId, username]);
    return shift;
}

function ahead(start: DateTime, end: DateTime, now: DateTime): MyShift {
    return {start: start < now ? now.plus({minutes: 1}).startOf('minute') : start, end};
}
