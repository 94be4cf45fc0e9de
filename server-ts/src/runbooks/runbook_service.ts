import type {RunbookBody, RunbookProblem, RunbookView} from '../contract/runbooks.js';
import type {Database} from '../db/database.js';
import {
    archiveRunbook, findRunbookRecord, insertRunbook, listRunbookRecords, markRunbookReviewed, updateRunbook, type RunbookRecord,
} from '../db/runbook_rows.js';
import {ownerName, parseRunbook, runbookProblem, type RunbookDraft} from '../domain/runbook_fields.js';
import {rankRunbooks} from '../domain/runbook_search.js';
import {isStale} from '../domain/runbook_stale.js';
import {err, ok, type Result} from '../domain/result.js';
import type {Actor} from '../incidents/access.js';
import type {ServiceFailure} from '../http/failure_reply.js';

export type RunbookFailure = ServiceFailure<RunbookProblem>;

type Answer<T> = Promise<Result<T, RunbookFailure>>;

export type RunbookService = {
    // Live runbooks; with words, only those matching all of them, best first (domain/runbook_search.ts).
    list: (query?: string) => Promise<RunbookView[]>;
    // Archived ones too: a link from an old template step still opens.
    get: (id: string) => Promise<RunbookView | null>;
    create: (body: RunbookBody, actor: Actor) => Answer<RunbookView>;
    replace: (id: string, body: RunbookBody, actor: Actor) => Answer<RunbookView>;
    // Anyone on the team: reading it through and finding it right is the review.
    markReviewed: (id: string, actor: Actor) => Answer<RunbookView>;
    archive: (id: string, actor: Actor) => Answer<RunbookView>;
};

export type RunbookDeps = {
    db: Database;
    isSre: (actor: Actor) => Promise<boolean>;
    // The usernames among `names` that Mattermost knows (lower case); null when Mattermost did not answer.
    knownUsernames: (names: string[]) => Promise<ReadonlySet<string> | null>;
    now?: () => Date;
};

const NOT_FOUND = err<RunbookFailure>({kind: 'not_found'});
const FORBIDDEN = err<RunbookFailure>({kind: 'forbidden', message: 'Only SREs change runbooks'});

export function viewOfRunbook(r: RunbookRecord, now: Date): RunbookView {
    return {id: r.id, title: r.title, service: r.service, tier: r.tier, body: r.body, url: r.url, owner: r.ownerUsername,
        lastReviewedAt: r.lastReviewedAt?.toISOString() ?? null, isStale: isStale(r, now), isArchived: r.isArchived,
        createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString()};
}

export function createRunbookService(deps: RunbookDeps): RunbookService {
    const now = () => deps.now?.() ?? new Date();
    const found = (r: RunbookRecord | null): Result<RunbookView, RunbookFailure> => (r === null ? NOT_FOUND : ok(viewOfRunbook(r, now())));
    const sreOnly = async (actor: Actor, change: () => Answer<RunbookView>): Answer<RunbookView> => (await deps.isSre(actor) ? change() : FORBIDDEN);
    return {
        list: async (query = '') => {
            const at = now();
            return rankRunbooks(await listRunbookRecords(deps.db), query).map((r) => viewOfRunbook(r, at));
        },
        get: async (id) => {
            const record = await findRunbookRecord(deps.db, id);
            return record === null ? null : viewOfRunbook(record, now());
        },
        create: (body, actor) => sreOnly(actor, async () => {
            const draft = await validated(deps, body);
            return draft.ok ? ok(viewOfRunbook(await insertRunbook(deps.db, draft.value, now()), now())) : draft;
        }),
        replace: (id, body, actor) => sreOnly(actor, async () => {
            const draft = await validated(deps, body);
            return draft.ok ? found(await updateRunbook(deps.db, id, draft.value, now())) : draft;
        }),
        markReviewed: async (id) => found(await markRunbookReviewed(deps.db, id, now())),
        archive: (id, actor) => sreOnly(actor, async () => found(await archiveRunbook(deps.db, id, now()))),
    };
}

async function validated(deps: RunbookDeps, body: RunbookBody): Answer<RunbookDraft> {
    const owner = ownerName(body);
    const known = owner === null ? new Set<string>() : await deps.knownUsernames([owner]);
    if (known === null) {
        return err({kind: 'unavailable', message: 'Mattermost did not answer, so the owner could not be checked: try again'});
    }
    const parsed = parseRunbook(body, known);
    return parsed.ok ? parsed : err({kind: 'invalid', problem: runbookProblem(parsed.error)});
}
