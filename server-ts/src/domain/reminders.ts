import type {UpdateIntervals} from '../contract/incidents.js';
import type {Severity} from '../contract/summary.js';
import {drillMark} from './incident_posts.js';
import {severityLabel} from './severity.js';

const MINUTE_MS = 60_000;

export const updateIntervalFor = (severity: Severity, intervals: UpdateIntervals): number => intervals[severity];

// Counted from the last update (or the declaration), not from the last reminder, so every update resets the clock.
export function nextUpdateDue(severity: Severity, intervals: UpdateIntervals, from: Date): Date {
    return new Date(from.getTime() + updateIntervalFor(severity, intervals) * MINUTE_MS);
}

export type ReminderSubject = {number: number; title: string; severity: Severity; isDrill: boolean; commanderUsername: string; intervalMinutes: number};

export function reminderText(incident: ReminderSubject): string {
    return [
        `@${incident.commanderUsername} :alarm_clock: A status update is due for ${drillMark(incident.isDrill)}${severityLabel(incident.severity)} incident ${incident.number}: ${incident.title}.`,
        `Post one with \`/sre update <what changed>\`; without one, the next reminder comes in ${formatMinutes(incident.intervalMinutes)}.`,
    ].join('\n');
}

function formatMinutes(minutes: number): string {
    if (minutes % 60 !== 0) {
        return `${minutes} minutes`;
    }
    const hours = minutes / 60;
    return hours === 1 ? '1 hour' : `${hours} hours`;
}
