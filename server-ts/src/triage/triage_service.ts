import type {
    NewTriageRequestBody, TriageDecisionBody, TriageQueueQuery, TriageRequestView, TriageRequestWithTimeline,
} from '../contract/triage.js';
import {findTriageRow, listTriageRows, loadTriageTimeline, toTriageRequest} from '../db/triage_rows.js';
import {err, ok, type Result} from '../domain/result.js';
import {parseQueueFilter, queue} from '../domain/triage_queue.js';
import {suggest} from '../domain/triage_suggestions.js';
import type {Actor} from '../incidents/access.js';
import {createRequest} from './create_request.js';
import {decideRequest} from './decide_request.js';
import type {FieldErrors, TriageDeps} from './triage_deps.js';
import {triageEventView, triageView} from './triage_view.js';

export type {FieldErrors, TriageDeps} from './triage_deps.js';

// 'already_requested': the message was sent to triage before; `request` is that earlier request.
export type CreatedRequest = {request: TriageRequestView; outcome: 'created' | 'replayed' | 'already_requested'};

// The one place that runs domain → database → Mattermost for triage; the HTTP routes (and later the slash
// commands, dialogs and buttons) call it. Field errors name the field; '_' carries 'not_found' or 'forbidden: …'.
export type TriageService = {
    create(body: NewTriageRequestBody, actor: Actor): Promise<Result<CreatedRequest, FieldErrors>>;
    get(id: string): Promise<TriageRequestWithTimeline | null>;
    queue(query: TriageQueueQuery): Promise<Result<TriageRequestView[], FieldErrors>>;
    decide(id: string, body: TriageDecisionBody, actor: Actor): Promise<Result<TriageRequestView, FieldErrors>>;
};

const OUTCOME = {inserted: 'created', replayed: 'replayed', source_taken: 'already_requested'} as const;

export function createTriageService(deps: TriageDeps): TriageService {
    const now = () => deps.now?.() ?? new Date();
    const view = (row: Parameters<typeof triageView>[0]) => triageView(row, deps.mmUrl, now(), deps.sla);
    return {
        create: async (body, actor) => {
            const created = await createRequest(deps, body, actor);
            return created.ok ? ok({request: view(created.value.row), outcome: OUTCOME[created.value.kind]}) : created;
        },
        get: async (id) => {
            const row = await findTriageRow(deps.db, id);
            if (!row) {
                return null;
            }
            const request = toTriageRequest(row);
            return {request: view(row), suggestion: suggest(`${request.title}\n${request.description}`),
                timeline: (await loadTriageTimeline(deps.db, row.id)).map(triageEventView)};
        },
        queue: async (query) => {
            const filter = parseQueueFilter(query);
            if (!filter.ok) {
                return err(filter.error);
            }
            const items = (await listTriageRows(deps.db)).map((row) => ({...toTriageRequest(row), row}));
            return ok(queue(items, filter.value).map((item) => view(item.row)));
        },
        decide: async (id, body, actor) => {
            const decided = await decideRequest(deps, id, body, actor);
            return decided.ok ? ok(view(decided.value)) : decided;
        },
    };
}
