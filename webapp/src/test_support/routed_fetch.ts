import type {FetchFn, FetchResponse} from '../api/client';

export const reply = (status: number, body: unknown): FetchResponse => ({ok: status < 300, status, json: () => Promise.resolve(body)});

export type Call = {method: string; path: string; body: unknown; headers: Record<string, string>};
type Answer = FetchResponse | Error | ((call: Call) => FetchResponse | Error);

/**
 * A fetch that answers by "METHOD /path" (path after /api/v1, query included); each route's answers are
 * used in turn and the last one repeats. Unrouted calls never settle. Every call is recorded.
 */
export function routedFetch(routes: Record<string, Answer[]>) {
    const calls: Call[] = [];
    const fetchFn: FetchFn = (url, init) => {
        const path = url.replace(/^.*\/api\/v1/, '');
        const body: unknown = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
        const call = {method: init.method ?? 'GET', path, body, headers: init.headers as Record<string, string>};
        calls.push(call);
        const answers = routes[`${call.method} ${path}`];
        const next = answers && answers.length > 1 ? answers.shift() : answers?.[0];
        if (next === undefined) {
            return new Promise(() => undefined);
        }
        const answer = typeof next === 'function' ? next(call) : next;
        return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
    };
    return {fetchFn, calls};
}
