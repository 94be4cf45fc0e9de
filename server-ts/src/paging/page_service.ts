import type {NewPageBody, PageView} from '../contract/paging.js';
import {findPage, listPages, loadPageEvents, scheduleNames, type PageRow} from '../db/page_rows.js';
import type {NamedSchedule} from '../domain/paging_command.js';
import {mayAct, type Position} from '../domain/paging_state.js';
import {err, ok, type Result} from '../domain/result.js';
import {advancePage, type AdvanceFailure} from './advance_page.js';
import {closePage} from './close_page.js';
import {pageView} from './page_view.js';
import type {Actor, FieldErrors, PagingDeps} from './paging_deps.js';
import {createPolicyService, type PolicyService} from './policy_service.js';
import {raisePage} from './raise_page.js';

export type {PagingDeps} from './paging_deps.js';

// Errors of acting on a page: 'not_found', 'forbidden: why', or a sentence saying how the page already ended.
type Acted = Promise<Result<PageView, string>>;

// The one place that runs domain → database → Mattermost for paging; HTTP routes, the slash command, the
// buttons and the escalation timer call it.
export type PageService = {
    create(body: NewPageBody, actor: Actor): Promise<Result<PageView, FieldErrors>>;
    // Only the pages `viewer` may see (a private incident's pages are its members').
    list(status: 'open' | 'all', viewer: Actor): Promise<PageView[]>;
    get(id: string, viewer: Actor): Promise<PageView | null>;
    acknowledge(id: string, actor: Actor): Acted;
    // `expected`: the position the person saw (a DM's button); without it, wherever the page is now.
    escalate(id: string, actor: Actor, expected?: Position): Acted;
    cancel(id: string, actor: Actor): Acted;
    // The escalation timer of (page, position) ran out.
    onTimer(pageId: string, at: Position): Promise<Result<true, AdvanceFailure>>;
    scheduleNames(): Promise<NamedSchedule[]>;
    policies: PolicyService;
};

const ESCALATE_REFUSALS: Record<AdvanceFailure, string> = {
    not_found: 'not_found',
    not_paging: 'The page is no longer paging: it was acknowledged, cancelled or ran out of steps.',
    moved: 'The page has already moved on to another step.',
    ahead: 'The page has already moved on to another step.',
};

export function createPageService(deps: PagingDeps): PageService {
    const view = async (row: PageRow) => pageView(row, await loadPageEvents(deps.db, [row.id]));
    const viewOf = async <E>(result: Result<PageRow, E>): Promise<Result<PageView, E>> => (result.ok ? ok(await view(result.value)) : result);
    return {
        create: async (body, actor) => viewOf(await raisePage(deps, body, actor)),
        list: async (status, viewer) => {
            const rows = await listPages(deps.db, status);
            const visible = await Promise.all(rows.map((row) => isVisible(deps, row, viewer)));
            const shown = rows.filter((_, k) => visible[k]);
            const events = await loadPageEvents(deps.db, shown.map((r) => r.id));
            return shown.map((row) => pageView(row, events));
        },
        get: async (id, viewer) => {
            const row = await findPage(deps.db, id);
            return row === null || !await isVisible(deps, row, viewer) ? null : view(row);
        },
        acknowledge: async (id, actor) => viewOf(await closePage(deps, id, actor, 'acknowledge')),
        cancel: async (id, actor) => viewOf(await closePage(deps, id, actor, 'cancel')),
        escalate: async (id, actor, expected) => {
            const row = await findPage(deps.db, id);
            const refusal = row === null ? 'not_found' : await escalationRefusal(deps, row, actor);
            if (row === null || refusal !== null) {
                return err(refusal ?? 'not_found');
            }
            const moved = await advancePage(deps, id, expected ?? {step: row.stepIndex, round: row.round}, actor);
            return moved.ok ? viewOf(moved) : err(ESCALATE_REFUSALS[moved.error]);
        },
        onTimer: async (pageId, at) => {
            const moved = await advancePage(deps, pageId, at, null);
            return moved.ok ? ok(true) : moved;
        },
        scheduleNames: () => scheduleNames(deps.db),
        policies: createPolicyService(deps),
    };
}

// One answer per incident per call would be nicer for a long list, but the access check caches membership already.
const isVisible = async (deps: PagingDeps, row: PageRow, viewer: Actor): Promise<boolean> =>
    row.incidentId === null || deps.canSeeIncident(row.incidentId, viewer);

async function escalationRefusal(deps: PagingDeps, row: PageRow, actor: Actor): Promise<string | null> {
    const allowed = mayAct({notified: row.notified, createdBy: row.createdByUsername}, {username: actor.username, isSre: await deps.isSre(actor)}, 'escalate');
    return allowed.ok ? null : allowed.error;
}
