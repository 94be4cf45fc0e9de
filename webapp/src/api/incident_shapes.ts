import type {IncidentView, IncidentWithTimeline, TemplatePreview, TemplateView} from '../../../server-ts/src/contract/incidents';
import {isObject} from './is_object';

export type Me = {userId: string; username: string; isSre: boolean; isSystemAdmin: boolean};


// The companion validates its replies against the contract; these guards only catch a proxy page or
// a half-deployed older companion, checking the fields the webapp would crash without.
export function isIncidentView(v: unknown): v is IncidentView {
    return isObject(v) && typeof v.id === 'string' && typeof v.title === 'string' && isObject(v.roles) &&
        Array.isArray(v.checklist) && Array.isArray(v.pendingSteps);
}

export const isIncidentWithTimeline = (v: unknown): v is IncidentWithTimeline =>
    isObject(v) && isIncidentView(v.incident) && Array.isArray(v.timeline);

export const isChannelIncident = (v: unknown): v is IncidentWithTimeline | null => v === null || isIncidentWithTimeline(v);

export const isTemplateView = (v: unknown): v is TemplateView =>
    isObject(v) && typeof v.id === 'string' && typeof v.name === 'string' && Array.isArray(v.checklist) && isObject(v.updateIntervalMinutes);

export const isTemplateList = (v: unknown): v is TemplateView[] => Array.isArray(v) && v.every(isTemplateView);

export const isIncidentList = (v: unknown): v is IncidentView[] => Array.isArray(v) && v.every(isIncidentView);

export const isTemplatePreview = (v: unknown): v is TemplatePreview =>
    isObject(v) && typeof v.channelName === 'string' && typeof v.header === 'string' && typeof v.firstPost === 'string';

export const isMe = (v: unknown): v is Me =>
    isObject(v) && typeof v.userId === 'string' && typeof v.username === 'string' && typeof v.isSre === 'boolean';
