import {claimPageMove, type PageClaim} from '../db/page_claim.js';
import {findPage, type PageRow} from '../db/page_rows.js';
import type {PageOutcome} from '../domain/paging_texts.js';
import {mayAct, mttaSeconds, type PageStatus} from '../domain/paging_state.js';
import {err, ok, type Result} from '../domain/result.js';
import {closePosts, noteInIncident, pageContext} from './page_effects.js';
import {nowOf, type Actor, type PagingDeps} from './paging_deps.js';

export type CloseAction = 'acknowledge' | 'cancel';

// A page that ran out of steps can still be acknowledged (the alert carries the button) or cancelled.
const FROM: readonly PageStatus[] = ['paging', 'exhausted'];

function claimOf(row: PageRow, action: CloseAction, actor: Actor, now: Date): PageClaim & {outcome: PageOutcome} {
    const base = {pageId: row.id, from: FROM, expected: null, actorId: actor.id, at: now};
    if (action === 'cancel') {
        return {...base, move: {status: 'cancelled'}, events: [{kind: 'cancelled', data: {by: actor.username}}],
            incidentNote: {kind: 'page_cancelled', data: {pageNumber: row.number, username: actor.username}}, outcome: {kind: 'cancelled', by: actor.username}};
    }
    const mtta = mttaSeconds(row.createdAt, now);
    return {
        ...base,
        move: {status: 'acknowledged', acknowledgedAt: now, acknowledgedByUsername: actor.username},
        events: [{kind: 'acknowledged', data: {by: actor.username, mttaSeconds: mtta}}],
        incidentNote: {kind: 'page_acknowledged', data: {pageNumber: row.number, username: actor.username, mttaSeconds: mtta}},
        outcome: {kind: 'acknowledged', by: actor.username, mttaSeconds: mtta},
    };
}

// Pressing Acknowledge twice is fine; anything else on a closed page says how it ended.
function alreadyClosed(row: PageRow, actor: Actor, action: CloseAction): Result<PageRow, string> {
    if (action === 'acknowledge' && row.status === 'acknowledged' && row.acknowledgedByUsername === actor.username) {
        return ok(row);
    }
    const how = row.status === 'acknowledged' ? `acknowledged by @${row.acknowledgedByUsername ?? '?'}` : row.status;
    return err(`Page #${row.number} is already ${how}.`);
}

/**
 * Acknowledges or cancels a page: who may do it is checked first, then one claim (the same UPDATE as escalation)
 * decides against timers and other clicks. The winner patches every DM and alert of the page and notes it in the
 * incident, with the time to acknowledge (MTTA) on both timelines.
 */
export async function closePage(deps: PagingDeps, pageId: string, actor: Actor, action: CloseAction): Promise<Result<PageRow, string>> {
    const row = await findPage(deps.db, pageId);
    if (row === null) {
        return err('not_found');
    }
    if (!FROM.includes(row.status)) {
        return alreadyClosed(row, actor, action);
    }
    const allowed = mayAct({notified: row.notified, createdBy: row.createdByUsername}, {username: actor.username, isSre: await deps.isSre(actor)}, action);
    if (!allowed.ok) {
        return allowed;
    }
    const {outcome, ...claim} = claimOf(row, action, actor, nowOf(deps));
    const claimed = await claimPageMove(deps.db, claim);
    if (claimed === null) {
        const again = await findPage(deps.db, pageId);
        return again === null ? err('not_found') : alreadyClosed(again, actor, action);
    }
    const ctx = await pageContext(deps, claimed);
    await closePosts(deps, ctx, outcome);
    await noteInIncident(deps, ctx, {kind: 'outcome', outcome});
    return ok(claimed);
}
