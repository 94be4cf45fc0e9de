import type {TriageRequestView, TriageRequestWithTimeline} from '../../../server-ts/src/contract/triage';
import {isObject} from './is_object';

const isPerson = (v: unknown): boolean => isObject(v) && typeof v.id === 'string' && typeof v.username === 'string';

// The companion validates its replies against the contract; these guards only catch a proxy page or
// a half-deployed older companion, checking the fields the webapp would crash without.
export function isTriageRequestView(v: unknown): v is TriageRequestView {
    return isObject(v) && typeof v.id === 'string' && typeof v.number === 'number' && typeof v.title === 'string' &&
        typeof v.status === 'string' && typeof v.priority === 'string' && typeof v.createdAt === 'string' &&
        isPerson(v.requester) && Array.isArray(v.slaBreaches) && Array.isArray(v.labels);
}

export const isTriageList = (v: unknown): v is TriageRequestView[] => Array.isArray(v) && v.every(isTriageRequestView);

const isBecause = (v: unknown): boolean => isObject(v) && typeof v.value === 'string' && Array.isArray(v.because);

const isEvent = (v: unknown): boolean => isObject(v) && typeof v.id === 'string' && typeof v.at === 'string' && typeof v.text === 'string';

export const isTriageWithTimeline = (v: unknown): v is TriageRequestWithTimeline =>
    isObject(v) && isTriageRequestView(v.request) && isObject(v.suggestion) && isBecause(v.suggestion.category) &&
    isBecause(v.suggestion.priority) && isBecause(v.suggestion.area) && Array.isArray(v.timeline) && v.timeline.every(isEvent);

/** The part of Mattermost's UserAutocomplete ({users: UserProfile[]}) the owner search reads. */
export type UserAutocompleteHits = {users: {id: string; username: string; is_bot?: boolean; delete_at?: number}[]};

export const isUserAutocomplete = (v: unknown): v is UserAutocompleteHits =>
    isObject(v) && Array.isArray(v.users) && v.users.every(isPerson);
