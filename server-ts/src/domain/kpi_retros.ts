import {ratio} from './kpi_stats.js';
import {DAY_MS, zoneClock} from './oncall_wall_clock.js';

/**
 * A non-drill incident resolved in the range: the resolution that opened its retrospective (the resolution it has
 * now when it has none), and when the retrospective was published (null: still a draft, or never opened).
 */
export type KpiRetro = {resolvedAt: Date; publishedAt: Date | null};
// RETRO_REMINDER_BUSINESS_DAYS and TEAM_TIME_ZONE: the deadline the commander is reminded of.
export type RetroPolicy = {businessDays: number; timeZone: string};

/**
 * domain/retro_deadline.ts's addBusinessDays (the reminder's deadline) to the millisecond, without a luxon DateTime
 * per day: that costs ~0.1 ms a call, and 52 weeks hold thousands of resolutions. Here a day is + 24 h of wall
 * time, one lookup in the zone's offsets. As luxon does it, a day whose wall time falls in a spring-forward gap moves
 * forward by the gap, and the days after it keep the later time.
 */
export function retroDeadline(resolvedAt: Date, policy: RetroPolicy): Date {
    const clock = zoneClock(policy.timeZone);
    let wall = clock.wallOf(resolvedAt.getTime());
    for (let left = policy.businessDays; left > 0;) {
        wall += DAY_MS;
        if (clock.isGap(wall)) {
            wall = clock.wallOf(clock.instantOf(wall));
        }
        const weekday = new Date(wall).getUTCDay();
        if (weekday !== 0 && weekday !== 6) {
            left -= 1;
        }
    }
    return new Date(clock.instantOf(wall));
}

// Of the retrospectives whose deadline has passed by now, the share published by their deadline.
export function retroOnTimeRatio(retros: readonly KpiRetro[], policy: RetroPolicy, now: Date): number | null {
    let due = 0;
    let onTime = 0;
    for (const retro of retros) {
        const deadline = retroDeadline(retro.resolvedAt, policy);
        if (deadline < now) {
            due += 1;
            onTime += retro.publishedAt !== null && retro.publishedAt <= deadline ? 1 : 0;
        }
    }
    return ratio(onTime, due);
}
