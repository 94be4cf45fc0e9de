import {expect, it} from 'vitest';
import type {Severity} from '../contract/summary.js';
import {nextUpdateDue, reminderText} from './reminders.js';

const INTERVALS = {sev1: 15, sev2: 30, sev3: 60, sev4: 240};
const FROM = new Date('2025-03-30T00:50:00Z'); // the night Europe moves to summer time: intervals are real minutes

it.each<[Severity, string]>([
    ['sev1', '2025-03-30T01:05:00.000Z'],
    ['sev2', '2025-03-30T01:20:00.000Z'],
    ['sev3', '2025-03-30T01:50:00.000Z'],
    ['sev4', '2025-03-30T04:50:00.000Z'],
])('%s is due next at %s', (severity, due) => expect(nextUpdateDue(severity, INTERVALS, FROM).toISOString()).toBe(due));

it('counts from the given instant, so each update pushes the reminder back', () => {
    const afterUpdate = new Date(FROM.getTime() + 7 * 60_000);
    expect(nextUpdateDue('sev1', INTERVALS, afterUpdate).getTime() - nextUpdateDue('sev1', INTERVALS, FROM).getTime()).toBe(7 * 60_000);
});

it.each<[number, string]>([[15, 'in 15 minutes.'], [60, 'in 1 hour.'], [240, 'in 4 hours.'], [90, 'in 90 minutes.']])(
    'reminds the commander with the next interval (%i)', (intervalMinutes, tail) => {
        const text = reminderText({number: 42, title: 'Database latency high', severity: 'sev2', isDrill: false, commanderUsername: 'bob', intervalMinutes});
        expect(text).toMatch(/^@bob :alarm_clock: A status update is due for SEV2 incident 42: Database latency high\.\nPost one with `\/sre update <what changed>`/);
        expect(text.endsWith(tail)).toBe(true);
    });

it('marks a drill\'s reminder as a drill', () => {
    const text = reminderText({number: 7, title: 'Gameday: kill a node', severity: 'sev3', isDrill: true, commanderUsername: 'bob', intervalMinutes: 30});
    expect(text).toMatch(/^@bob :alarm_clock: A status update is due for DRILL · SEV3 incident 7: Gameday: kill a node\./);
});
