import {randomBytes} from 'node:crypto';
import type {RitualAgendaPreview, RitualBody, RitualList, RitualProblem, RitualView} from '../contract/rituals.js';
import type {Database} from '../db/database.js';
import {findRitualRecord, insertRitual, listRitualRecords, setRitualActive, updateRitual, type RitualRecord} from '../db/ritual_rows.js';
import {lastRunByRitual} from '../db/ritual_runs.js';
import {slugify} from '../domain/patterns.js';
import {err, ok, type Result} from '../domain/result.js';
import {parseRitual, ritualProblem, type RitualDraft} from '../domain/ritual_fields.js';
import {upcomingOccurrences} from '../domain/ritual_occurrences.js';
import type {ServiceFailure} from '../http/failure_reply.js';
import type {Actor} from '../incidents/access.js';
import {renderAgenda, type AgendaSourceDeps} from './agenda_source.js';
import type {RitualCalendar} from './ritual_calendar.js';
import {validRitual, validRituals, viewOfRitual} from './ritual_view.js';

export type RitualFailure = ServiceFailure<RitualProblem>;
type Answer<T> = Promise<Result<T, RitualFailure>>;

export type RitualService = {
    // Every ritual (inactive ones too, after the active ones) and the iCal feed URL of the active ones.
    list: () => Promise<RitualList>;
    get: (id: string) => Promise<RitualView | null>;
    // SREs only, like every write below.
    create: (body: RitualBody, actor: Actor) => Answer<RitualView>;
    update: (id: string, body: RitualBody, actor: Actor) => Answer<RitualView>;
    // Kept with its runs (the history stays); no agenda is posted and no event is in the feed while inactive.
    deactivate: (id: string, actor: Actor) => Answer<RitualView>;
    // What the next agenda would say if it were posted now.
    agenda: (id: string) => Answer<RitualAgendaPreview>;
    feed: RitualCalendar['feed'];
    regenerateCalendarUrl: (actor: Actor) => Answer<{url: string}>;
};

type RitualDeps = {
    db: Database;
    isSre: (actor: Actor) => Promise<boolean>;
    calendar: RitualCalendar;
    agendas: AgendaSourceDeps;
    now?: () => Date;
};

const NOT_FOUND = err<RitualFailure>({kind: 'not_found'});
const FORBIDDEN = err<RitualFailure>({kind: 'forbidden', message: 'Only SREs change rituals'});
// Mattermost's generic team in permalinks ("/_redirect/pl/<post>"): a preview belongs to no team yet.
const ANY_TEAM = '_redirect';

export function createRitualService(deps: RitualDeps): RitualService {
    const now = () => deps.now?.() ?? new Date();
    const viewOf = async (record: RitualRecord | null): Answer<RitualView> => {
        const valid = record === null ? null : validRitual(record);
        if (valid === null || !valid.ok) {
            return NOT_FOUND;
        }
        return ok(viewOfRitual(valid.value, (await lastRunByRitual(deps.db)).get(valid.value.record.id), now()));
    };
    const sreOnly = async <T>(actor: Actor, change: () => Answer<T>): Answer<T> => (await deps.isSre(actor) ? change() : FORBIDDEN);
    const withDraft = (body: RitualBody, save: (draft: RitualDraft) => Answer<RitualView>): Answer<RitualView> => {
        const draft = parseRitual(body);
        return draft.ok ? save(draft.value) : Promise.resolve(err({kind: 'invalid', problem: ritualProblem(draft.error)}));
    };
    return {
        list: async () => {
            const [records, runs, calendarUrl] = await Promise.all([listRitualRecords(deps.db), lastRunByRitual(deps.db), deps.calendar.url()]);
            const at = now();
            return {rituals: validRituals(records).rituals.map((r) => viewOfRitual(r, runs.get(r.record.id), at)), calendarUrl};
        },
        get: async (id) => {
            const view = await viewOf(await findRitualRecord(deps.db, id));
            return view.ok ? view.value : null;
        },
        create: (body, actor) => sreOnly(actor, () => withDraft(body, async (draft) => viewOf(await insertWithSlug(deps.db, draft, now())))),
        update: (id, body, actor) => sreOnly(actor, () => withDraft(body, async (draft) => viewOf(await updateRitual(deps.db, id, draft, now())))),
        deactivate: (id, actor) => sreOnly(actor, async () => viewOf(await setRitualActive(deps.db, id, false, now()))),
        agenda: async (id) => previewAgenda(deps, await findRitualRecord(deps.db, id), now()),
        feed: (token) => deps.calendar.feed(token),
        regenerateCalendarUrl: (actor) => sreOnly(actor, async () => ok({url: await deps.calendar.regenerateUrl()})),
    };
}

async function previewAgenda(deps: RitualDeps, record: RitualRecord | null, now: Date): Answer<RitualAgendaPreview> {
    const ritual = record === null ? null : validRitual(record);
    const [occurrenceAt] = ritual?.ok ? upcomingOccurrences(ritual.value.timing, now, 1) : [];
    if (!ritual?.ok || occurrenceAt === undefined) {
        return NOT_FOUND;
    }
    const markdown = await renderAgenda(deps.agendas, {ritual: ritual.value, occurrenceAt, now, isLate: false, teamName: ANY_TEAM});
    return ok({occurrenceAt: occurrenceAt.toISOString(), markdown});
}

// The slug is the name's (seeds are found by it); a name whose slug is taken, or that has no letters a slug
// keeps, gets a random tail instead of a refusal: two rituals may well share a name.
async function insertWithSlug(db: Database, draft: RitualDraft, now: Date): Promise<RitualRecord> {
    const base = slugify(draft.name) || 'ritual';
    const record = await insertRitual(db, base, draft, now) ?? await insertRitual(db, `${base}-${randomBytes(3).toString('hex')}`, draft, now);
    if (record === null) {
        throw new Error(`two slugs for ritual "${draft.name}" were both taken`);
    }
    return record;
}
