import type {RitualList, RitualView} from '../../../server-ts/src/contract/rituals';

/** The handbook's Monday review as the companion sends it on Monday 2025-01-06 (NOW_ISO, 08:00 UTC). */
export const ritualView = (overrides: Partial<RitualView> = {}): RitualView => ({
    id: 'r1', slug: 'incident-review', name: 'Incident Review', timeZone: 'Europe/Berlin',
    cadence: {kind: 'weekly', weekday: 1, time: '10:00'}, channelName: 'cloud-sre-team', leadMinutes: 15,
    attendees: ['SRE', 'Release'], agenda: 'incident-review', notes: '', isActive: true,
    nextOccurrences: ['2025-01-06T09:00:00.000Z', '2025-01-13T09:00:00.000Z', '2025-01-20T09:00:00.000Z'],
    lastRun: {occurrenceAt: '2024-12-30T09:00:00.000Z', postedAt: '2024-12-30T08:45:00.000Z', late: true, postId: 'p9'},
    ...overrides,
});

export const gamedayRitual = (): RitualView => ritualView({
    id: 'r4', slug: 'chaos-gameday', name: 'Chaos Gameday', cadence: {kind: 'monthly', nth: 1, weekday: 4, time: '14:00'},
    leadMinutes: 60, attendees: ['SRE'], agenda: 'gameday', notes: 'Kill the primary database',
    nextOccurrences: ['2025-02-06T13:00:00.000Z', '2025-03-06T13:00:00.000Z', '2025-04-03T12:00:00.000Z'], lastRun: null,
});

export const ritualList = (rituals: RitualView[] = [ritualView(), gamedayRitual()]): RitualList =>
    ({rituals, calendarUrl: 'https://chat.example.com/sre-toolkit/calendar/rituals/tok123.ics'});
