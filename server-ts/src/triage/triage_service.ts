import type {
    NewTriageRequestBody, TriageDecisionBody, TriageQueueQuery, TriageRequestView, TriageRequestWithTimeline,
} from '../contract/triage.js';
import {findTriageRow, loadTriageTimeline, toTriageRequest} from '../db/triage_rows.js';
import {err, ok, type Result} from '../domain/result.js';
import {filterQueue, parseQueueFilter} from '../domain/triage_queue.js';
import {suggest} from '../domain/triage_suggestions.js';
import type {Actor} from '../incidents/access.js';
import {createRequest} from './create_request.js';
import {decideRequest} from './decide_request.js';
import {answerJson, createQueueSnapshots} from './queue_snapshot.js';
import type {FieldErrors, TriageDeps} from './triage_deps.js';
import {triageEventView, triageView} from './triage_view.js';

export type {FieldErrors, TriageDeps} from './triage_deps.js';

// 'already_requested': the message was sent to triage before; `request` is that earlier request.
export type CreatedRequest = {request: TriageRequestView; outcome: 'created' | 'replayed' | 'already_requested'};
// The requests, and the same as JSON for HTTP (kept with the queue's snapshot, so made once per change).
export type QueueAnswer = {requests: TriageRequestView[]; json: () => Buffer};

// The one place that runs domain → database → Mattermost for triage; the HTTP routes (and later the slash
// commands, dialogs and buttons) call it. Field errors name the field; '_' carries 'not_found' or 'forbidden: …'.
export type TriageService = {
    create(body: NewTriageRequestBody, actor: Actor): Promise<Result<CreatedRequest, FieldErrors>>;
    get(id: string): Promise<TriageRequestWithTimeline | null>;
    queue(query: TriageQueueQuery): Promise<Result<QueueAnswer, FieldErrors>>;
    decide(id: string, body: TriageDecisionBody, actor: Actor): Promise<Result<TriageRequestView, FieldErrors>>;
    // For writes made elsewhere (another instance, psql): the companion calls it on every triage_items notification.
    invalidate(): void;
};

const OUTCOME = {inserted: 'created', replayed: 'replayed', source_taken: 'already_requested'} as const;

export function createTriageService(deps: TriageDeps): TriageService {
    const now = () => deps.now?.() ?? new Date();
    const view = (row: Parameters<typeof triageView>[0]) => triageView(row, deps.mmUrl, now(), deps.sla);
    const snapshots = createQueueSnapshots(deps);
    return {
        create: async (body, actor) => {
            const created = await createRequest(deps, body, actor);
            // Our own writes show at once, without waiting for the change notification to come back.
            snapshots.invalidate();
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
            const snapshot = await snapshots.get();
            const requests = filterQueue(snapshot.entries, filter.value).map((entry) => entry.view);
            return ok({requests, json: () => answerJson(snapshot, JSON.stringify(filter.value), requests)});
        },
        decide: async (id, body, actor) => {
            const decided = await decideRequest(deps, id, body, actor);
            snapshots.invalidate();
            return decided.ok ? ok(view(decided.value)) : decided;
        },
        invalidate: snapshots.invalidate,
    };
}
