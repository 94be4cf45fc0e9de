import {and, eq, inArray, type SQL} from 'drizzle-orm';
import type {PageEvent} from '../domain/paging_events.js';
import type {PageStatus, Position} from '../domain/paging_state.js';
import type {Database} from './database.js';
import {insertIncidentNote, insertPageEvents, type IncidentNoteEvent, type PageRow} from './page_rows.js';
import {pages} from './schema.js';

// The columns a move may change.
export type PageMove = Partial<Pick<PageRow, 'status' | 'stepIndex' | 'round' | 'notified' | 'stepStartedAt' | 'acknowledgedAt' | 'acknowledgedByUsername'>>;

export type PageClaim = {
    pageId: string;
    // The statuses the move applies from: paging for an escalation; exhausted too for a late acknowledgement.
    from: readonly PageStatus[];
    // The position the move was made for (a timer, an "Escalate now" from a DM); null: wherever the page is.
    expected: Position | null;
    move: PageMove;
    events: PageEvent[];
    incidentNote: IncidentNoteEvent | null;
    actorId: string | null;
    at: Date;
};

/**
 * Claims one move of a page: a single UPDATE that applies only while the page is still in `from` (and still at
 * `expected`), with its events in the same transaction. Two instances, a pg-boss retry, a timer racing an
 * acknowledgement or two people pressing "Escalate now": the row lock orders them, the second finds the condition
 * false and gets null. Whoever gets the row does the side effects (DMs, posts), so they happen once.
 */
export async function claimPageMove(db: Database, claim: PageClaim): Promise<PageRow | null> {
    const conditions: SQL[] = [eq(pages.id, claim.pageId), inArray(pages.status, [...claim.from])];
    if (claim.expected !== null) {
        conditions.push(eq(pages.stepIndex, claim.expected.step), eq(pages.round, claim.expected.round));
    }
    return db.transaction(async (tx) => {
        const [row] = await tx.update(pages).set(claim.move).where(and(...conditions)).returning();
        if (!row) {
            return null;
        }
        await insertPageEvents(tx, row.id, claim.events, claim.actorId, claim.at);
        await insertIncidentNote(tx, row.incidentId, claim.incidentNote, claim.actorId, claim.at);
        return row;
    });
}
