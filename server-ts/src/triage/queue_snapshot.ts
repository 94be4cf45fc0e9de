import type {TriageRequestView} from '../contract/triage.js';
import {listTriageRows, toTriageRequest} from '../db/triage_rows.js';
import type {QueueItem} from '../domain/triage_queue.js';
import {sortQueue} from '../domain/triage_queue.js';
import {nextSlaChange} from '../domain/triage_sla.js';
import {createVersionedCache} from '../http/versioned_cache.js';
import type {TriageDeps} from './triage_deps.js';
import {triageView} from './triage_view.js';

export type QueueEntry = QueueItem & {view: TriageRequestView};
// Every request in queue order with its view (filtering a sorted list keeps it sorted), and the JSON of
// the answers already given from it, by filter.
export type QueueSnapshot = {entries: QueueEntry[]; validUntil: Date | null; jsonByFilter: Map<string, Buffer>};

export type QueueSnapshots = {get: () => Promise<QueueSnapshot>; invalidate: () => void};

/**
 * The whole queue, built once per change instead of once per request: 5,000 requests cost ~150 ms to read
 * and map, and every sidebar asks for them. Callers invalidate it on every write (theirs, or another
 * instance's through sre_changes); SLA markings change with time alone, so it also expires at the next one.
 */
export function createQueueSnapshots(deps: Pick<TriageDeps, 'db' | 'mmUrl' | 'sla' | 'now'>): QueueSnapshots {
    const now = () => deps.now?.() ?? new Date();
    const cache = createVersionedCache<QueueSnapshot>(async () => {
        const at = now();
        const entries = (await listTriageRows(deps.db)).map((row) => ({...toTriageRequest(row), view: triageView(row, deps.mmUrl, at, deps.sla)}));
        return {entries: sortQueue(entries), validUntil: nextSlaChange(entries, at, deps.sla), jsonByFilter: new Map()};
    }, (snapshot) => snapshot.validUntil === null || now() < snapshot.validUntil);
    return {get: cache.get, invalidate: cache.invalidate};
}

// A handful of filters (the sidebar's tabs) are asked for over and over; past this many, answers are not kept.
const KEPT_ANSWERS = 32;

// Serialising 5,000 requests costs far more than finding them: each snapshot does it once per filter.
// Kept as UTF-8 bytes, so a repeated answer is not encoded again either.
export function answerJson(snapshot: QueueSnapshot, filterKey: string, requests: readonly TriageRequestView[]): Buffer {
    const known = snapshot.jsonByFilter.get(filterKey);
    if (known !== undefined) {
        return known;
    }
    const json = Buffer.from(JSON.stringify(requests));
    if (snapshot.jsonByFilter.size < KEPT_ANSWERS) {
        snapshot.jsonByFilter.set(filterKey, json);
    }
    return json;
}
