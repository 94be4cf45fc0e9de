import type {OncallNow, Schedule, ScheduleBody, ScheduleProblem, ScheduleView, Shift, ShiftsQuery} from '../contract/schedules.js';
import type {Database} from '../db/database.js';
import {findScheduleRecord, insertSchedule, replaceSchedule} from '../db/schedule_rows.js';
import {compileSchedule} from '../domain/oncall_compile.js';
import {finalSchedule, type OncallShift} from '../domain/oncall_final_schedule.js';
import {oncallAt} from '../domain/oncall_now.js';
import {placeOverride, takeOverWindow, type NewOverride} from '../domain/oncall_overrides.js';
import {parseOncallAt, parseShiftRange} from '../domain/oncall_query.js';
import {parseSchedule, scheduleProblem} from '../domain/oncall_schedule_parse.js';
import {err, ok, type Result} from '../domain/result.js';
import type {ServiceFailure} from '../http/failure_reply.js';
import type {Actor} from '../incidents/access.js';
import {viewOf, type CatalogEntry, type ScheduleCatalog} from './schedule_catalog.js';

export type ScheduleFailure = ServiceFailure<ScheduleProblem>;

type Answer<T> = Promise<Result<T, ScheduleFailure>>;

export type ScheduleService = {
    list: () => Promise<ScheduleView[]>;
    get: (id: string) => Promise<ScheduleView | null>;
    create: (body: ScheduleBody, actor: Actor) => Answer<ScheduleView>;
    replace: (id: string, body: ScheduleBody, actor: Actor) => Answer<ScheduleView>;
    preview: (body: ScheduleBody, range: ShiftsQuery) => Answer<Shift[]>;
    oncall: (id: string, at: string | undefined) => Answer<OncallNow>;
    shifts: (id: string, range: ShiftsQuery) => Answer<Shift[]>;
    takeOver: (id: string, hours: number, actor: Actor) => Answer<ScheduleView>;
    // An override placed over whatever it overlaps (take over, an accepted swap).
    addOverride: (id: string, override: NewOverride) => Answer<ScheduleView>;
    // For paging and hand-offs: who is on call in a schedule at an instant; null for no such schedule.
    oncallUsers: (id: string, at: Date) => Promise<string[] | null>;
};

export type ScheduleDeps = {
    db: Database;
    catalog: ScheduleCatalog;
    isSre: (actor: Actor) => Promise<boolean>;
    // The usernames among `names` that Mattermost knows (lower case); null when Mattermost did not answer.
    knownUsernames: (names: string[]) => Promise<ReadonlySet<string> | null>;
    now?: () => Date;
};

const invalid = (fields: Record<string, string>) => err<ScheduleFailure>({kind: 'invalid', problem: scheduleProblem(fields)});
const NOT_FOUND = err<ScheduleFailure>({kind: 'not_found'});
const shiftView = (s: OncallShift): Shift => ({user: s.user, start: s.start.toISOString(), end: s.end.toISOString(), source: s.source, layer: s.layer});
const namesIn = (body: ScheduleBody) => [...new Set([...body.layers.flatMap((l) => l.users), ...(body.overrides ?? []).map((o) => o.user)]
    .map((n) => n.trim().replace(/^@/, '').toLowerCase()).filter((n) => n !== ''))];

type Context = ScheduleDeps & {now: () => Date; entry: (id: string) => Promise<CatalogEntry | null>};

