import type {Cadence} from './ritual_schedule.js';

export const RITUAL_AGENDAS = ['incident-review', 'triage', 'kpis', 'gameday', 'none'] as const;
export type RitualAgenda = typeof RITUAL_AGENDAS[number];

export type RitualSeed = {
    slug: string; name: string; cadence: Cadence; channelName: string; leadMinutes: number;
    attendees: string[]; agenda: RitualAgenda;
};

// The SRE handbook's standing meetings. Seeded once by slug: later edits by the team are never overwritten.
export const HANDBOOK_RITUALS: readonly RitualSeed[] = [
    {slug: 'incident-review', name: 'Incident Review & Knowledge share', cadence: {kind: 'weekly', weekday: 1, time: '10:00'},
        channelName: 'cloud-sre-team', leadMinutes: 15, attendees: ['Cloud leadership', 'SRE', 'Release'], agenda: 'incident-review'},
    {slug: 'triage-planning', name: 'Triage & Planning', cadence: {kind: 'weekly', weekday: 2, time: '10:00'},
        channelName: 'cloud-sre-team', leadMinutes: 15, attendees: ['SRE', 'Platform'], agenda: 'triage'},
    {slug: 'cloud-growth-sync', name: 'Cloud & Growth Sync', cadence: {kind: 'weekly', weekday: 3, time: '15:00'},
        channelName: 'cloud-sre-team', leadMinutes: 15, attendees: ['SRE', 'Release', 'Platform', 'Growth'], agenda: 'kpis'},
    {slug: 'chaos-gameday', name: 'Chaos Gameday', cadence: {kind: 'monthly', nth: 1, weekday: 4, time: '14:00'},
        channelName: 'cloud-sre-team', leadMinutes: 60, attendees: ['SRE'], agenda: 'gameday'},
];
