import type {TriageKpis} from '../contract/kpis.js';
import {durationMs, nearestRankSeconds, sumBy} from './kpi_stats.js';
import type {SlaThresholds} from './triage_sla.js';

// A request received (created) in the range: its priority now and as requested (the `created` event's; null
// for rows older than that field), and the first decision on it: accepted, declined or marked a duplicate (null: still
// undecided; the database keeps both on the request, migration 0016).
export type KpiRequest = {createdAt: Date; priority: string; requestedPriority: string | null; firstDecisionAt: Date | null};
// How many requests that may have been open at `at` (the range's snapshot: its end, or now if sooner) were in each
// status then (null: one no status-changing event leads to), by category; follow-ups of incidents apart, and among
// them those whose due time was before `at`. Rows may repeat a group: their counts add up.
export type KpiRequestStates = {at: Date; category: string; status: string | null; isFollowUp: boolean; isPastDue: boolean; count: number};

export const STATUS_EVENT_KINDS = ['created', 'accepted', 'declined', 'marked_duplicate', 'started', 'done', 'reopened'] as const;

const CATEGORIES = ['reliability', 'availability_cost', 'automation', 'security', 'documentation', 'ktlo'] as const;
const OPEN: readonly string[] = ['new', 'accepted', 'in_progress'];
const STATUS_AFTER: Record<string, string> = {created: 'new', accepted: 'accepted', declined: 'declined', marked_duplicate: 'duplicate',
    started: 'in_progress', done: 'done'};
const HOUR_MS = 3_600_000;

// The status a status-changing event leaves a request in (`to`: the status a reopen went back to).
export const statusAfter = (kind: string, to: string | null): string | null => (kind === 'reopened' ? to : STATUS_AFTER[kind] ?? null);
export const isOpen = (s: Pick<KpiRequestStates, 'status'>): boolean => OPEN.includes(s.status ?? '');

// The queue's SLA (domain/triage_sla.ts) applied to the wait before the first decision, with the priority the
// request waited with; "over" is strict there too. An undecided request has waited until now, and keeps breaching.
export function isSlaBreach(r: KpiRequest, sla: SlaThresholds, now: Date): boolean {
    const waited = durationMs(r.createdAt, r.firstDecisionAt ?? now) ?? 0;
    const priority = r.requestedPriority ?? r.priority;
    return (priority === 'p1' && waited > sla.untriagedP1Hours * HOUR_MS) || waited > sla.untriagedDays * 24 * HOUR_MS;
}

export function triageKpis(requests: readonly KpiRequest[], states: readonly KpiRequestStates[], sla: SlaThresholds, now: Date): TriageKpis {
    const waits = requests.map((r) => durationMs(r.createdAt, r.firstDecisionAt)).filter((d): d is number => d !== null);
    const open = states.filter(isOpen);
    return {
        received: requests.length,
        timeToTriageP50Seconds: nearestRankSeconds(waits, 50),
        timeToTriageP90Seconds: nearestRankSeconds(waits, 90),
        slaBreaches: requests.filter((r) => isSlaBreach(r, sla, now)).length,
        openByCategory: sumBy(CATEGORIES, open.map((s) => [s.category, s.count] as const)),
    };
}
