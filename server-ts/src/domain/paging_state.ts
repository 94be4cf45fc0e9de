import type {PageStatus} from '../contract/paging.js';
import type {Policy} from './paging_policy.js';
import {err, ok, type Result} from './result.js';

export type {PageStatus} from '../contract/paging.js';

// Where a page stands: step within the round and round (0..repeat), both 0-based. Positions only ever move forward,
// so (page, step, round) names one wait for the whole life of a page: the escalation timer's key.
export type Position = {step: number; round: number};

export type Plan =
    | {kind: 'notify'; position: Position; users: string[]; skipped: number; dueAt: Date}
    | {kind: 'exhausted'; skipped: number};

const MINUTE_MS = 60_000;

export const roundsOf = (policy: Policy): number => policy.repeat + 1;
export const samePosition = (a: Position, b: Position): boolean => a.step === b.step && a.round === b.round;

export function nextPosition(policy: Policy, at: Position): Position | null {
    if (at.step + 1 < policy.steps.length) {
        return {step: at.step + 1, round: at.round};
    }
    return at.round < policy.repeat ? {step: 0, round: at.round + 1} : null;
}

// Every position after `from` (from the very first when null), in order.
export function positionsAfter(policy: Policy, from: Position | null): Position[] {
    const positions: Position[] = [];
    let at = from === null ? (policy.steps.length > 0 ? {step: 0, round: 0} : null) : nextPosition(policy, from);
    while (at !== null) {
        positions.push(at);
        at = nextPosition(policy, at);
    }
    return positions;
}

/**
 * The page's next move from `from` (null: the page is being raised). `usersByStep[i]` is whom step i reaches now;
 * a step that reaches nobody (a gap in its schedule) is skipped at once, because waiting out a step nobody
 * receives only delays the page. No position left: the page is exhausted.
 */
export function planNext(policy: Policy, from: Position | null, usersByStep: readonly (readonly string[])[], now: Date): Plan {
    let skipped = 0;
    for (const position of positionsAfter(policy, from)) {
        const users = usersByStep[position.step] ?? [];
        const step = policy.steps[position.step];
        if (users.length > 0 && step !== undefined) {
            return {kind: 'notify', position, users: [...users], skipped, dueAt: new Date(now.getTime() + step.waitMinutes * MINUTE_MS)};
        }
        skipped += 1;
    }
    return {kind: 'exhausted', skipped};
}

// When the wait of the step at `at`, begun at `startedAt`, runs out.
export function dueAt(policy: Policy, at: Position, startedAt: Date): Date {
    return new Date(startedAt.getTime() + (policy.steps[at.step]?.waitMinutes ?? 0) * MINUTE_MS);
}

// Positions in page order: negative when `a` comes before `b`.
export const comparePositions = (a: Position, b: Position): number => a.round - b.round || a.step - b.step;

/**
 * A timer or an "Escalate now" made for one position acts only while the page is still paging there. 'moved': the
 * page has left it. 'ahead': the page has not reached it yet — a timer queued just before its move was claimed
 * and already due (a move slower than the wait); it is worth trying again in a moment.
 */
export function checkMove(page: {status: PageStatus; position: Position}, expected: Position): Result<true, 'not_paging' | 'moved' | 'ahead'> {
    if (page.status !== 'paging') {
        return err('not_paging');
    }
    const order = comparePositions(expected, page.position);
    return order === 0 ? ok(true) : err(order < 0 ? 'moved' : 'ahead');
}

export type PageAction = 'acknowledge' | 'escalate' | 'cancel';
export type PageActor = {username: string; isSre: boolean};

const ALLOWED: Record<PageAction, {notified: boolean; creator: boolean; why: string}> = {
    acknowledge: {notified: true, creator: false, why: 'only the people it paged, or an SRE, may acknowledge it'},
    escalate: {notified: true, creator: true, why: 'only the people it paged, whoever raised it, or an SRE, may escalate it'},
    cancel: {notified: false, creator: true, why: 'only whoever raised it, or an SRE, may cancel it'},
};

// Who may act on a page. The claim in SQL decides whether the act still applies; this decides who may try.
export function mayAct(page: {notified: readonly string[]; createdBy: string}, actor: PageActor, action: PageAction): Result<true, string> {
    const rule = ALLOWED[action];
    const isAllowed = actor.isSre || (rule.notified && page.notified.includes(actor.username)) || (rule.creator && page.createdBy === actor.username);
    return isAllowed ? ok(true) : err(`forbidden: ${rule.why}`);
}

// Time to acknowledge, in whole seconds from the page being raised.
export const mttaSeconds = (createdAt: Date, acknowledgedAt: Date): number =>
    Math.max(0, Math.round((acknowledgedAt.getTime() - createdAt.getTime()) / 1000));

// Everyone reached so far, first reach first.
export const reach = (notified: readonly string[], users: readonly string[]): string[] => [...new Set([...notified, ...users])];
