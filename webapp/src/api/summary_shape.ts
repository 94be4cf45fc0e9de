import type {Summary} from '../../../server-ts/src/contract/summary';
import {isObject} from './is_object';

const NO_FOLLOW_UPS: Summary['followUps'] = {open: 0, overdue: 0, overdueItems: []};

const isOverdueFollowUp = (v: unknown): boolean =>
    isObject(v) && typeof v.requestId === 'string' && typeof v.number === 'number' && typeof v.title === 'string' &&
    typeof v.dueAt === 'string' && typeof v.incidentNumber === 'number';

const isFollowUps = (v: unknown): v is Summary['followUps'] =>
    isObject(v) && typeof v.open === 'number' && typeof v.overdue === 'number' && Array.isArray(v.overdueItems) && v.overdueItems.every(isOverdueFollowUp);

type KnownSummary = Omit<Summary, 'followUps'> & {followUps?: unknown};

function isKnownSummary(v: unknown): v is KnownSummary {
    return isObject(v) && isObject(v.incidents) && isObject(v.triage) && isObject(v.runbooks) &&
        typeof v.generatedAt === 'string' &&
        Array.isArray(v.oncall) &&
        Array.isArray(v.rituals) &&
        Array.isArray(v.incidents.active) &&
        typeof v.incidents.activeCount === 'number' &&
        Array.isArray(v.triage.newest) &&
        typeof v.triage.newCount === 'number' &&
        typeof v.runbooks.staleCount === 'number';
}

/**
 * A summary as the sidebar reads it, or null. The companion validates its replies against the contract; this only
 * guards the sidebar against a proxy error page or a half-deployed older companion, so a bad body becomes an error,
 * not a crash. A companion older than the follow-ups block sends none: read as none rather than failing.
 */
export function readSummary(v: unknown): Summary | null {
    if (!isKnownSummary(v)) {
        return null;
    }
    return isFollowUps(v.followUps) ? {...v, followUps: v.followUps} : {...v, followUps: NO_FOLLOW_UPS};
}
