import type {Summary} from '../contract/summary.js';
import {assembleSummary, type PrivateIncident, type SummaryRows} from '../domain/summary.js';
import {createVersionedCache} from './versioned_cache.js';

export type Snapshot = {summary: Summary; json: string; validUntil: Date | null; privateIncidents: PrivateIncident[]};
// Runs task after ms and returns a cancel function; injected so tests can run a push and await it.
export type Schedule = (task: () => Promise<void>, ms: number) => () => void;
type Deps = {
    load: (now: Date) => Promise<SummaryRows>;
    now?: () => Date;
    onProblem?: (message: string) => void;
    // Bursts of changes (a bulk import) are folded into one recompute and one push.
    coalesceMs?: number;
    schedule?: Schedule;
};

export interface SummaryService {
    get(): Promise<Snapshot>;
    // Called for every change notification; pushes one fresh snapshot to subscribers when it differs.
    invalidate(): void;
    subscribe(fn: (snapshot: Snapshot) => void): () => void;
    close(): void;
}

const scheduleTimeout: Schedule = (task, ms) => {
    const timer = setTimeout(() => void task(), ms);
    return () => clearTimeout(timer);
};

// The summary is the same for every user, so it is computed once per change, not once per request.
export function createSummaryService({load, now = () => new Date(), onProblem, coalesceMs = 20, schedule = scheduleTimeout}: Deps): SummaryService {
    const subscribers = new Set<(snapshot: Snapshot) => void>();
    const expiry = createExpiryAlarm(now, () => invalidate());
    const cache = createVersionedCache(async () => {
        const snapshot = await computeSnapshot(load, now(), onProblem);
        expiry.arm(snapshot.validUntil);
        return snapshot;
    }, (s) => s.validUntil === null || now() < s.validUntil);
    const push = createChangedOnlyPush(cache.get, subscribers);
    let cancelPush: (() => void) | null = null;
    const invalidate = () => {
        cache.invalidate();
        if (subscribers.size > 0 && cancelPush === null) {
            cancelPush = schedule(() => {
                cancelPush = null;
                return push().catch((error: unknown) => onProblem?.(`summary push failed: ${String(error)}`));
            }, coalesceMs);
        }
    };
    return {
        get: cache.get,
        invalidate,
        subscribe: (fn) => {
            subscribers.add(fn);
            return () => subscribers.delete(fn);
        },
        close: () => {
            cancelPush?.();
            expiry.cancel();
            subscribers.clear();
        },
    };
}

async function computeSnapshot(load: Deps['load'], at: Date, onProblem: Deps['onProblem']): Promise<Snapshot> {
    const assembled = assembleSummary(await load(at), at);
    assembled.problems.forEach((p) => onProblem?.(p));
    return {summary: assembled.summary, json: JSON.stringify(assembled.summary), validUntil: assembled.validUntil, privateIncidents: assembled.privateIncidents};
}

function createChangedOnlyPush(get: () => Promise<Snapshot>, subscribers: ReadonlySet<(snapshot: Snapshot) => void>) {
    let lastPushedKey = '';
    return async () => {
        const snapshot = await get();
        // generatedAt alone changing is not news for the sidebar.
        const key = JSON.stringify({...snapshot.summary, generatedAt: ''});
        if (key !== lastPushedKey) {
            lastPushedKey = key;
            subscribers.forEach((fn) => fn(snapshot));
        }
    };
}

// A shift ending, a ritual passing or a follow-up falling due changes the summary without any write: wake up then.
function createExpiryAlarm(now: () => Date, onExpired: () => void) {
    let timer: NodeJS.Timeout | null = null;
    const cancel = () => {
        if (timer !== null) {
            clearTimeout(timer);
        }
    };
    return {
        arm: (until: Date | null) => {
            cancel();
            // setTimeout overflows past 2^31-1 ms (about 24 days) and would fire at once.
            timer = until === null ? null : setTimeout(onExpired, Math.min(Math.max(until.getTime() - now().getTime(), 0) + 1, 2 ** 31 - 1));
            timer?.unref();
        },
        cancel,
    };
}
