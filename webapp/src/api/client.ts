import type {Summary} from '../../../server-ts/src/contract/summary';

import {err, ok, type ApiError, type Result} from './result';
import {isSummary} from './summary_shape';

/** The part of a fetch Response the client reads; lets tests hand in plain objects. */
export type FetchResponse = {ok: boolean; status: number; json: () => Promise<unknown>};
export type FetchFn = (url: string, init: RequestInit) => Promise<FetchResponse>;

export type CompanionClient = {
    getSummary: () => Promise<Result<Summary, ApiError>>;
    eventsUrl: () => string;
};

type ClientOptions = {baseUrl: string; fetchFn: FetchFn; cookies: () => string};

// Mattermost's CSRF rule, which the companion applies too: the MMCSRF cookie echoed in a header.
function csrfToken(cookies: string): string {
    const match = /(?:^|;\s*)MMCSRF=([^;]*)/.exec(cookies);
    return match?.[1] === undefined ? '' : decodeURIComponent(match[1]);
}

async function problemMessage(res: FetchResponse): Promise<string | undefined> {
    try {
        const body: unknown = await res.json();
        if (typeof body === 'object' && body !== null && 'message' in body && typeof body.message === 'string') {
            return body.message;
        }
    } catch {
        // A proxy's HTML error page has no message worth showing.
    }
    return undefined;
}

// 502-504 come from the reverse proxy when the companion itself is down.
async function failure(res: FetchResponse): Promise<ApiError> {
    const detail = await problemMessage(res);
    if (res.status === 401 || res.status === 403) {
        return {kind: 'unauthorized', message: detail ?? `The companion refused the request (${res.status}).`};
    }
    if (res.status >= 502 && res.status <= 504) {
        return {kind: 'unreachable', message: detail ?? `The companion is not answering (${res.status}).`};
    }
    return {kind: 'server', message: detail ?? `The companion failed (${res.status}).`};
}

async function getJson(options: ClientOptions, path: string): Promise<Result<unknown, ApiError>> {
    let res: FetchResponse;
    try {
        res = await options.fetchFn(`${options.baseUrl}${path}`, {
            method: 'GET',
            credentials: 'include',
            headers: {'X-Requested-With': 'XMLHttpRequest', 'X-CSRF-Token': csrfToken(options.cookies())},
        });
    } catch (e) {
        return err({kind: 'unreachable', message: e instanceof Error ? e.message : String(e)});
    }
    if (!res.ok) {
        return err(await failure(res));
    }
    try {
        return ok(await res.json());
    } catch {
        return err({kind: 'server', message: 'The companion sent a reply that is not JSON.'});
    }
}

export function createCompanionClient(options: ClientOptions): CompanionClient {
    return {
        async getSummary() {
            const body = await getJson(options, '/api/v1/summary');
            if (!body.ok) {
                return body;
            }
            return isSummary(body.value) ? ok(body.value) : err({kind: 'server', message: 'The companion sent a summary in an unknown shape.'});
        },
        eventsUrl: () => `${options.baseUrl}/api/v1/events`,
    };
}
