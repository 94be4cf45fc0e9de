import type {RitualAgenda, RitualBody, RitualView} from '../../../../server-ts/src/contract/rituals';

import type {RitualNth} from './ritual_labels';

/** What the editor holds: the cadence flattened into its parts, the attendees as the comma-separated text being typed. */
export type RitualDraft = {
    name: string;
    kind: 'weekly' | 'monthly';
    nth: RitualNth;
    // ISO weekday, 1 = Monday.
    weekday: number;
    time: string;
    timeZone: string;
    channelName: string;
    // NaN while the field is empty: sent as null, and the companion names the field.
    leadMinutes: number;
    attendees: string;
    agenda: RitualAgenda;
    notes: string;
    isActive: boolean;
};

export function blankRitual(timeZone: string): RitualDraft {
    return {name: '', kind: 'weekly', nth: 1, weekday: 1, time: '10:00', timeZone, channelName: '', leadMinutes: 15,
        attendees: '', agenda: 'none', notes: '', isActive: true};
}

export function draftOf(r: RitualView): RitualDraft {
    const c = r.cadence;
    return {name: r.name, kind: c.kind, nth: c.kind === 'monthly' ? c.nth : 1, weekday: c.weekday, time: c.time, timeZone: r.timeZone,
        channelName: r.channelName, leadMinutes: r.leadMinutes, attendees: r.attendees.join(', '), agenda: r.agenda, notes: r.notes,
        isActive: r.isActive};
}

export function bodyOf(d: RitualDraft): RitualBody {
    const when = {weekday: d.weekday, time: d.time};
    return {
        name: d.name.trim(), timeZone: d.timeZone.trim(),
        cadence: d.kind === 'weekly' ? {kind: 'weekly', ...when} : {kind: 'monthly', nth: d.nth, ...when},
        channelName: d.channelName.trim().replace(/^~/, ''), leadMinutes: d.leadMinutes,
        attendees: d.attendees.split(',').map((a) => a.trim()).filter((a) => a !== ''),
        agenda: d.agenda, notes: d.notes, isActive: d.isActive,
    };
}

// Every field the editor shows an error beside; the companion's other field errors go to the form's alert.
export const SHOWN_FIELDS = ['name', 'cadence', 'timeZone', 'channelName', 'leadMinutes', 'attendees', 'agenda', 'notes'] as const;
