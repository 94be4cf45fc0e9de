import type {EventSourceLike} from '../api/summary_stream';

/** Stands in for the browser's EventSource: tests drive its events by hand. */
export class FakeEventSource implements EventSourceLike {
    readyState = 0;
    isClosed = false;
    private readonly listeners = new Map<string, ((event: Event) => void)[]>();

    constructor(readonly url: string) {}

    addEventListener(type: string, listener: (event: Event) => void) {
        this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
    }

    close() {
        this.isClosed = true;
        this.readyState = 2;
    }

    open() {
        this.readyState = 1;
        this.emit(new Event('open'));
    }

    send(type: string, data: string) {
        this.emit(new MessageEvent(type, {data}));
    }

    /** readyState 0 = the browser retries by itself; 2 = it has given up. */
    fail(readyState: 0 | 2) {
        this.readyState = readyState;
        this.emit(new Event('error'));
    }

    private emit(event: Event) {
        (this.listeners.get(event.type) ?? []).forEach((l) => l(event));
    }
}

/** Records every source opened and every retry scheduled, so tests can run them. */
export function fakeBrowser() {
    const sources: FakeEventSource[] = [];
    const retries: {fn: () => void; ms: number; isCancelled: boolean}[] = [];
    return {
        sources,
        retries,
        openEventSource: (url: string) => {
            const source = new FakeEventSource(url);
            sources.push(source);
            return source;
        },
        schedule: (fn: () => void, ms: number) => {
            const retry = {fn, ms, isCancelled: false};
            retries.push(retry);
            return () => {
                retry.isCancelled = true;
            };
        },
    };
}
