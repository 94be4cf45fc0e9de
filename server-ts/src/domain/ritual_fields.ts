import {IANAZone} from 'luxon';
import type {RitualBody, RitualProblem} from '../contract/rituals.js';
import {isValidChannelName} from './patterns.js';
import {err, ok, type Result} from './result.js';
import {parseCadence, type Cadence} from './ritual_schedule.js';
import {RITUAL_AGENDAS, type RitualAgenda} from './ritual_seeds.js';
import {fieldsProblem, lengthProblem} from './field_problems.js';

// A ritual as the domain accepts it: trimmed, the channel by its Mattermost name. isActive undefined: unchanged.
export type RitualDraft = {
    name: string; timeZone: string; cadence: Cadence; channelName: string; leadMinutes: number;
    attendees: string[]; agenda: RitualAgenda; notes: string; isActive?: boolean;
};

const NAME_MAX = 80;
// A day: an agenda posted further ahead is stale by the time the meeting starts.
const LEAD_MAX = 1440;
const DEFAULT_LEAD = 15;
const ATTENDEES_MAX = 20;
// Roles or names ("Cloud leadership", "@alice"), shown in one line of the agenda and the calendar.
const ATTENDEE_MAX = 40;
const NOTES_MAX = 2000;

const isAgenda = (text: string): text is RitualAgenda => (RITUAL_AGENDAS as readonly string[]).includes(text);

// Every bad field at once (field → sentence), so a form can mark them all.
export function parseRitual(body: RitualBody): Result<RitualDraft, Record<string, string>> {
    const name = body.name.trim();
    const timeZone = body.timeZone.trim();
    const cadence = parseCadence(body.cadence);
    const channelName = body.channelName.trim().replace(/^~/, '').toLowerCase();
    const leadMinutes = body.leadMinutes ?? DEFAULT_LEAD;
    const attendees = (body.attendees ?? []).map((a) => a.trim());
    const agenda = (body.agenda ?? 'none').trim().toLowerCase();
    const notes = (body.notes ?? '').trim();
    const problems: [string, string | null][] = [
        ['name', name === '' ? 'give the ritual a name' : lengthProblem(name, NAME_MAX)],
        ['timeZone', IANAZone.isValidZone(timeZone) ? null : `"${timeZone}" is not an IANA time zone such as Europe/Berlin`],
        ['cadence', cadence.ok ? null : `unknown ritual cadence: ${cadence.error}`],
        ['channelName', isValidChannelName(channelName) ? null : `"${body.channelName}" is not a channel name (lowercase letters, digits, - and _)`],
        ['leadMinutes', Number.isInteger(leadMinutes) && leadMinutes >= 0 && leadMinutes <= LEAD_MAX ? null :
            `${leadMinutes} is not a whole number of minutes from 0 to ${LEAD_MAX}`],
        ['attendees', attendeesProblem(attendees)],
        ['agenda', isAgenda(agenda) ? null : `"${body.agenda ?? ''}" is not an agenda: use ${RITUAL_AGENDAS.join(', ')}`],
        ['notes', lengthProblem(notes, NOTES_MAX)],
    ];
    const fields = Object.fromEntries(problems.filter((p): p is [string, string] => p[1] !== null));
    if (Object.keys(fields).length > 0 || !cadence.ok || !isAgenda(agenda)) {
        return err(fields);
    }
    return ok({name, timeZone, cadence: cadence.value, channelName, leadMinutes, attendees, agenda, notes,
        ...(body.isActive === undefined ? {} : {isActive: body.isActive})});
}

export const ritualProblem = (fields: Record<string, string>): RitualProblem => fieldsProblem('invalid_ritual', fields);

function attendeesProblem(attendees: readonly string[]): string | null {
    if (attendees.length > ATTENDEES_MAX) {
        return `${attendees.length} attendees: name at most ${ATTENDEES_MAX} (roles such as "SRE" count as one)`;
    }
    const bad = attendees.find((a) => a === '' || a.length > ATTENDEE_MAX);
    return bad === undefined ? null : `"${bad}" must be 1 to ${ATTENDEE_MAX} characters`;
}
