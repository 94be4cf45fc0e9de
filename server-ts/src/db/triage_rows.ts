import {asc, eq, inArray, or} from 'drizzle-orm';
import type {TriageEvent} from '../domain/triage_events.js';
import type {TriageRequest} from '../domain/triage_request.js';
import type {Database} from './database.js';
import {triageEvents, triageItems} from './schema.js';
import {isUuid} from '../domain/uuid.js';

export type TriageRow = typeof triageItems.$inferSelect;
export type NewTriageRow = typeof triageItems.$inferInsert;
export type TriageEventRow = typeof triageEvents.$inferSelect;
type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

export const toTriageRequest = (r: TriageRow): TriageRequest => ({
    id: r.id, number: r.number, title: r.title, description: r.description,
    requester: {id: r.requesterId ?? '', username: r.requesterUsername},
    sourcePostId: r.sourcePostId, category: r.category, priority: r.priority, area: r.area, status: r.status,
    owner: r.ownerId === null ? null : {id: r.ownerId, username: r.ownerUsername ?? ''},
    quarter: r.quarter, labels: r.labels, duplicateOf: r.duplicateOf, declineReason: r.declineReason,
    createdAt: r.createdAt, triagedAt: r.triagedAt, closedAt: r.closedAt,
});

// The columns a decision may change; identity, requester and source stay as created.
const decidedColumns = (r: TriageRequest, now: Date) => ({
    category: r.category, priority: r.priority, area: r.area, status: r.status,
    ownerId: r.owner?.id ?? null, ownerUsername: r.owner?.username ?? null, quarter: r.quarter, labels: r.labels,
    duplicateOf: r.duplicateOf, declineReason: r.declineReason, triagedAt: r.triagedAt, closedAt: r.closedAt, updatedAt: now,
});

export async function findTriageRow(db: Database | Tx, id: string): Promise<TriageRow | null> {
    if (!isUuid(id)) {
        return null;
    }
    const [row] = await db.select().from(triageItems).where(eq(triageItems.id, id));
    return row ?? null;
}

export async function findTriageRowByNumber(db: Database, number: number): Promise<TriageRow | null> {
    const [row] = await db.select().from(triageItems).where(eq(triageItems.number, number));
    return row ?? null;
}

export async function findTriageRowByKeyOrSource(db: Database | Tx, key: string, sourcePostId: string | null): Promise<TriageRow[]> {
    const bySource = sourcePostId === null ? [] : [eq(triageItems.sourcePostId, sourcePostId)];
    return db.select().from(triageItems).where(or(eq(triageItems.idempotencyKey, key), ...bySource));
}

// The whole board: 5,000 rows is a few hundred KB, and the domain filters and sorts it in one pass.
export const listTriageRows = (db: Database): Promise<TriageRow[]> => db.select().from(triageItems);

export const loadTriageTimeline = (db: Database, requestId: string): Promise<TriageEventRow[]> =>
    db.select().from(triageEvents).where(eq(triageEvents.requestId, requestId)).orderBy(asc(triageEvents.at), asc(triageEvents.seq));

export type InsertedTriage = {kind: 'inserted' | 'replayed' | 'source_taken'; row: TriageRow};

// One transaction: the row and its 'created' event. A replayed key returns the first row; a message already
// sent to triage returns that message's request, so the caller can say so and link it.
export async function insertTriageRow(db: Database, row: NewTriageRow & {idempotencyKey: string}, event: TriageEvent, actorId: string): Promise<InsertedTriage> {
    return db.transaction(async (tx) => {
        const [inserted] = await tx.insert(triageItems).values(row).onConflictDoNothing().returning();
        if (inserted) {
            await tx.insert(triageEvents).values({requestId: inserted.id, kind: event.kind, actorId, data: event.data, at: inserted.createdAt});
            return {kind: 'inserted', row: inserted};
        }
        const existing = await findTriageRowByKeyOrSource(tx, row.idempotencyKey, row.sourcePostId ?? null);
        const replayed = existing.find((r) => r.idempotencyKey === row.idempotencyKey);
        const taken = existing.find((r) => r.sourcePostId !== null && r.sourcePostId === row.sourcePostId);
        const found = replayed ?? taken;
        if (!found) {
            throw new Error('triage insert conflicted, but no row holds its key or its message');
        }
        return {kind: replayed ? 'replayed' : 'source_taken', row: found};
    });
}

export type DecideInTx<E> = (current: TriageRequest, lookup: Map<string, TriageRequest>) => {ok: true; value: {request: TriageRequest; event: TriageEvent}} | {ok: false; error: E};

// Reads the request (locked), the requests it may point to, decides, and writes the change and its event in
// one transaction, so two SREs deciding at once are applied one after the other, never half.
export async function decideTriageRow<E>(db: Database, id: string, relatedIds: string[], actorId: string, now: Date, decide: DecideInTx<E>):
    Promise<{ok: true; value: {row: TriageRow; event: TriageEvent}} | {ok: false; error: E | 'not_found'}> {
    return db.transaction(async (tx) => {
        const [row] = await tx.select().from(triageItems).where(eq(triageItems.id, id)).for('update');
        if (!row) {
            return {ok: false, error: 'not_found' as const};
        }
        const related = await loadRelated(tx, relatedIds.filter(isUuid));
        const decided = decide(toTriageRequest(row), new Map(related.map((r) => [r.id, toTriageRequest(r)])));
        if (!decided.ok) {
            return decided;
        }
        const [updated] = await tx.update(triageItems).set(decidedColumns(decided.value.request, now)).where(eq(triageItems.id, id)).returning();
        await tx.insert(triageEvents).values({requestId: id, kind: decided.value.event.kind, actorId, data: decided.value.event.data, at: now});
        return updated ? {ok: true, value: {row: updated, event: decided.value.event}} : {ok: false, error: 'not_found' as const};
    });
}

// The requests named, and the originals of those that are duplicates themselves (the domain names them).
async function loadRelated(tx: Tx, ids: string[]): Promise<TriageRow[]> {
    const first = ids.length === 0 ? [] : await tx.select().from(triageItems).where(inArray(triageItems.id, ids));
    const originals = first.map((r) => r.duplicateOf).filter((id): id is string => id !== null && !ids.includes(id));
    return originals.length === 0 ? first : [...first, ...await tx.select().from(triageItems).where(inArray(triageItems.id, originals))];
}
