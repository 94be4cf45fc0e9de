import {and, desc, eq, gte, isNotNull, isNull, sql} from 'drizzle-orm';
import type {Database} from './database.js';
import {ritualRuns} from './schema.js';

export type RitualRunRecord = typeof ritualRuns.$inferSelect;
// posted_at is when the claim was taken until the post is made (then when it was made).
export type RunClaim = {ritualId: string; occurrenceAt: Date; late: boolean; claimedAt: Date};

// The newest run of each ritual (what the list shows as its last agenda).
export async function lastRunByRitual(db: Database): Promise<Map<string, RitualRunRecord>> {
    const rows = await db.selectDistinctOn([ritualRuns.ritualId]).from(ritualRuns).orderBy(ritualRuns.ritualId, desc(ritualRuns.occurrenceAt));
    return new Map(rows.map((r) => [r.ritualId, r]));
}

// "ritualId@ISO start" of every agenda already posted since `since`: the sweep skips those without a write.
export async function postedRunKeys(db: Database, since: Date): Promise<Set<string>> {
    const rows = await db.select({ritualId: ritualRuns.ritualId, occurrenceAt: ritualRuns.occurrenceAt}).from(ritualRuns)
        .where(and(gte(ritualRuns.occurrenceAt, since), isNotNull(ritualRuns.postId)));
    return new Set(rows.map((r) => runKey(r.ritualId, r.occurrenceAt)));
}

export const runKey = (ritualId: string, occurrenceAt: Date): string => `${ritualId}@${occurrenceAt.toISOString()}`;

/**
 * The claim that makes an agenda post once, whichever instance sweeps first: the primary key (ritual, start) lets
 * one insert win. A claim that never got its post id (the instance died mid-post) is taken over once it is older
 * than `staleBefore`, in the same statement, so an agenda is not lost to a crash either. True for the winner.
 */
export async function claimRun(db: Database, claim: RunClaim, staleBefore: Date): Promise<boolean> {
    const claimed = await db.insert(ritualRuns)
        .values({ritualId: claim.ritualId, occurrenceAt: claim.occurrenceAt, late: claim.late, postedAt: claim.claimedAt})
        .onConflictDoUpdate({
            target: [ritualRuns.ritualId, ritualRuns.occurrenceAt],
            set: {postedAt: sql`excluded.posted_at`, late: sql`excluded.late`},
            setWhere: and(isNull(ritualRuns.postId), sql`${ritualRuns.postedAt} < ${staleBefore.toISOString()}::timestamptz`),
        })
        .returning({ritualId: ritualRuns.ritualId});
    return claimed.length > 0;
}

export async function recordRunPost(db: Database, claim: RunClaim, postId: string, postedAt: Date): Promise<void> {
    await db.update(ritualRuns).set({postId, postedAt})
        .where(and(eq(ritualRuns.ritualId, claim.ritualId), eq(ritualRuns.occurrenceAt, claim.occurrenceAt)));
}

// A failed post gives its claim back, so the next sweep (a minute later, any instance) tries again. Only our own
// claim: one another instance has taken over since (its posted_at differs) is left to it.
export async function releaseRun(db: Database, claim: RunClaim): Promise<void> {
    await db.delete(ritualRuns).where(and(eq(ritualRuns.ritualId, claim.ritualId), eq(ritualRuns.occurrenceAt, claim.occurrenceAt),
        isNull(ritualRuns.postId), eq(ritualRuns.postedAt, claim.claimedAt)));
}
