import type {OncallKpis} from '../contract/kpis.js';
import type {CompiledSchedule} from './oncall_compile.js';
import {finalSchedule} from './oncall_final_schedule.js';
import {DAY_MS, isKnownZone, zoneClock} from './oncall_wall_clock.js';
import type {KpiRange} from './kpi_range.js';
import {ratio} from './kpi_stats.js';

// The pages raised in the range (none for a drill); `firstUsername` is the first person the page reached.
export type KpiPage = {createdAt: Date; firstUsername: string | null};
export type KpiSchedule = {createdAt: Date; compiled: CompiledSchedule};
// Mattermost user time zones by lower-case username, and the team's zone for everyone else.
export type KpiZones = {byUsername: ReadonlyMap<string, string>; teamTimeZone: string};

// On hours are [08:00, 20:00) on the paged person's own wall clock.
const DAY_STARTS_MIN = 8 * 60;
const DAY_ENDS_MIN = 20 * 60;

export function zoneOf(username: string | null, zones: KpiZones): string {
    const zone = username === null ? undefined : zones.byUsername.get(username.toLowerCase());
    return zone !== undefined && isKnownZone(zone) ? zone : zones.teamTimeZone;
}

// Wall-clock minutes of the day in `zone`, so a page at 06:30 UTC is 07:30 in Berlin in winter and 08:30 in summer.
export function isOffHours(at: Date, zone: string): boolean {
    const wall = zoneClock(zone).wallOf(at.getTime());
    const minute = Math.floor((((wall % DAY_MS) + DAY_MS) % DAY_MS) / 60_000);
    return minute < DAY_STARTS_MIN || minute >= DAY_ENDS_MIN;
}

// Whom to ask Mattermost about: each first-reached person once.
export const pagedPeople = (pages: readonly KpiPage[]): string[] =>
    [...new Set(pages.flatMap((p) => (p.firstUsername === null ? [] : [p.firstUsername.toLowerCase()])))];

/**
 * Shifts and gaps of the final schedules, each schedule counted from its creation (before it there was nothing
 * to cover) and only up to now (a gap still ahead may yet be filled). The current definition stands for the
 * whole range: edits are not versioned.
 */
export function coverage(schedules: readonly KpiSchedule[], range: KpiRange, now: Date): {shifts: number; gapMs: number} {
    let shifts = 0;
    let gapMs = 0;
    for (const schedule of schedules) {
        const from = new Date(Math.max(range.from.getTime(), schedule.createdAt.getTime()));
        const to = new Date(Math.min(range.to.getTime(), now.getTime()));
        if (from >= to) {
            continue;
        }
        const final = finalSchedule(schedule.compiled, from, to);
        const covered = final.reduce((sum, s) => sum + (s.end.getTime() - s.start.getTime()), 0);
        shifts += final.length;
        gapMs += to.getTime() - from.getTime() - covered;
    }
    return {shifts, gapMs};
}

export function oncallKpis(pages: readonly KpiPage[], schedules: readonly KpiSchedule[], zones: KpiZones, range: KpiRange, now: Date): OncallKpis {
    const {shifts, gapMs} = coverage(schedules, range, now);
    return {
        pages: pages.length,
        offHoursPages: pages.filter((p) => isOffHours(p.createdAt, zoneOf(p.firstUsername, zones))).length,
        pagesPerShift: ratio(pages.length, shifts),
        gapsSeconds: Math.round(gapMs / 1000),
    };
}
