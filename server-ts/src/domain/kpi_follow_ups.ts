import type {FollowUpKpis} from '../contract/kpis.js';
import {ratio} from './kpi_stats.js';
import {isOpen, type KpiRequestStates} from './kpi_triage.js';

// A follow-up (of a non-drill incident) due in the range and before now, with its status at its due time (null: it
// did not exist yet).
export type KpiFollowUpDue = {dueAt: Date; status: string | null};

const total = (states: readonly KpiRequestStates[]) => states.reduce((sum, s) => sum + s.count, 0);

// Open and overdue at the range's snapshot (new, accepted or in progress, as for requests: a duplicate is closed,
// its original carries the work); completed when the status at the due time was done, a later reopen or not.
export function followUpKpis(states: readonly KpiRequestStates[], due: readonly KpiFollowUpDue[]): FollowUpKpis {
    const open = states.filter((s) => s.isFollowUp && isOpen(s));
    const done = due.filter((d) => d.status === 'done').length;
    return {open: total(open), overdue: total(open.filter((s) => s.isPastDue)), completionRatio: ratio(done, due.length)};
}
