import type {IncidentStatus} from '../contract/summary.js';
import {err, ok, type Result} from './result.js';

export const STATUSES: readonly IncidentStatus[] = ['investigating', 'identified', 'monitoring', 'resolved'];
export type ActiveStatus = Exclude<IncidentStatus, 'resolved'>;
export const ACTIVE_STATUSES: readonly ActiveStatus[] = ['investigating', 'identified', 'monitoring'];

const asActive = (raw: string): ActiveStatus | undefined => ACTIVE_STATUSES.find((s) => s === raw.trim().toLowerCase());

// Incidents rarely move in order (a fix can be rolled back), so any active status may follow any other;
// resolving needs a summary and so has its own door, as does reopening.
export function changeStatus(from: IncidentStatus, to: string): Result<IncidentStatus, string> {
    if (from === 'resolved') {
        return err('the incident is resolved: reopen it first');
    }
    if (to.trim().toLowerCase() === 'resolved') {
        return err('to resolve the incident, use resolve with a summary');
    }
    const next = asActive(to);
    if (next === undefined) {
        return err(`"${to.trim()}" is not a status: use ${ACTIVE_STATUSES.join(', ')}`);
    }
    if (next === from) {
        return err(`the incident is already ${from}`);
    }
    return ok(next);
}

export function resolve(from: IncidentStatus): Result<'resolved', string> {
    return from === 'resolved' ? err('the incident is already resolved') : ok('resolved');
}

export function reopen(from: IncidentStatus): Result<'investigating', string> {
    return from === 'resolved' ? ok('investigating') : err(`the incident is still ${from}: only a resolved incident can be reopened`);
}
