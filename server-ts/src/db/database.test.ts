import {eq} from 'drizzle-orm';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {HANDBOOK_RITUALS} from '../domain/ritual_seeds.js';
import {databaseTargets, type DatabaseTarget} from '../test_support/databases.js';
import {openDatabase, type DbConnection} from './connection.js';
import {loadSummaryRows} from './load_summary_rows.js';
import {createScheduleCatalog, summarySchedules} from '../oncall/schedule_catalog.js';
import {incidentEvents, incidents, rituals, schedules, templates, triageItems} from './schema.js';
import {seedRituals} from './seed_rituals.js';
import {isKnownCommandToken, saveSlashCommand} from './slash_command_tokens.js';

const targets = await databaseTargets();

async function open(place: {databaseUrl: string | null; dataDir: string}): Promise<DbConnection> {
    const opened = await openDatabase(place);
    if (!opened.ok) {
        throw new Error(opened.error);
    }
    return opened.value;
}

describe.each(targets.map((t): [string, DatabaseTarget] => [t.name, t]))('database on %s', (_name, target) => {
    let place: Awaited<ReturnType<DatabaseTarget['create']>>;
    let conn: DbConnection;
    beforeAll(async () => {
        place = await target.create();
        conn = await open(place);
    }, 60_000);
    afterAll(async () => {
        await conn.close();
        await place.cleanup();
    });

    it('migrates and answers ping', async () => {
        await expect(conn.ping()).resolves.toBeUndefined();
        expect(conn.poolStats().total).toBeGreaterThanOrEqual(1);
    });

    it('seeds the handbook rituals once and keeps a team\'s edits', async () => {
        await seedRituals(conn.db, HANDBOOK_RITUALS, 'Europe/Berlin');
        await conn.db.update(rituals).set({name: 'Renamed by the team'});
        await seedRituals(conn.db, HANDBOOK_RITUALS, 'UTC');
        const rows = await conn.db.select().from(rituals);
        expect(rows).toHaveLength(HANDBOOK_RITUALS.length);
        expect(new Set(rows.map((r) => `${r.name}|${r.timeZone}`))).toEqual(new Set(['Renamed by the team|Europe/Berlin']));
    });

    it('notifies sre_changes on every write to a summary table', async () => {
        const seen: string[] = [];
        const stop = await conn.listen('sre_changes', (payload) => seen.push(payload));
        await conn.db.insert(incidents).values({title: 'DB down', severity: 'sev1'});
        await conn.db.insert(triageItems).values({title: 'Need a bucket'});
        await expect.poll(() => seen).toEqual(expect.arrayContaining(['incidents', 'triage_items']));
        await stop();
    });

    it('notifies sre_changes on a template edit, so open sidebars see it live', async () => {
        const seen: string[] = [];
        const stop = await conn.listen('sre_changes', (payload) => seen.push(payload));
        await conn.db.insert(templates).values({slug: 'notify-check', name: 'Notify check', tier: 'internal', channelNamePattern: 'inc-{slug}',
            updateIntervalMinutes: {sev1: 15, sev2: 30, sev3: 60, sev4: 120}});
        await conn.db.update(templates).set({name: 'Notify check, renamed'});
        await expect.poll(() => seen.filter((t) => t === 'templates').length).toBe(2);
        await stop();
    });

    it('loads the rows the summary needs', async () => {
        await conn.db.insert(schedules).values([
            {name: 'Primary', timeZone: 'Europe/Berlin', definition: {overrides: [],
                layers: [{name: 'weekly', users: ['bob', 'erin'], rotation: {every: 1, unit: 'week'}, start: '2025-01-06T09:00', restrictions: []}]}},
            {name: 'Broken', definition: {overrides: [], layers: [{name: 'x', users: [], rotation: {every: 0, unit: 'day'}, start: 'soon', restrictions: []}]}},
        ]);
        await conn.db.insert(incidents).values({title: 'Fixed', severity: 'sev2', status: 'resolved'});
        await conn.db.insert(triageItems).values([{title: 'Accepted', status: 'accepted'}, {title: 'Done', status: 'done'}]);
        const [down] = await conn.db.select().from(incidents).where(eq(incidents.title, 'DB down'));
        const noted = new Date((down?.declaredAt.getTime() ?? 0) + 60_000);
        await conn.db.insert(incidentEvents).values({incidentId: down?.id ?? '', kind: 'timeline_note', at: noted});
        const rows = await loadSummaryRows(conn.db, () => summarySchedules(createScheduleCatalog(conn.db)));
        expect(rows.activeIncidents.map((i) => i.title)).toEqual(['DB down']);
        expect(rows.activeIncidents[0]?.lastEventAt).toEqual(noted);
        expect(rows.triage).toMatchObject({newCount: 1, acceptedCount: 1, inProgressCount: 0});
        expect(rows.triage.oldestNewAt).toBeInstanceOf(Date);
        expect(rows.schedules.map((s) => s.name)).toEqual(['Primary']);
        expect(rows.scheduleProblems).toEqual([expect.stringContaining('"Broken"')]);
        expect(rows.rituals).toHaveLength(HANDBOOK_RITUALS.length);
    });

    it('stores slash command tokens per team', async () => {
        await saveSlashCommand(conn.db, {teamId: 't1', commandId: 'c1', token: 'old'});
        await saveSlashCommand(conn.db, {teamId: 't1', commandId: 'c1', token: 'new'});
        expect([await isKnownCommandToken(conn.db, 'new'), await isKnownCommandToken(conn.db, 'old')]).toEqual([true, false]);
    });

    it('keeps every row across a restart', async () => {
        const before = await conn.db.select().from(incidents);
        await conn.close();
        conn = await open(place);
        const after = await conn.db.select().from(incidents);
        expect(after).toEqual(before);
        expect(after.length).toBeGreaterThan(0);
    }, 60_000);
});
