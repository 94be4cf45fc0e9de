import type {SlaRule} from '../contract/triage.js';
import {priorityLabel} from './triage_fields.js';
import {compareQueue, type QueueItem} from './triage_queue.js';

export type SlaThresholds = {untriagedP1Hours: number; untriagedDays: number};
export const DEFAULT_SLA: SlaThresholds = {untriagedP1Hours: 4, untriagedDays: 7};

export type SlaBreach<T> = {request: T; rules: SlaRule[]; why: string[]};

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

// Untriaged means nobody has decided anything yet; a reopened declined request is untriaged again.
export const isUntriaged = (request: Pick<QueueItem, 'status'>): boolean => request.status === 'new';

// Coarse on purpose: a digest line or a badge needs "5 h", not "5 h 12 min".
export function formatAge(ms: number): string {
    if (ms >= 2 * DAY) {
        return `${Math.floor(ms / DAY)} d`;
    }
    return ms >= HOUR ? `${Math.floor(ms / HOUR)} h` : `${Math.max(0, Math.floor(ms / 60_000))} min`;
}

// "Older than" is strict: a P1 exactly 4 h old is still within its SLA.
export function slaRulesFor(request: QueueItem, now: Date, thresholds: SlaThresholds = DEFAULT_SLA): SlaRule[] {
    if (!isUntriaged(request)) {
        return [];
    }
    const age = now.getTime() - request.createdAt.getTime();
    const rules: SlaRule[] = [];
    if (request.priority === 'p1' && age > thresholds.untriagedP1Hours * HOUR) {
        rules.push('untriaged_p1');
    }
    if (age > thresholds.untriagedDays * DAY) {
        rules.push('untriaged_too_long');
    }
    return rules;
}

function explain(rule: SlaRule, request: QueueItem, age: string, thresholds: SlaThresholds): string {
    return rule === 'untriaged_p1'
        ? `${priorityLabel(request.priority)} untriaged for ${age} (limit ${thresholds.untriagedP1Hours} h)`
        : `untriaged for ${age} (limit ${thresholds.untriagedDays} d)`;
}

// In queue order, so the most urgent breach is read first.
export function slaBreaches<T extends QueueItem>(requests: readonly T[], now: Date, thresholds: SlaThresholds = DEFAULT_SLA): SlaBreach<T>[] {
    return requests
        .map((request) => ({request, rules: slaRulesFor(request, now, thresholds)}))
        .filter((b) => b.rules.length > 0)
        .sort((a, b) => compareQueue(a.request, b.request))
        .map(({request, rules}) => {
            const age = formatAge(now.getTime() - request.createdAt.getTime());
            return {request, rules, why: rules.map((rule) => explain(rule, request, age, thresholds))};
        });
}

/**
 * The first instant after `now` at which some request's SLA marking changes by time alone (an untriaged
 * request crossing a limit), or null when none will: a cached queue stays right until then.
 */
export function nextSlaChange(requests: readonly QueueItem[], now: Date, thresholds: SlaThresholds = DEFAULT_SLA): Date | null {
    let next = Number.POSITIVE_INFINITY;
    const consider = (at: number) => {
        // The marking changes once the age is strictly over the limit, i.e. 1 ms after the crossing.
        if (at + 1 > now.getTime() && at + 1 < next) {
            next = at + 1;
        }
    };
    for (const request of requests) {
        if (isUntriaged(request)) {
            const created = request.createdAt.getTime();
            if (request.priority === 'p1') {
                consider(created + thresholds.untriagedP1Hours * HOUR);
            }
            consider(created + thresholds.untriagedDays * DAY);
        }
    }
    return Number.isFinite(next) ? new Date(next) : null;
}
