import {clip} from './incident_posts.js';
import {gamedaySections, type GamedayInput} from './ritual_agenda_gameday.js';
import {kpiSections, type KpiWeeks} from './ritual_agenda_kpis.js';
import {reviewSections, type ReviewInput} from './ritual_agenda_review.js';
import {dateTimeText} from './ritual_agenda_text.js';
import {buildDigest, type DigestOptions} from './triage_digest.js';
import type {TriageEventRecord} from './triage_events.js';
import type {TriageRequest} from './triage_request.js';

export type AgendaRitual = {name: string; timeZone: string; attendees: readonly string[]; notes: string};
// One occurrence's agenda: late when it is posted at or after the start (the companion or Mattermost was down).
export type AgendaOccasion = {ritual: AgendaRitual; occurrenceAt: Date; isLate: boolean};
type TriageInput = {requests: readonly TriageRequest[]; events: readonly TriageEventRecord[]; options: DigestOptions};

// What each agenda kind is built from, loaded by the caller (rituals/agenda_source.ts).
export type AgendaContent =
    | {kind: 'incident-review'; review: ReviewInput}
    | {kind: 'triage'; triage: TriageInput}
    | {kind: 'kpis'; kpis: KpiWeeks}
    | {kind: 'gameday'; gameday: GamedayInput}
    | {kind: 'none'};

// Mattermost refuses posts over 16,383 characters; every list is already capped, this is the last guard.
const POST_MAX = 16_000;

const quoted = (text: string) => text.split('\n').map((line) => (line.trim() === '' ? '>' : `> ${line}`));

// Ritual, local start in the ritual's own zone, who comes, and the notes (for a gameday: the planned scenario).
export function agendaHeading({ritual, occurrenceAt, isLate}: AgendaOccasion, kind: AgendaContent['kind']): string[] {
    const notesLabel = kind === 'gameday' ? 'Planned scenario' : 'Notes';
    const notes = ritual.notes.trim() === '' ?
        (kind === 'gameday' ? [`**${notesLabel}:** none yet: write it in the ritual's notes.`] : []) :
        [`**${notesLabel}:**`, ...quoted(ritual.notes)];
    return [
        `#### :calendar: Agenda: ${ritual.name}`,
        ...(isLate ? [':warning: _Posted late: the ritual had already started when this agenda was written._'] : []),
        `**When:** ${dateTimeText(occurrenceAt, ritual.timeZone)} (${ritual.timeZone})`,
        `**Attendees:** ${ritual.attendees.length === 0 ? 'not set' : ritual.attendees.join(', ')}`,
        ...notes,
    ];
}

function sections(content: AgendaContent): string[] {
    switch (content.kind) {
        case 'incident-review':
            return reviewSections(content.review);
        case 'triage':
            return [buildDigest(content.triage.requests, content.triage.events, content.triage.options)];
        case 'kpis':
            return kpiSections(content.kpis);
        case 'gameday':
            return gamedaySections(content.gameday);
        case 'none':
            return [];
    }
}

export function buildAgenda(occasion: AgendaOccasion, content: AgendaContent): string {
    const body = sections(content);
    const text = [...agendaHeading(occasion, content.kind), ...(body.length === 0 ? [] : ['', ...body])].join('\n');
    return clip(text, POST_MAX);
}
