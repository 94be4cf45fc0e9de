import type {RitualView} from '../contract/rituals.js';
import type {RitualRecord} from '../db/ritual_rows.js';
import type {RitualRunRecord} from '../db/ritual_runs.js';
import type {AgendaRitual} from '../domain/ritual_agenda.js';
import {upcomingOccurrences, type RitualTiming} from '../domain/ritual_occurrences.js';
import {err, ok, type Result} from '../domain/result.js';
import {parseCadence} from '../domain/ritual_schedule.js';

// A stored ritual whose cadence reads back valid (the API only writes valid ones; a hand edit in the database may not).
export type ValidRitual = {record: RitualRecord; timing: RitualTiming};

export function validRitual(record: RitualRecord): Result<ValidRitual, string> {
    const cadence = parseCadence(record.cadence);
    return cadence.ok ? ok({record, timing: {cadence: cadence.value, timeZone: record.timeZone, leadMinutes: record.leadMinutes}}) :
        err(`ritual "${record.name}" skipped: ${cadence.error}`);
}

// Those that read back valid, and a sentence for each that does not (the summary reports them too).
export function validRituals(records: readonly RitualRecord[]): {rituals: ValidRitual[]; problems: string[]} {
    const checked = records.map(validRitual);
    return {rituals: checked.flatMap((c) => (c.ok ? [c.value] : [])), problems: checked.flatMap((c) => (c.ok ? [] : [c.error]))};
}

export const agendaRitualOf = (r: RitualRecord): AgendaRitual => ({name: r.name, timeZone: r.timeZone, attendees: r.attendees, notes: r.notes});

const NEXT_SHOWN = 3;

export function viewOfRitual({record: r, timing}: ValidRitual, lastRun: RitualRunRecord | undefined, now: Date): RitualView {
    return {
        id: r.id, slug: r.slug, name: r.name, timeZone: r.timeZone, cadence: timing.cadence, channelName: r.channelName,
        leadMinutes: r.leadMinutes, attendees: r.attendees, agenda: r.agenda, notes: r.notes, isActive: r.isActive,
        nextOccurrences: r.isActive ? upcomingOccurrences(timing, now, NEXT_SHOWN).map((d) => d.toISOString()) : [],
        lastRun: lastRun === undefined ? null : {occurrenceAt: lastRun.occurrenceAt.toISOString(), postedAt: lastRun.postedAt.toISOString(),
            late: lastRun.late, postId: lastRun.postId},
    };
}
