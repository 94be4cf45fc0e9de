// The handbook asks the team to "maintain and update documentation, training and runbooks": one not
// reviewed for this long is flagged in the sidebar and in Monday's agenda.
export const STALE_AFTER_DAYS = 90;
const STALE_AFTER_MS = STALE_AFTER_DAYS * 24 * 60 * 60 * 1000;

export type Reviewable = {lastReviewedAt: Date | null; createdAt: Date};

// A runbook never reviewed counts from its creation: a new one is as good as a fresh review.
export const staleAt = (r: Reviewable): Date => new Date((r.lastReviewedAt ?? r.createdAt).getTime() + STALE_AFTER_MS);

export const isStale = (r: Reviewable, now: Date): boolean => now.getTime() >= staleAt(r).getTime();

// Reviewed (or created) at or before this instant means stale at `now`: what a count query compares with.
export const staleCutoff = (now: Date): Date => new Date(now.getTime() - STALE_AFTER_MS);
