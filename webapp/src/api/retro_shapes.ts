import type {GamedayReport, RetrospectiveView} from '../../../server-ts/src/contract/retrospectives';
import {isObject} from './is_object';

const isString = (v: unknown): v is string => typeof v === 'string';
const isInstantOrNull = (v: unknown): v is string | null => v === null || isString(v);

const isImpact = (v: unknown): boolean =>
    isObject(v) && typeof v.durationSeconds === 'number' && isString(v.severity) && typeof v.customerFacing === 'boolean';

const isHighlight = (v: unknown): boolean => isObject(v) && isString(v.at) && isString(v.text);

const isFollowUp = (v: unknown): boolean =>
    isObject(v) && isString(v.requestId) && typeof v.number === 'number' && isString(v.title) && isString(v.status) &&
    typeof v.isOverdue === 'boolean' && isInstantOrNull(v.dueDate);

// An older companion sends no gameday at all, and a drill's report may grow fields: only what the editor reads is checked.
function gamedayOf(v: unknown): GamedayReport | null {
    if (!isObject(v) || !isString(v.injected) || !isString(v.detected)) {
        return null;
    }
    return {
        scenario: isString(v.scenario) ? v.scenario : '',
        injected: v.injected,
        detected: v.detected,
        detectedAt: isString(v.detectedAt) ? v.detectedAt : null,
        timeToDetectSeconds: typeof v.timeToDetectSeconds === 'number' ? v.timeToDetectSeconds : null,
    };
}

/**
 * A retrospective as the editor needs it, or null for a proxy page or a reply in another shape. The companion
 * validates its replies against the contract; this only stops a bad body from crashing the editor.
 */
export function parseRetrospective(v: unknown): RetrospectiveView | null {
    const isRetro = isObject(v) && isString(v.incidentId) && typeof v.incidentNumber === 'number' && isString(v.incidentTitle) &&
        typeof v.isDrill === 'boolean' && (v.status === 'draft' || v.status === 'published') && typeof v.version === 'number' &&
        isString(v.summary) && isString(v.wentWell) && isString(v.wentBadly) && isString(v.causes) && isImpact(v.impact) &&
        Array.isArray(v.highlights) && v.highlights.every(isHighlight) && Array.isArray(v.followUps) && v.followUps.every(isFollowUp);
    return isRetro ? {...(v as RetrospectiveView), gameday: gamedayOf(v.gameday)} : null;
}