export function createScheduleService(deps: ScheduleDeps): ScheduleService {
    const entry = async (id: string): Promise<CatalogEntry | null> => {
        const record = await findScheduleRecord(deps.db, id);
        const found = record === null ? null : deps.catalog.entryOf(record);
        return found === null || typeof found === 'string' ? null : found;
    };
    const c: Context = {...deps, now: () => deps.now?.() ?? new Date(), entry};
    return {
        list: async () => (await deps.catalog.all()).entries.map(viewOf),
        get: async (id) => {
            const found = await entry(id);
            return found === null ? null : viewOf(found);
        },
        create: async (body, actor) => {
            const schedule = await validated(c, body, actor);
            return schedule.ok ? ok(viewOf({record: await insertSchedule(deps.db, schedule.value), schedule: schedule.value})) : schedule;
        },
        replace: async (id, body, actor) => {
            const schedule = await validated(c, body, actor);
            if (!schedule.ok) {
                return schedule;
            }
            const record = await replaceSchedule(deps.db, id, schedule.value, null);
            return record === null || record === 'moved' ? NOT_FOUND : ok(viewOf({record, schedule: schedule.value}));
        },
        preview: (body, range) => preview(c, body, range),
        oncall: (id, atText) => oncallNow(c, id, atText),
        shifts: (id, range) => shifts(c, id, range),
        takeOver: (id, hours, actor) => {
            const window = takeOverWindow(hours, c.now());
            return typeof window === 'string' ? Promise.resolve(invalid({hours: window})) : addOverride(c, id, {user: actor.username.toLowerCase(), ...window});
        },
        addOverride: (id, override) => addOverride(c, id, override),
        oncallUsers: async (id, at) => {
            const found = await entry(id);
            return found === null ? null : oncallAt(found.compiled, at).users;
        },
    };
}

// SREs only (actor null: a preview, which changes nothing); every username must be one Mattermost knows.
async function validated(c: Context, body: ScheduleBody, actor: Actor | null): Answer<Schedule> {
    if (actor !== null && !await c.isSre(actor)) {
        return err({kind: 'forbidden', message: 'Only SREs change on-call schedules'});
    }
    const known = await c.knownUsernames(namesIn(body));
    if (known === null) {
        return err({kind: 'unavailable', message: 'Mattermost did not answer, so the users could not be checked: try again'});
    }
    const parsed = parseSchedule(body, known);
    return parsed.ok ? parsed : err({kind: 'invalid', problem: parsed.error});
}

async function preview(c: Context, body: ScheduleBody, range: ShiftsQuery): Answer<Shift[]> {
    const schedule = await validated(c, body, null);
    const window = parseShiftRange(range.from, range.to);
    if (!schedule.ok || !window.ok) {
        return !schedule.ok ? schedule : invalid(window.ok ? {} : window.error.fields);
    }
    return ok(finalSchedule(compileSchedule(schedule.value), window.value.from, window.value.to).map(shiftView));
}

async function oncallNow(c: Context, id: string, atText: string | undefined): Answer<OncallNow> {
    const at = parseOncallAt(atText, c.now());
    const found = await c.entry(id);
    if (!at.ok || found === null) {
        return !at.ok ? invalid(at.error.fields) : NOT_FOUND;
    }
    const o = oncallAt(found.compiled, at.value);
    return ok({at: o.at.toISOString(), users: o.users, source: o.source, layer: o.layer, since: o.since?.toISOString() ?? null, until: o.until?.toISOString() ?? null});
}

async function shifts(c: Context, id: string, range: ShiftsQuery): Answer<Shift[]> {
    const window = parseShiftRange(range.from, range.to);
    const found = await c.entry(id);
    if (!window.ok || found === null) {
        return !window.ok ? invalid(window.error.fields) : NOT_FOUND;
    }
    return ok(finalSchedule(found.compiled, window.value.from, window.value.to).map(shiftView));
}

const EDIT_ATTEMPTS = 3;

// Read, place, write if nobody changed it meanwhile (version), else again from the fresh copy. Anyone on the
// team may do this through take over or a swap: covering for a teammate is not an admin act.
async function addOverride(c: Context, id: string, override: NewOverride): Answer<ScheduleView> {
    for (let attempt = 0; attempt < EDIT_ATTEMPTS; attempt++) {
        const found = await c.entry(id);
        if (found === null) {
            return NOT_FOUND;
        }
        const schedule = placeOverride(found.schedule, override);
        const record = await replaceSchedule(c.db, id, schedule, found.record.version);
        if (record === null) {
            return NOT_FOUND;
        }
        if (record !== 'moved') {
            return ok(viewOf({record, schedule}));
        }
    }
    return err({kind: 'unavailable', message: 'The schedule kept changing meanwhile: try again'});
}
