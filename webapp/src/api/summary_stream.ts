import type {SUMMARY_EVENT, Summary} from '../../../server-ts/src/contract/summary';

import {readSummary} from './summary_shape';

/** The part of the browser's EventSource the stream uses; tests pass a small fake. */
export type EventSourceLike = {
    readonly readyState: number;
    addEventListener: (type: string, listener: (event: Event) => void) => void;
    close: () => void;
};
export type OpenEventSource = (url: string) => EventSourceLike;
/** Runs fn after ms; returns a cancel function. */
export type Schedule = (fn: () => void, ms: number) => () => void;

export type StreamStatus = 'connecting' | 'open' | 'reconnecting';

type StreamOptions = {
    url: string;
    openEventSource: OpenEventSource;
    schedule: Schedule;
    onSummary: (summary: Summary) => void;
    onStatus: (status: StreamStatus) => void;
};

// The webapp takes only types from the contract (a value import would bundle typebox); the
// type annotation still fails the build if the companion renames its event.
const SUMMARY: typeof SUMMARY_EVENT = 'summary';
const CLOSED = 2;
const FIRST_RETRY_MS = 1000;
const MAX_RETRY_MS = 30_000;

function parseSummary(event: Event): Summary | null {
    if (!(event instanceof MessageEvent) || typeof event.data !== 'string') {
        return null;
    }
    try {
        return readSummary(JSON.parse(event.data));
    } catch {
        return null;
    }
}

type SourceEvents = {onOpen: () => void; onSummary: (summary: Summary) => void; onError: () => void};

// A closed or replaced source may still deliver queued events; only the live one counts.
function listenWhileCurrent(source: EventSourceLike, isCurrent: () => boolean, on: SourceEvents): void {
    source.addEventListener('open', () => {
        if (isCurrent()) {
            on.onOpen();
        }
    });
    source.addEventListener(SUMMARY, (event) => {
        const summary = parseSummary(event);
        if (summary && isCurrent()) {
            on.onSummary(summary);
        }
    });
    source.addEventListener('error', () => {
        if (isCurrent()) {
            on.onError();
        }
    });
}

/**
 * Keeps one SSE connection to the companion open; returns a function that closes it for good.
 * EventSource retries dropped connections by itself, but gives up for ever on an HTTP error
 * (a proxy's 502 while the companion restarts), so then we open a new one with backoff.
 */
export function connectSummaryStream(options: StreamOptions): () => void {
    let source: EventSourceLike | null = null;
    let cancelRetry: (() => void) | null = null;
    let delay = FIRST_RETRY_MS;

    const connect = () => {
        cancelRetry = null;
        const current = options.openEventSource(options.url);
        source = current;
        listenWhileCurrent(current, () => source === current, {
            onOpen: () => {
                delay = FIRST_RETRY_MS;
                options.onStatus('open');
            },
            onSummary: (summary) => options.onSummary(summary),
            onError: () => {
                options.onStatus('reconnecting');
                if (current.readyState === CLOSED) {
                    current.close();
                    cancelRetry = options.schedule(connect, delay);
                    delay = Math.min(delay * 2, MAX_RETRY_MS);
                }
            },
        });
    };

    options.onStatus('connecting');
    connect();
    return () => {
        cancelRetry?.();
        source?.close();
        source = null;
    };
}
