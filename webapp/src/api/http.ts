import {err, ok, type ApiError, type Result} from './result';
import {isObject} from './is_object';

/** The part of a fetch Response the client reads; lets tests hand in plain objects. */
export type FetchResponse = {ok: boolean; status: number; json: () => Promise<unknown>};
export type FetchFn = (url: string, init: RequestInit) => Promise<FetchResponse>;

export type ClientOptions = {baseUrl: string; fetchFn: FetchFn; cookies: () => string};

// Mattermost's CSRF rule, which the companion applies too: the MMCSRF cookie echoed in a header.
function csrfToken(cookies: string): string {
    const match = /(?:^|;\s*)MMCSRF=([^;]*)/.exec(cookies);
    return match?.[1] === undefined ? '' : decodeURIComponent(match[1]);
}


async function problemBody(res: FetchResponse): Promise<Record<string, unknown>> {
    try {
        const body: unknown = await res.json();
        return isObject(body) ? body : {};
    } catch {
        // A proxy's HTML error page has no message worth showing.
        return {};
    }
}

function fieldMessages(raw: unknown): Record<string, string> {
    if (!isObject(raw)) {
        return {};
    }
    return Object.fromEntries(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

// 502-504 come from the reverse proxy when the companion itself is down.
async function failure(res: FetchResponse): Promise<ApiError> {
    const body = await problemBody(res);
    const detail = typeof body.message === 'string' ? body.message : undefined;
    if (res.status === 400) {
        return {kind: 'invalid', message: detail ?? 'The companion refused the input (400).', fields: fieldMessages(body.fields)};
    }
    if (res.status === 404) {
        return {kind: 'not_found', message: detail ?? 'Not found.'};
    }
    if (res.status === 401 || res.status === 403) {
        return {kind: 'unauthorized', message: detail ?? `The companion refused the request (${res.status}).`};
    }
    if (res.status >= 502 && res.status <= 504) {
        return {kind: 'unreachable', message: detail ?? `The companion is not answering (${res.status}).`};
    }
    return {kind: 'server', message: detail ?? `The companion failed (${res.status}).`};
}

type Method = 'GET' | 'POST' | 'PUT';

function requestInit(options: ClientOptions, method: Method, body: unknown): RequestInit {
    const headers: Record<string, string> = {'X-Requested-With': 'XMLHttpRequest', 'X-CSRF-Token': csrfToken(options.cookies())};
    if (body === undefined) {
        return {method, credentials: 'include', headers};
    }
    return {method, credentials: 'include', headers: {...headers, 'Content-Type': 'application/json'}, body: JSON.stringify(body)};
}

/** One call to the companion: every failure (network, HTTP, non-JSON) comes back as an ApiError value. */
export async function requestJson(options: ClientOptions, method: Method, path: string, body?: unknown): Promise<Result<unknown, ApiError>> {
    const result = await requestWithStatus(options, method, path, body);
    return result.ok ? ok(result.value.body) : result;
}

/**
 * requestJson that keeps the status, for routes where 200 (a replay) and 201 (created) differ; `answers` lists
 * error statuses whose body is an answer rather than a failure (e.g. 409 "already on the board").
 */
export async function requestWithStatus(options: ClientOptions, method: Method, path: string, body?: unknown,
    answers: number[] = []): Promise<Result<{status: number; body: unknown}, ApiError>> {
    let res: FetchResponse;
    try {
        res = await options.fetchFn(`${options.baseUrl}${path}`, requestInit(options, method, body));
    } catch (e) {
        return err({kind: 'unreachable', message: e instanceof Error ? e.message : String(e)});
    }
    if (!res.ok && !answers.includes(res.status)) {
        return err(await failure(res));
    }
    try {
        return ok({status: res.status, body: await res.json()});
    } catch {
        return err({kind: 'server', message: 'The companion sent a reply that is not JSON.'});
    }
}

const unknownShape = (what: string): ApiError => ({kind: 'server', message: `The companion sent ${what} in an unknown shape.`});

/** Narrows a reply with a shape guard, so a proxy page or an older companion becomes an error, not a crash. */
export function expectShape<T>(result: Result<unknown, ApiError>, isT: (v: unknown) => v is T, what: string): Result<T, ApiError> {
    if (!result.ok) {
        return result;
    }
    return isT(result.value) ? ok(result.value) : err(unknownShape(what));
}

/** The same with a reader that may also fill in what an older companion leaves out (null: an unknown shape). */
export function readShape<T>(result: Result<unknown, ApiError>, read: (v: unknown) => T | null, what: string): Result<T, ApiError> {
    if (!result.ok) {
        return result;
    }
    const value = read(result.value);
    return value === null ? err(unknownShape(what)) : ok(value);
}
