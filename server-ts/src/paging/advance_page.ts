import {claimPageMove, type PageClaim} from '../db/page_claim.js';
import {findPage, type PageRow} from '../db/page_rows.js';
import {checkMove, planNext, reach, type Plan, type Position} from '../domain/paging_state.js';
import {err, ok, type Result} from '../domain/result.js';
import {alertTeams, closePosts, noteInIncident, pageContext, sendDms} from './page_effects.js';
import {usersByStep} from './page_targets.js';
import {nowOf, type Actor, type PagingDeps} from './paging_deps.js';

export type AdvanceFailure = 'not_found' | 'not_paging' | 'moved' | 'ahead';

function claimOf(row: PageRow, expected: Position, plan: Plan, by: Actor | null, now: Date): PageClaim {
    const base = {pageId: row.id, from: ['paging'] as const, expected, actorId: by?.id ?? null, at: now};
    if (plan.kind === 'exhausted') {
        return {...base, move: {status: 'exhausted'}, events: [{kind: 'exhausted', data: {by: by?.username ?? null, skipped: plan.skipped}}],
            incidentNote: {kind: 'page_exhausted', data: {pageNumber: row.number}}};
    }
    const waitMinutes = row.policy.steps[expected.step]?.waitMinutes ?? 0;
    return {
        ...base,
        move: {stepIndex: plan.position.step, round: plan.position.round, stepStartedAt: now, notified: reach(row.notified, plan.users)},
        events: [{kind: 'escalated', data: {by: by?.username ?? null, users: plan.users, ...plan.position, skipped: plan.skipped, waitMinutes}}],
        incidentNote: {kind: 'page_escalated', data: {pageNumber: row.number, usernames: plan.users, by: by?.username ?? ''}},
    };
}

/**
 * Moves a page on from `expected`: its timer ran out (`by` null) or someone pressed "Escalate now". The next
 * step's timer is queued before the claim, so the position never exists without its timer; if the claim then
 * loses (another instance, an acknowledgement), that timer finds the page elsewhere and does nothing.
 */
export async function advancePage(deps: PagingDeps, pageId: string, expected: Position, by: Actor | null): Promise<Result<PageRow, AdvanceFailure>> {
    const row = await findPage(deps.db, pageId);
    if (row === null) {
        return err('not_found');
    }
    const movable = checkMove({status: row.status, position: {step: row.stepIndex, round: row.round}}, expected);
    if (!movable.ok) {
        return movable;
    }
    const now = nowOf(deps);
    const plan = planNext(row.policy, expected, await usersByStep(deps, row.policy, now), now);
    if (plan.kind === 'notify') {
        await deps.jobs.scheduleTimer(row.id, plan.position, plan.dueAt);
    }
    const claimed = await claimPageMove(deps.db, claimOf(row, expected, plan, by, now));
    if (claimed === null) {
        const again = await findPage(deps.db, pageId);
        return err(again?.status === 'paging' ? 'moved' : 'not_paging');
    }
    await afterMove(deps, claimed, plan, {by, waitMinutes: row.policy.steps[expected.step]?.waitMinutes ?? 0}, now);
    return ok(claimed);
}

async function afterMove(deps: PagingDeps, row: PageRow, plan: Plan, why: {by: Actor | null; waitMinutes: number}, now: Date): Promise<void> {
    const ctx = await pageContext(deps, row);
    if (plan.kind === 'notify') {
        await sendDms(deps, ctx, plan.users, plan.position, now);
        await noteInIncident(deps, ctx, {kind: 'escalated', users: plan.users, by: why.by?.username ?? null, waitMinutes: why.waitMinutes});
        return;
    }
    const outcome = {kind: 'exhausted', alertChannel: deps.alert.channel} as const;
    // DMs first: the alert posts made next must keep their own text.
    await closePosts(deps, ctx, outcome);
    await alertTeams(deps, ctx, now);
    await noteInIncident(deps, ctx, {kind: 'outcome', outcome});
}
