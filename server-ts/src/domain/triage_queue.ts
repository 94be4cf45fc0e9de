import type {TriagePriority} from '../contract/summary.js';
import type {OwnershipArea, TriageCategory, TriageQueueQuery, TriageStatus} from '../contract/triage.js';
import {err, ok, type Result} from './result.js';
import {parseArea, parseCategory, parsePriority, TRIAGE_STATUSES} from './triage_fields.js';
import type {TriageRequest} from './triage_request.js';

export type QueueItem = Pick<TriageRequest, 'id' | 'number' | 'priority' | 'createdAt' | 'status' | 'category' | 'area' | 'owner'>;

// Each list is "any of"; a missing list does not filter. null picks requests with no area / no owner.
export type QueueFilter = {
    status?: readonly TriageStatus[];
    category?: readonly TriageCategory[];
    priority?: readonly TriagePriority[];
    area?: readonly (OwnershipArea | null)[];
    // Mattermost user ids.
    owner?: readonly (string | null)[];
};

// Most urgent first, then oldest first; the number keeps equal rows in a stable, reproducible order.
export function compareQueue(a: QueueItem, b: QueueItem): number {
    if (a.priority !== b.priority) {
        return a.priority < b.priority ? -1 : 1;
    }
    return a.createdAt.getTime() - b.createdAt.getTime() || a.number - b.number;
}

export const sortQueue = <T extends QueueItem>(items: readonly T[]): T[] => [...items].sort(compareQueue);

// Sets, not arrays: 5,000 rows × a few filter values must stay linear.
const matcher = <V>(values: readonly V[] | undefined) => {
    const set = values === undefined ? undefined : new Set(values);
    return (value: V) => set === undefined || set.has(value);
};

export function filterQueue<T extends QueueItem>(items: readonly T[], filter: QueueFilter): T[] {
    const status = matcher(filter.status);
    const category = matcher(filter.category);
    const priority = matcher(filter.priority);
    const area = matcher(filter.area);
    const owner = matcher(filter.owner);
    return items.filter((r) => status(r.status) && category(r.category) && priority(r.priority) && area(r.area) && owner(r.owner?.id ?? null));
}

const NONE = 'none';

const parseStatus = (raw: string): Result<TriageStatus, string> => {
    const status = TRIAGE_STATUSES.find((s) => s === raw.trim().toLowerCase());
    return status ? ok(status) : err(`"${raw.trim()}" is not a status: use ${TRIAGE_STATUSES.join(', ')}`);
};
const orNone = <T>(parse: (raw: string) => Result<T, string>) => (raw: string): Result<T | null, string> =>
    (raw.trim().toLowerCase() === NONE ? ok(null) : parse(raw));

function list<T>(problems: Record<string, string>, field: string, raw: string | undefined, parse: (raw: string) => Result<T, string>): T[] | undefined {
    if (raw === undefined || raw.trim() === '') {
        return undefined;
    }
    const values: T[] = [];
    for (const part of raw.split(',')) {
        const result = parse(part);
        if (!result.ok) {
            problems[field] = result.error;
            return undefined;
        }
        values.push(result.value);
    }
    return values;
}

// Query strings are comma-separated ids; "none" in area or owner asks for requests without one.
export function parseQueueFilter(query: TriageQueueQuery): Result<QueueFilter, Record<string, string>> {
    const problems: Record<string, string> = {};
    const filter: QueueFilter = {
        status: list(problems, 'status', query.status, parseStatus),
        category: list(problems, 'category', query.category, parseCategory),
        priority: list(problems, 'priority', query.priority, parsePriority),
        area: list(problems, 'area', query.area, orNone(parseArea)),
        owner: list(problems, 'owner', query.owner, orNone((raw) => ok(raw.trim()))),
    };
    return Object.keys(problems).length === 0 ? ok(filter) : err(problems);
}
