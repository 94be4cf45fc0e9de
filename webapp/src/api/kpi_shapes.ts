import type {KpiDetails, Kpis, WeeklyKpis} from '../../../server-ts/src/contract/kpis';

import {isObject} from './is_object';

export type {KpiDetails, KpiIncidentDetail, KpiPageDetail, KpiRequestDetail, WeeklyKpis} from '../../../server-ts/src/contract/kpis';
export type KpiWeek = WeeklyKpis['weeks'][number];

const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number';

// The companion validates its replies against the contract; these guards only catch a proxy page or
// a half-deployed older companion, checking the fields the webapp would crash without.
export const isKpis = (v: unknown): v is Kpis =>
    isObject(v) && isObject(v.incidents) && isNumber(v.incidents.count) && isObject(v.incidents.bySeverity) &&
    isObject(v.followUps) && isObject(v.triage) && isNumber(v.triage.slaBreaches) && isObject(v.oncall) && isNumber(v.oncall.pages);

const isWeek = (v: unknown): boolean => isObject(v) && isString(v.from) && isString(v.to) && isKpis(v.kpis);

export const isWeeklyKpis = (v: unknown): v is WeeklyKpis =>
    isObject(v) && isString(v.timeZone) && Array.isArray(v.weeks) && v.weeks.every(isWeek);

const isRow = (v: unknown): v is Record<string, unknown> => isObject(v) && isString(v.id) && isNumber(v.number);
const isIncident = (v: unknown): boolean => isRow(v) && isString(v.title) && isString(v.severity) && isString(v.declaredAt);
const isRequest = (v: unknown): boolean => isRow(v) && isString(v.title) && isString(v.status) && isString(v.receivedAt);
const isPage = (v: unknown): boolean => isRow(v) && isString(v.at) && Array.isArray(v.usernames) && v.usernames.every(isString);
const isListOf = (v: unknown, isItem: (x: unknown) => boolean): boolean => Array.isArray(v) && v.every(isItem);

export const isKpiDetails = (v: unknown): v is KpiDetails =>
    isObject(v) && isListOf(v.incidents, isIncident) && isListOf(v.requests, isRequest) && isListOf(v.pages, isPage) && isObject(v.truncated);

/** True when the companion cut any of the lists short (it lists at most 500 of each). */
export const isTruncated = (details: KpiDetails): boolean => Object.values(details.truncated).some((cut) => cut);
