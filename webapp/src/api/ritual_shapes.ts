import type {RitualAgendaPreview, RitualList, RitualView} from '../../../server-ts/src/contract/rituals';

import {isObject} from './is_object';

// The companion validates its replies against the contract; these guards only catch a proxy page or a half-deployed
// older companion, checking what the sidebar would crash without.
export const isRitualView = (v: unknown): v is RitualView =>
    isObject(v) && typeof v.id === 'string' && typeof v.name === 'string' && typeof v.timeZone === 'string' &&
    isObject(v.cadence) && Array.isArray(v.nextOccurrences) && Array.isArray(v.attendees);

export const isRitualList = (v: unknown): v is RitualList =>
    isObject(v) && Array.isArray(v.rituals) && v.rituals.every(isRitualView);

export const isRitualAgenda = (v: unknown): v is RitualAgendaPreview => isObject(v) && typeof v.markdown === 'string';
