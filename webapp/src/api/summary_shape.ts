import type {Summary} from '../../../server-ts/src/contract/summary';
import {isObject} from './is_object';

const NO_FOLLOW_UPS: Summary['followUps'] = {open: 0, overdue: 0, overdueItems: []};

const isOverdueFollowUp = (v: unknown): boolean =>
    isObject(v) && typeof v.requestId === 'string' && typeof v.number === 'number' && typeof v.title === 'string' &&
    typeof v.dueAt === 'string' && typeof v.incidentNumber === 'number';

const isFollowUps = (v: unknown): boolean =>
    isObject(v) && typeof v.open === 'number' && typeof v.overdue === 'number' && Array.isArray(v.overdueItems) && v.overdueItems.every(isOverdueFollowUp);

// The companion validates its replies against the contract; this only guards the sidebar against a
// proxy error page or a half-deployed older companion, so a bad body becomes an error, not a crash.
export function isSummary(v: unknown): v is Summary {
    if (!isObject(v) || !isObject(v.incidents) || !isObject(v.triage) || !isObject(v.runbooks)) {
        return false;
    }
    const isKnown = typeof v.generatedAt === 'string' &&
        Array.isArray(v.oncall) &&
        Array.isArray(v.rituals) &&
        Array.isArray(v.incidents.active) &&
        typeof v.incidents.activeCount === 'number' &&
        Array.isArray(v.triage.newest) &&
        typeof v.triage.newCount === 'number' &&
        typeof v.runbooks.staleCount === 'number';
    // A companion older than the follow-ups block sends none: the sidebar then shows none rather than failing.
    // The reply is freshly parsed JSON nobody else holds, so filling it in here is safe.
    if (isKnown && !isFollowUps(v.followUps)) {
        v.followUps = NO_FOLLOW_UPS;
    }
    return isKnown;
}
