import type PgBoss from 'pg-boss';
import {dueAt, type Position} from '../domain/paging_state.js';
import type {Policy} from '../domain/paging_policy.js';
import type {Result} from '../domain/result.js';

export const PAGE_ESCALATION = 'page-escalation';
type Payload = {pageId: string; step: number; round: number};

export type PageTimerTarget = {
    // 'ahead': the page has not reached the timer's position yet (see checkMove); other failures mean a stale timer.
    onTimer: (pageId: string, at: Position) => Promise<Result<unknown, string>>;
    // Every page still paging, for the sweep at start.
    paging: () => Promise<{id: string; stepIndex: number; round: number; stepStartedAt: Date; policy: Policy}[]>;
};

// 'short': at most one queued job per key, so both instances (and the sweep) may send the same timer.
export const createPageEscalationQueue = (boss: PgBoss) => boss.createQueue(PAGE_ESCALATION, {name: PAGE_ESCALATION, policy: 'short'});

// One timer per (page, position): positions only move forward, so the key names one wait for the page's whole life.
// A short expiry: a killed instance's job comes back within a minute or two, not after pg-boss's default 15.
export function schedulePageTimer(boss: PgBoss, pageId: string, at: Position, due: Date): Promise<string | null> {
    const data: Payload = {pageId, step: at.step, round: at.round};
    return boss.send(PAGE_ESCALATION, data, {singletonKey: `${pageId}@${at.round}.${at.step}`, startAfter: due,
        expireInSeconds: 60, retryLimit: 10, retryDelay: 3});
}

// A throw retries the batch (pg-boss retryDelay later): safe, because each move is a claim that a second run loses.
// Thrown: a database error, and a timer that came before its page (the move that queued it is still committing).
export function pageEscalationHandler(target: Pick<PageTimerTarget, 'onTimer'>) {
    return async (jobs: PgBoss.Job<Payload>[]) => {
        const results = await Promise.allSettled(jobs.map(async ({data}) => {
            const moved = await target.onTimer(data.pageId, {step: data.step, round: data.round});
            if (!moved.ok && moved.error === 'ahead') {
                throw new Error(`page ${data.pageId} has not reached round ${data.round} step ${data.step} yet; retrying its timer`);
            }
        }));
        const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
        if (failed) {
            throw failed.reason;
        }
    };
}

// Timers are queued before their position is saved, so none should be missing; the sweep is the backstop for a
// queue that lost jobs (a restored database, a cleared pgboss schema). Duplicates it sends are dropped or lose the claim.
export async function sweepPageTimers(boss: PgBoss, target: Pick<PageTimerTarget, 'paging'>): Promise<number> {
    const open = await target.paging();
    for (const page of open) {
        const at = {step: page.stepIndex, round: page.round};
        await schedulePageTimer(boss, page.id, at, dueAt(page.policy, at, page.stepStartedAt));
    }
    return open.length;
}

export async function startPageEscalationWorker(boss: PgBoss, target: PageTimerTarget, options: {pollingIntervalSeconds?: number} = {}): Promise<string> {
    await createPageEscalationQueue(boss);
    const workerId = await boss.work<Payload>(PAGE_ESCALATION, {batchSize: 20, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1},
        pageEscalationHandler(target));
    await sweepPageTimers(boss, target);
    return workerId;
}
