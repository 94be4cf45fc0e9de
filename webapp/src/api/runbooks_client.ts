import type {RunbookView} from '../../../server-ts/src/contract/runbooks';

import {expectShape, requestJson, type ClientOptions} from './http';
import {isObject} from './is_object';
import type {ApiError, Result} from './result';

type Reply<T> = Promise<Result<T, ApiError>>;

export type RunbooksClient = {
    // Every word must match (title, service or text); title matches first. '' lists them all.
    searchRunbooks: (query: string) => Reply<RunbookView[]>;
    markRunbookReviewed: (id: string) => Reply<RunbookView>;
    // Where a browser opens it: its own link, or its Markdown served by the companion.
    runbookLink: (runbook: RunbookView) => string;
};

const isRunbook = (v: unknown): v is RunbookView =>
    isObject(v) && typeof v.id === 'string' && typeof v.title === 'string' && typeof v.isStale === 'boolean';
const isRunbookList = (v: unknown): v is RunbookView[] => Array.isArray(v) && v.every(isRunbook);

export function createRunbooksClient(options: ClientOptions): RunbooksClient {
    const enc = encodeURIComponent;
    return {
        searchRunbooks: async (query) =>
            expectShape(await requestJson(options, 'GET', `/api/v1/runbooks${query.trim() === '' ? '' : `?q=${enc(query.trim())}`}`), isRunbookList, 'runbooks'),
        markRunbookReviewed: async (id) => expectShape(await requestJson(options, 'POST', `/api/v1/runbooks/${enc(id)}/reviewed`), isRunbook, 'a runbook'),
        runbookLink: (runbook) => runbook.url ?? `${options.baseUrl}/api/v1/runbooks/${enc(runbook.id)}/content`,
    };
}
