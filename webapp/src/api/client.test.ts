import {emptySummary} from '../test_support/summaries';

import {createCompanionClient, type FetchFn, type FetchResponse} from './client';
import type {ApiError, Result} from './result';

const reply = (status: number, body: unknown): FetchResponse => ({ok: status < 300, status, json: () => Promise.resolve(body)});
const htmlReply = (status: number): FetchResponse => ({ok: status < 300, status, json: () => Promise.reject(new SyntaxError('Unexpected token <'))});

function clientAnswering(answer: () => Promise<FetchResponse>) {
    const calls: {url: string; init: RequestInit}[] = [];
    const fetchFn: FetchFn = (url, init) => {
        calls.push({url, init});
        return answer();
    };
    const client = createCompanionClient({baseUrl: 'https://mm.test/sre-toolkit', fetchFn, cookies: () => 'MMUSERID=u1; MMCSRF=tok%2Fen; other=1'});
    return {client, calls};
}

it.each<[string, () => Promise<FetchResponse>, Result<unknown, ApiError>]>([
    ['a summary', () => Promise.resolve(reply(200, emptySummary())), {ok: true, value: emptySummary()}],
    ['a network failure', () => Promise.reject(new TypeError('Failed to fetch')), {ok: false, error: {kind: 'unreachable', message: 'Failed to fetch'}}],
    ['a proxy 502 page', () => Promise.resolve(htmlReply(502)), {ok: false, error: {kind: 'unreachable', message: 'The companion is not answering (502).'}}],
    ['401 with a problem', () => Promise.resolve(reply(401, {code: 'unauthenticated', message: 'No session cookie'})), {ok: false, error: {kind: 'unauthorized', message: 'No session cookie'}}],
    ['403 without a body', () => Promise.resolve(htmlReply(403)), {ok: false, error: {kind: 'unauthorized', message: 'The companion refused the request (403).'}}],
    ['500 with a problem', () => Promise.resolve(reply(500, {code: 'internal', message: 'Internal error'})), {ok: false, error: {kind: 'server', message: 'Internal error'}}],
    ['200 that is not JSON', () => Promise.resolve(htmlReply(200)), {ok: false, error: {kind: 'server', message: 'The companion sent a reply that is not JSON.'}}],
    ['200 in another shape', () => Promise.resolve(reply(200, {hello: 'world'})), {ok: false, error: {kind: 'server', message: 'The companion sent a summary in an unknown shape.'}}],
])('getSummary maps %s', async (_name, answer, expected) => {
    const {client} = clientAnswering(answer);
    expect(await client.getSummary()).toEqual(expected);
});

it('sends the session cookie and Mattermost CSRF headers', async () => {
    const {client, calls} = clientAnswering(() => Promise.resolve(reply(200, emptySummary())));
    await client.getSummary();
    expect(calls).toEqual([{
        url: 'https://mm.test/sre-toolkit/api/v1/summary',
        init: {method: 'GET', credentials: 'include', headers: {'X-Requested-With': 'XMLHttpRequest', 'X-CSRF-Token': 'tok/en'}},
    }]);
});

it('knows where the event stream is', () => {
    expect(clientAnswering(() => Promise.resolve(reply(200, null))).client.eventsUrl()).toBe('https://mm.test/sre-toolkit/api/v1/events');
});
