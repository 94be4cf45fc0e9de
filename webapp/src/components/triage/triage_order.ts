import type {TriagePriority} from '../../../../server-ts/src/contract/summary';
import type {TriageRequestView, TriageStatus} from '../../../../server-ts/src/contract/triage';

export const PRIORITIES: readonly TriagePriority[] = ['p1', 'p2', 'p3', 'p4'];
export const STATUSES: readonly TriageStatus[] = ['new', 'accepted', 'in_progress', 'done', 'declined', 'duplicate'];

// By code unit, not localeCompare: collation is what made a 5,000-row sort slow, and these strings (ISO instants in
// UTC, p1–p4) sort as they should by code unit, so no date parsing either.
const ordinal = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byAge = (a: TriageRequestView, b: TriageRequestView) => ordinal(a.createdAt, b.createdAt) || a.number - b.number;
const breaches = (r: TriageRequestView) => (r.slaBreaches.length > 0 ? 0 : 1);

/** The sidebar's order: most urgent first, then oldest first. */
export const byPriorityAndAge = (requests: readonly TriageRequestView[]): TriageRequestView[] =>
    [...requests].sort((a, b) => ordinal(a.priority, b.priority) || byAge(a, b));

/** What the triage modal walks: new requests, those breaking an SLA first, each group oldest first. */
export const walkOrder = (requests: readonly TriageRequestView[]): TriageRequestView[] =>
    requests.filter((r) => r.status === 'new').sort((a, b) => breaches(a) - breaches(b) || byAge(a, b));

/** Empty string: any value. owner '-' means nobody owns it. */
export type QueueFilter = {status: string; category: string; priority: string; owner: string; area: string};
export const NO_FILTER: QueueFilter = {status: '', category: '', priority: '', owner: '', area: ''};
export const UNOWNED = '-';

function matches(r: TriageRequestView, f: QueueFilter): boolean {
    const owner = r.owner?.id ?? UNOWNED;
    return (!f.status || r.status === f.status) && (!f.category || r.category === f.category) &&
        (!f.priority || r.priority === f.priority) && (!f.owner || owner === f.owner) && (!f.area || r.area === f.area);
}

export const filterQueue = (requests: readonly TriageRequestView[], f: QueueFilter): TriageRequestView[] =>
    requests.filter((r) => matches(r, f));

export function countByStatus(requests: readonly TriageRequestView[]): Record<TriageStatus, number> {
    const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<TriageStatus, number>;
    requests.forEach((r) => {
        counts[r.status] += 1;
    });
    return counts;
}

/** Candidates for "duplicate of": by number ("12", "#12") or words of the title; never the request itself. */
export function findDuplicates(requests: readonly TriageRequestView[], query: string, exceptId: string, limit = 8): TriageRequestView[] {
    const q = query.trim().toLowerCase().replace(/^#/, '');
    if (q === '') {
        return [];
    }
    const isNumber = /^\d+$/.test(q);
    return requests.filter((r) => r.id !== exceptId && r.status !== 'duplicate' &&
        (isNumber ? String(r.number).startsWith(q) : r.title.toLowerCase().includes(q))).slice(0, limit);
}
