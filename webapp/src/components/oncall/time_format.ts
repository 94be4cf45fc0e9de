import type {UserTimezone} from '@mattermost/types/users';
import {DateTime, IANAZone, type DateTimeFormatOptions} from 'luxon';

const TIME: DateTimeFormatOptions = {hour: 'numeric', minute: '2-digit'};
const WEEKDAY_TIME: DateTimeFormatOptions = {weekday: 'short', ...TIME};
const DATE_TIME: DateTimeFormatOptions = {weekday: 'short', day: 'numeric', month: 'short', ...TIME};

/** The zone a viewer chose in Mattermost's settings (automatic or manual), or null when none is usable. */
export function zoneOfProfile(timezone: UserTimezone | undefined): string | null {
    if (!timezone) {
        return null;
    }
    // Mattermost stores the flag as the string "true"/"false" in most versions.
    const isAutomatic = timezone.useAutomaticTimezone === true || timezone.useAutomaticTimezone === 'true';
    const zone = isAutomatic ? timezone.automaticTimezone : timezone.manualTimezone;
    return zone && IANAZone.isValidZone(zone) ? zone : null;
}

/**
 * As short as stays unambiguous in a narrow sidebar, as LocalTime does: the time today, weekday and time within
 * the week, else the date too. "Today" is the day in the zone the instant is shown in.
 */
export function shortTime(at: DateTime, now: DateTime): string {
    const days = Math.abs(at.startOf('day').diff(now.setZone(at.zone).startOf('day'), 'days').days);
    return at.toLocaleString(days === 0 ? TIME : days < 6 ? WEEKDAY_TIME : DATE_TIME);
}

export const clockTime = (at: DateTime): string => at.toLocaleString(TIME);

/** "Europe/Berlin" → "Berlin", "America/New_York" → "New York": short enough for the sidebar, still unambiguous. */
export const zoneCity = (zone: string): string => (zone.split('/').pop() ?? zone).replace(/_/g, ' ');

/** Whether two zones show the same wall-clock time at this instant, so showing both would say the same twice. */
export const isSameWallTime = (iso: string, zoneA: string, zoneB: string): boolean =>
    DateTime.fromISO(iso, {zone: zoneA}).offset === DateTime.fromISO(iso, {zone: zoneB}).offset;

const WALL = "yyyy-MM-dd'T'HH:mm";
const HAS_OFFSET = /(?:Z|[+-]\d\d:?\d\d)$/i;

/** What a datetime-local input shows for a schedule time: an instant in `zone`, a wall time as written. */
export function toWallInput(value: string, zone: string): string {
    if (!HAS_OFFSET.test(value)) {
        return value.slice(0, 16);
    }
    const at = DateTime.fromISO(value, {setZone: true}).setZone(zone);
    return at.isValid ? at.toFormat(WALL) : '';
}

/** A datetime-local value read in `zone`, as an ISO instant; null when the input is empty or not a time. */
export function wallToInstant(wall: string, zone: string): string | null {
    const at = DateTime.fromISO(wall, {zone});
    return wall !== '' && at.isValid ? at.toUTC().toISO() : null;
}

export const wallOf = (at: DateTime): string => at.toFormat(WALL);
