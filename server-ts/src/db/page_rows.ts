import {and, asc, desc, eq, inArray} from 'drizzle-orm';
import type {PageEvent} from '../domain/paging_events.js';
import type {Database} from './database.js';
import {incidentEvents, pageEvents, pages, schedules} from './schema.js';
import {isUuid} from '../domain/uuid.js';

export type PageRow = typeof pages.$inferSelect;
export type NewPageRow = typeof pages.$inferInsert & {id: string};
export type PageEventRow = typeof pageEvents.$inferSelect;
export type IncidentNoteEvent = {kind: string; data: Record<string, unknown>};
type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

export async function findPage(db: Database, id: string): Promise<PageRow | null> {
    if (!isUuid(id)) {
        return null;
    }
    const [row] = await db.select().from(pages).where(eq(pages.id, id));
    return row ?? null;
}

const LIST_CAP = 200;

// Newest first; 'open' = still paging.
export const listPages = (db: Database, status: 'open' | 'all'): Promise<PageRow[]> =>
    db.select().from(pages).where(status === 'open' ? eq(pages.status, 'paging') : undefined).orderBy(desc(pages.createdAt), desc(pages.number)).limit(LIST_CAP);

export const loadPageEvents = async (db: Database, pageIds: string[]): Promise<PageEventRow[]> =>
    (pageIds.length === 0 ? [] : db.select().from(pageEvents).where(inArray(pageEvents.pageId, pageIds)).orderBy(asc(pageEvents.seq)));

// Every post a page has made that shows its buttons (the DMs and the alerts), to patch them when it ends.
export async function pagePosts(db: Database, pageId: string): Promise<string[]> {
    const rows = await db.select({data: pageEvents.data}).from(pageEvents)
        .where(and(eq(pageEvents.pageId, pageId), inArray(pageEvents.kind, ['notified', 'alerted']))).orderBy(asc(pageEvents.seq));
    return rows.flatMap(({data}) => {
        const {posts, postIds} = data as {posts?: unknown; postIds?: unknown};
        const dms = Array.isArray(posts) ? posts.map((p: unknown) => (typeof p === 'object' && p !== null && 'postId' in p ? p.postId : null)) : [];
        return [...dms, ...(Array.isArray(postIds) ? postIds as unknown[] : [])].filter((id): id is string => typeof id === 'string');
    });
}

export async function insertPageEvents(db: Database | Tx, pageId: string, events: readonly PageEvent[], actorId: string | null, at: Date): Promise<void> {
    if (events.length > 0) {
        await db.insert(pageEvents).values(events.map((e) => ({pageId, kind: e.kind, data: e.data, actorId, at})));
    }
}

export async function insertIncidentNote(tx: Tx, incidentId: string | null, note: IncidentNoteEvent | null, actorId: string | null, at: Date): Promise<void> {
    if (incidentId !== null && note !== null) {
        await tx.insert(incidentEvents).values({incidentId, kind: note.kind, data: note.data, actorId, at});
    }
}

// The page, its first events and its incident's timeline entry commit together.
// `note` is made from the inserted row: the page's number comes from the database.
export async function insertPage(db: Database, row: NewPageRow, events: PageEvent[], note: (page: PageRow) => IncidentNoteEvent, actorId: string): Promise<PageRow> {
    return db.transaction(async (tx) => {
        const [inserted] = await tx.insert(pages).values(row).returning();
        if (!inserted) {
            throw new Error('insert into pages returned no row');
        }
        await insertPageEvents(tx, inserted.id, events, actorId, inserted.createdAt);
        await insertIncidentNote(tx, inserted.incidentId, note(inserted), actorId, inserted.createdAt);
        return inserted;
    });
}

// What the start-up sweep needs to re-queue the timer of every page still paging.
export const pagingPages = (db: Database): Promise<Pick<PageRow, 'id' | 'stepIndex' | 'round' | 'stepStartedAt' | 'policy'>[]> =>
    db.select({id: pages.id, stepIndex: pages.stepIndex, round: pages.round, stepStartedAt: pages.stepStartedAt, policy: pages.policy})
        .from(pages).where(eq(pages.status, 'paging'));

// `/sre page SRE primary …` matches against these.
export const scheduleNames = (db: Database): Promise<{id: string; name: string}[]> =>
    db.select({id: schedules.id, name: schedules.name}).from(schedules).orderBy(asc(schedules.name));
