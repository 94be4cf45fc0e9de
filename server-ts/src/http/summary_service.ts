import type {Summary} from '../contract/summary.js';
import {assembleSummary, type SummaryRows} from '../domain/summary.js';

export type Snapshot = {summary: Summary; json: string; validUntil: Date | null};
type Deps = {
    load: (now: Date) => Promise<SummaryRows>;
    now?: () => Date;
    onProblem?: (message: string) => void;
    // Bursts of changes (a bulk import) are folded into one recompute and one push.
    coalesceMs?: number;
};

export interface SummaryService {
    get(): Promise<Snapshot>;
    // Called for every change notification; pushes one fresh snapshot to subscribers when it differs.
    invalidate(): void;
    subscribe(fn: (snapshot: Snapshot) => void): () => void;
    close(): void;
}

// The summary is the same for every user, so it is computed once per change, not once per request.
export function createSummaryService({load, now = () => new Date(), onProblem, coalesceMs = 20}: Deps): SummaryService {
    let version = 0;
    let cached: {version: number; snapshot: Snapshot} | null = null;
    let inflight: {version: number; promise: Promise<Snapshot>} | null = null;
    let pushTimer: NodeJS.Timeout | null = null;
    let expiryTimer: NodeJS.Timeout | null = null;
    let lastPushedKey = '';
    const subscribers = new Set<(snapshot: Snapshot) => void>();

    const compute = async (): Promise<Snapshot> => {
        const at = now();
        const assembled = assembleSummary(await load(at), at);
        assembled.problems.forEach((p) => onProblem?.(p));
        armExpiry(assembled.validUntil);
        return {summary: assembled.summary, json: JSON.stringify(assembled.summary), validUntil: assembled.validUntil};
    };
    const isFresh = (s: Snapshot) => s.validUntil === null || now() < s.validUntil;
    const get = (): Promise<Snapshot> => {
        if (cached?.version === version && isFresh(cached.snapshot)) {
            return Promise.resolve(cached.snapshot);
        }
        if (inflight?.version === version) {
            return inflight.promise;
        }
        const started = version;
        const promise = compute().then((snapshot) => {
            if (cached === null || started >= cached.version) {
                cached = {version: started, snapshot};
            }
            return snapshot;
        }).finally(() => {
            if (inflight?.promise === promise) {
                inflight = null;
            }
        });
        inflight = {version: started, promise};
        return promise;
    };
    const push = async () => {
        pushTimer = null;
        const snapshot = await get();
        // generatedAt alone changing is not news for the sidebar.
        const key = JSON.stringify({...snapshot.summary, generatedAt: ''});
        if (key !== lastPushedKey) {
            lastPushedKey = key;
            subscribers.forEach((fn) => fn(snapshot));
        }
    };
    const invalidate = () => {
        version++;
        if (subscribers.size > 0 && pushTimer === null) {
            pushTimer = setTimeout(() => void push().catch((error: unknown) => onProblem?.(`summary push failed: ${String(error)}`)), coalesceMs);
        }
    };
    // A shift ending or a ritual passing changes the summary without any write: wake up then.
    const armExpiry = (until: Date | null) => {
        if (expiryTimer !== null) {
            clearTimeout(expiryTimer);
        }
        expiryTimer = until === null ? null : setTimeout(invalidate, Math.min(Math.max(until.getTime() - now().getTime(), 0) + 1, 2 ** 31 - 1));
        expiryTimer?.unref();
    };
    return {
        get,
        invalidate,
        subscribe: (fn) => {
            subscribers.add(fn);
            return () => subscribers.delete(fn);
        },
        close: () => {
            [pushTimer, expiryTimer].forEach((t) => t !== null && clearTimeout(t));
            subscribers.clear();
        },
    };
}
