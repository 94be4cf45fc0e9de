import {and, asc, eq, sql} from 'drizzle-orm';
import type {Person} from '../contract/incidents.js';
import type {RetroHighlight, RetroImpact} from '../contract/retrospectives.js';
import type {TriageCategory} from '../contract/triage.js';
import type {RetroContent} from '../domain/retro_edit.js';
import {err, ok, type Result} from '../domain/result.js';
import {decide} from '../domain/triage_request.js';
import type {Database} from './database.js';
import {incidentEvents, retrospectives, templates, triageEvents, triageItems} from './schema.js';
import {toTriageRequest, type TriageRow} from './triage_rows.js';

export type RetroRow = typeof retrospectives.$inferSelect;
type NewRetroRow = {incidentId: string; summary: string; impact: RetroImpact; highlights: RetroHighlight[]; injected: string; detected: string;
    createdAt: Date; updatedAt: Date};
// The kind of the incident_events row that claims the draft reminder (one per retrospective, whichever instance runs it).
export const RETRO_REMINDER_EVENT = 'retro_reminder_sent';

// jsonb columns are documents the domain wrote; read back, they are taken as written.
export const contentOf = (row: RetroRow): RetroContent => ({summary: row.summary, impact: row.impact as RetroImpact,
    highlights: row.highlights as RetroHighlight[], wentWell: row.wentWell, wentBadly: row.wentBadly, causes: row.causes,
    injected: row.injected, detected: row.detected});

export async function findRetrospective(db: Database, incidentId: string): Promise<RetroRow | null> {
    const [row] = await db.select().from(retrospectives).where(eq(retrospectives.incidentId, incidentId));
    return row ?? null;
}

// Resolving twice (resolve, reopen, resolve) keeps the first review: true only when this call made it.
export async function insertRetrospective(db: Database, row: NewRetroRow): Promise<boolean> {
    const inserted = await db.insert(retrospectives).values(row).onConflictDoNothing().returning({id: retrospectives.incidentId});
    return inserted.length > 0;
}

export const templateTier = async (db: Database, templateId: string | null) => (templateId === null ? null :
    (await db.select({tier: templates.tier}).from(templates).where(eq(templates.id, templateId)))[0]?.tier ?? null);

export type SaveError = {kind: 'not_found'} | {kind: 'published'} | {kind: 'conflict'; current: RetroRow} | {kind: 'fields'; fields: Record<string, string>};

// Locked read, version check, decide, write with the next version: two tabs saving at once are applied one after the other.
export async function saveRetrospective(db: Database, incidentId: string, version: number, now: Date,
    edit: (current: RetroContent) => Result<RetroContent, Record<string, string>>): Promise<Result<RetroRow, SaveError>> {
    return db.transaction(async (tx): Promise<Result<RetroRow, SaveError>> => {
        const [row] = await tx.select().from(retrospectives).where(eq(retrospectives.incidentId, incidentId)).for('update');
        if (!row || row.status === 'published' || row.version !== version) {
            return err(!row ? {kind: 'not_found'} : row.status === 'published' ? {kind: 'published'} : {kind: 'conflict', current: row});
        }
        const next = edit(contentOf(row));
        if (!next.ok) {
            return err({kind: 'fields', fields: next.error});
        }
        const [saved] = await tx.update(retrospectives).set({...next.value, version: row.version + 1, updatedAt: now})
            .where(eq(retrospectives.incidentId, incidentId)).returning();
        return saved ? ok(saved) : err({kind: 'not_found'});
    });
}

// Draft → published once: `isFirst` tells the one caller that publishes (and posts); later calls get the row as it is.
export async function publishRetrospective(db: Database, incidentId: string, now: Date): Promise<{row: RetroRow; isFirst: boolean} | null> {
    const [published] = await db.update(retrospectives).set({status: 'published', publishedAt: now, updatedAt: now, version: sql`${retrospectives.version} + 1`})
        .where(and(eq(retrospectives.incidentId, incidentId), eq(retrospectives.status, 'draft'))).returning();
    if (published) {
        return {row: published, isFirst: true};
    }
    const row = await findRetrospective(db, incidentId);
    return row ? {row, isFirst: false} : null;
}

// The draft reminder's claim: the retrospective row is locked, so of two runs (two instances, a retry) only one
// finds it still a draft without the event, and records it; that one posts. A lost reminder beats a double one.
export async function claimRetroReminder(db: Database, incidentId: string, commanderUsername: string, now: Date): Promise<boolean> {
    return db.transaction(async (tx) => {
        const [row] = await tx.select({status: retrospectives.status}).from(retrospectives).where(eq(retrospectives.incidentId, incidentId)).for('update');
        if (row?.status !== 'draft') {
            return false;
        }
        const [sent] = await tx.select({id: incidentEvents.id}).from(incidentEvents)
            .where(and(eq(incidentEvents.incidentId, incidentId), eq(incidentEvents.kind, RETRO_REMINDER_EVENT))).limit(1);
        if (sent) {
            return false;
        }
        await tx.insert(incidentEvents).values({incidentId, kind: RETRO_REMINDER_EVENT, actorId: null, data: {commanderUsername}, at: now});
        return true;
    });
}

export const listFollowUpRows = (db: Database, incidentId: string): Promise<TriageRow[]> =>
    db.select().from(triageItems).where(eq(triageItems.incidentId, incidentId)).orderBy(asc(triageItems.number));

export type FollowUpLink = {incidentId: string; dueAt: Date; owner: Person; category: TriageCategory; actor: Person};

// A request just created by the triage service becomes the incident's follow-up: linked, due, and accepted with its
// owner (the same decision and event an SRE's Accept makes), in one transaction. A replay finds it accepted already.
export async function linkFollowUp(db: Database, requestId: string, link: FollowUpLink, now: Date): Promise<Result<TriageRow, Record<string, string>>> {
    return db.transaction(async (tx) => {
        const [row] = await tx.select().from(triageItems).where(eq(triageItems.id, requestId)).for('update');
        if (!row) {
            return err({_: 'not_found'});
        }
        const linked = {incidentId: link.incidentId, dueAt: link.dueAt, updatedAt: now};
        if (row.status !== 'new') {
            const [updated] = await tx.update(triageItems).set(linked).where(eq(triageItems.id, requestId)).returning();
            return updated ? ok(updated) : err({_: 'not_found'});
        }
        const decided = decide(toTriageRequest(row), {action: 'accept', fields: {owner: link.owner, category: link.category},
            note: 'follow-up of an incident retrospective'}, link.actor, now);
        if (!decided.ok) {
            return decided;
        }
        const r = decided.value.request;
        const [updated] = await tx.update(triageItems).set({...linked, status: r.status, category: r.category, ownerId: r.owner?.id ?? null,
            ownerUsername: r.owner?.username ?? null, triagedAt: r.triagedAt}).where(eq(triageItems.id, requestId)).returning();
        await tx.insert(triageEvents).values({requestId, kind: decided.value.event.kind, actorId: link.actor.id, data: decided.value.event.data, at: now});
        return updated ? ok(updated) : err({_: 'not_found'});
    });
}
