import {DateTime} from 'luxon';
import {clip} from './incident_posts.js';

// Pieces every agenda section writes with: lists cut to fit one post, dates in the ritual's zone.

// A post holds 16,383 characters: each list stops here and says how many more there were.
export const LIST_MAX = 20;
export const TITLE_MAX = 80;

export function bullets<T>(items: readonly T[], render: (item: T) => string, empty: string): string[] {
    if (items.length === 0) {
        return [empty];
    }
    const more = items.length > LIST_MAX ? [`- …and ${items.length - LIST_MAX} more`] : [];
    return [...items.slice(0, LIST_MAX).map((item) => `- ${render(item)}`), ...more];
}

// English whatever the server's locale, so the same data always gives the same agenda.
const local = (at: Date, zone: string) => DateTime.fromJSDate(at, {zone}).setLocale('en-GB');

// "Monday 30 March 2026, 10:00"
export const dateTimeText = (at: Date, zone: string): string => local(at, zone).toFormat('cccc d LLLL yyyy, HH:mm');
// "Mon 23 Mar"
export const dayText = (at: Date, zone: string): string => local(at, zone).toFormat('ccc d LLL');
// "12 Dec 2025"
export const dateText = (at: Date, zone: string): string => local(at, zone).toFormat('d LLL yyyy');

// One line of a list: no line breaks, and no brackets that would end a Markdown link early.
export const titleText = (title: string): string => clip(title.replace(/\s+/g, ' ').replace(/[[\]]/g, ''), TITLE_MAX);

// Coarse like every duration a meeting reads aloud (paging_texts.ts has the exact one for timelines): "45 s", "12 min", "3 h 05 min", "2 d 4 h".
export function coarseDurationText(seconds: number): string {
    const s = Math.round(Math.abs(seconds));
    if (s < 60) {
        return `${s} s`;
    }
    const minutes = Math.floor(s / 60);
    if (minutes < 60) {
        return `${minutes} min`;
    }
    const hours = Math.floor(minutes / 60);
    if (hours < 48) {
        return `${hours} h ${String(minutes % 60).padStart(2, '0')} min`;
    }
    return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}
