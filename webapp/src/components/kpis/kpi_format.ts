import {DateTime} from 'luxon';

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86400;

// Two units at most ("1 h 5 m", never "1 h 5 m 12 s"): a review compares orders of magnitude, not seconds.
const twoUnits = (big: number, bigUnit: string, small: number, smallUnit: string) =>
    (small === 0 ? `${big} ${bigUnit}` : `${big} ${bigUnit} ${small} ${smallUnit}`);

/** Whole seconds for people: "45 s", "4 m 10 s", "1 h 5 m", "2 d 3 h". */
export function formatDuration(seconds: number): string {
    const s = Math.max(0, Math.round(seconds));
    if (s < MINUTE) {
        return `${s} s`;
    }
    if (s < HOUR) {
        return twoUnits(Math.floor(s / MINUTE), 'm', s % MINUTE, 's');
    }
    if (s < DAY) {
        return twoUnits(Math.floor(s / HOUR), 'h', Math.floor((s % HOUR) / MINUTE), 'm');
    }
    return twoUnits(Math.floor(s / DAY), 'd', Math.floor((s % DAY) / HOUR), 'h');
}

export type WeekChange = {direction: 'up' | 'down' | 'same'; percent: number | null};

/** From one week to the next; null when either has no figure. `percent` is null when the week before was 0. */
export function weekChange(before: number | null, after: number | null): WeekChange | null {
    if (before === null || after === null) {
        return null;
    }
    if (before === after) {
        return {direction: 'same', percent: 0};
    }
    const direction = after > before ? 'up' : 'down';
    return {direction, percent: before === 0 ? null : Math.round((Math.abs(after - before) / Math.abs(before)) * 100)};
}

/**
 * A week by its Monday, in the viewer's locale ("Mar 2" or "2 Mar"). The date is read in the companion's zone, where
 * the week starts at midnight: in the viewer's own zone that instant may still be Sunday.
 */
export function weekLabel(fromIso: string, timeZone: string, locale: string): string {
    const inZone = DateTime.fromISO(fromIso, {zone: timeZone});
    const monday = inZone.isValid ? inZone : DateTime.fromISO(fromIso);
    return monday.setLocale(locale).toLocaleString({month: 'short', day: 'numeric'});
}
