import type {ChecklistRunbook, ChecklistStep} from '../contract/incidents.js';
import type {RunbookView} from '../contract/runbooks.js';
import type {Database} from '../db/database.js';
import {findRunbookRecords, listRunbookRecords} from '../db/runbook_rows.js';
import {incidentRunbooksText, suggestRunbooks} from '../domain/incident_runbooks.js';
import {hitOf} from '../runbooks/runbook_hits.js';
import {viewOfRunbook} from '../runbooks/runbook_service.js';

// Links are built on Mattermost's public address, which proxies /sre-toolkit (runbook_hits.ts).
type Deps = {db: Database; mmUrl: string};

const linkedIds = (steps: readonly Pick<ChecklistStep, 'runbookId'>[]): string[] =>
    steps.flatMap((s) => (s.runbookId === undefined || s.runbookId === null ? [] : [s.runbookId]));

async function views(deps: Deps, ids: readonly string[], now: Date): Promise<RunbookView[]> {
    const byId = new Map((await findRunbookRecords(deps.db, ids)).map((r) => [r.id, viewOfRunbook(r, now)]));
    return [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
}

// What a declaration's checklist shows of each linked runbook: its title and where it opens.
export async function checklistRunbooks(deps: Deps, steps: readonly ChecklistStep[], now: Date): Promise<Map<string, ChecklistRunbook>> {
    const hit = hitOf(deps.mmUrl);
    return new Map((await views(deps, linkedIds(steps), now)).map((v) => [v.id, {id: v.id, title: v.title, url: hit(v).link}]));
}

/**
 * The "Runbooks for this incident" post: the runbooks its checklist links (in checklist order), then the top live ones of
 * the template's tier or of the same services; null when there are none. Read again when the step runs, so a retry
 * shows the library as it is then.
 */
export async function incidentRunbooksPost(deps: Deps, linked: readonly string[], tier: string | null, now: Date): Promise<string | null> {
    const linkedViews = await views(deps, linked, now);
    const library = (await listRunbookRecords(deps.db)).map((r) => viewOfRunbook(r, now));
    const hit = hitOf(deps.mmUrl);
    return incidentRunbooksText(linkedViews.map(hit), suggestRunbooks(linkedViews, library, tier).map(hit), tier);
}

// Whether a declaration gets that post, decided without building it: a runbook its checklist links, else any live one
// of the tier in the library (suggestions by service come from a linked runbook, which already means a post).
export async function hasIncidentRunbooks(deps: Deps, linkedCount: number, tier: string | null, now: Date): Promise<boolean> {
    return linkedCount > 0 || suggestRunbooks([], (await listRunbookRecords(deps.db)).map((r) => viewOfRunbook(r, now)), tier).length > 0;
}
