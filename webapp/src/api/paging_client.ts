import type {NewPageBody, PageView} from '../../../server-ts/src/contract/paging';

import {expectShape, requestJson, type ClientOptions} from './http';
import {isObject} from './is_object';
import type {ApiError, Result} from './result';

export type PagingClient = {
    createPage: (body: NewPageBody) => Promise<Result<PageView, ApiError>>;
};

// The companion validates its replies against the contract; this only catches a proxy page or an older companion.
const isPageView = (v: unknown): v is PageView =>
    isObject(v) && typeof v.id === 'string' && typeof v.number === 'number' && typeof v.status === 'string' &&
    Array.isArray(v.notified) && v.notified.every((n) => typeof n === 'string');

export function createPagingClient(options: ClientOptions): PagingClient {
    return {
        createPage: async (body) => expectShape(await requestJson(options, 'POST', '/api/v1/pages', body), isPageView, 'a page'),
    };
}
