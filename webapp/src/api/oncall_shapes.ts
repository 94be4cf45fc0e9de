import type {OncallNow, ScheduleView, Shift} from '../../../server-ts/src/contract/schedules';

import {isObject} from './is_object';

/** POST /schedules/{id}/swaps answers 202 with a sentence for the proposer. */
export type SwapProposal = {username: string; start: string; end: string};
export type SwapAnswer = {message: string};

const isString = (v: unknown): v is string => typeof v === 'string';
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);

// The companion validates its replies against the contract; these guards only catch a proxy page or
// a half-deployed older companion, checking the fields the webapp would crash without.
export const isScheduleView = (v: unknown): v is ScheduleView =>
    isObject(v) && isString(v.id) && isString(v.name) && isString(v.timeZone) && Array.isArray(v.layers) &&
    v.layers.every((l) => isObject(l) && isStringList(l.users) && isObject(l.rotation)) && Array.isArray(v.overrides);

export const isScheduleList = (v: unknown): v is ScheduleView[] => Array.isArray(v) && v.every(isScheduleView);

const isShift = (v: unknown): boolean =>
    isObject(v) && isString(v.user) && isString(v.start) && isString(v.end) && (v.source === 'layer' || v.source === 'override');

export const isShiftList = (v: unknown): v is Shift[] => Array.isArray(v) && v.every(isShift);

export const isOncallNow = (v: unknown): v is OncallNow => isObject(v) && isString(v.at) && isStringList(v.users);

export const isSwapAnswer = (v: unknown): v is SwapAnswer => isObject(v) && isString(v.message);

/** The part of Mattermost's UserProfile the avatars read (POST /api/v4/users/usernames answers a list of them). */
export type ProfileHit = {id: string; username: string; last_picture_update?: number};

export const isProfileList = (v: unknown): v is ProfileHit[] =>
    Array.isArray(v) && v.every((u) => isObject(u) && isString(u.id) && isString(u.username));
