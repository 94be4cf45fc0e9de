import type {Summary} from '../../../server-ts/src/contract/summary';
import {isObject} from './is_object';


// The companion validates its replies against the contract; this only guards the sidebar against a
// proxy error page or a half-deployed older companion, so a bad body becomes an error, not a crash.
export function isSummary(v: unknown): v is Summary {
    if (!isObject(v) || !isObject(v.incidents) || !isObject(v.triage) || !isObject(v.runbooks)) {
        return false;
    }
    return typeof v.generatedAt === 'string' &&
        Array.isArray(v.oncall) &&
        Array.isArray(v.rituals) &&
        Array.isArray(v.incidents.active) &&
        typeof v.incidents.activeCount === 'number' &&
        Array.isArray(v.triage.newest) &&
        typeof v.triage.newCount === 'number' &&
        typeof v.runbooks.staleCount === 'number';
}
