import type {Schedule, ScheduleView} from '../contract/schedules.js';
import type {Database} from '../db/database.js';
import {listScheduleRecords, type ScheduleRecord} from '../db/schedule_rows.js';
import {compileSchedule, type CompiledSchedule} from '../domain/oncall_compile.js';
import {parseSchedule} from '../domain/oncall_schedule_parse.js';
import type {ScheduleRow} from '../domain/summary.js';

export type CatalogEntry = {record: ScheduleRecord; schedule: Schedule; compiled: CompiledSchedule; key: string};

export type ScheduleCatalog = {
    // Every schedule that reads back valid, by name; `problems` names the ones that do not.
    all: () => Promise<{entries: CatalogEntry[]; problems: string[]}>;
    entryOf: (record: ScheduleRecord) => CatalogEntry | string;
};

export const viewOf = ({record, schedule}: Pick<CatalogEntry, 'record' | 'schedule'>): ScheduleView => ({id: record.id, ...schedule});

// Stored documents are checked again when read (a hand edit in psql must not crash a summary), without the
// user check: someone who left the team stays in old schedules until an SRE edits them.
export function readSchedule(record: ScheduleRecord): Schedule | string {
    const parsed = parseSchedule({name: record.name, timeZone: record.timeZone, ...record.definition}, null);
    return parsed.ok ? parsed.value : `schedule "${record.name}" (${record.id}) is invalid: ${parsed.error.message}`;
}

/**
 * Compiling a schedule costs about half a millisecond (its zone's offsets, its times); answering from a compiled
 * one costs microseconds. So compiled schedules are kept per id and content (an edit in psql counts too), and
 * only changed content compiles again.
 */
export function createScheduleCatalog(db: Database): ScheduleCatalog {
    const compiled = new Map<string, CatalogEntry>();
    const entryOf = (record: ScheduleRecord): CatalogEntry | string => {
        const key = JSON.stringify([record.name, record.timeZone, record.definition]);
        const known = compiled.get(record.id);
        if (known?.key === key) {
            return {...known, record};
        }
        const schedule = readSchedule(record);
        if (typeof schedule === 'string') {
            return schedule;
        }
        const entry = {record, schedule, compiled: compileSchedule(schedule), key};
        compiled.set(record.id, entry);
        return entry;
    };
    return {
        entryOf,
        all: async () => {
            const records = await listScheduleRecords(db);
            const live = new Set(records.map((r) => r.id));
            [...compiled.keys()].filter((id) => !live.has(id)).forEach((id) => compiled.delete(id));
            const read = records.map(entryOf);
            return {entries: read.filter((e): e is CatalogEntry => typeof e !== 'string'), problems: read.filter((e) => typeof e === 'string')};
        },
    };
}

// The summary's view of the catalog: each valid schedule compiled, and why any other was left out.
export async function summarySchedules(catalog: ScheduleCatalog): Promise<{schedules: ScheduleRow[]; problems: string[]}> {
    const {entries, problems} = await catalog.all();
    return {schedules: entries.map((e) => ({id: e.record.id, name: e.schedule.name, timeZone: e.schedule.timeZone, compiled: e.compiled})), problems};
}
