import {reply, routedFetch} from '../test_support/routed_fetch';
import {triageRequest, triageWithTimeline} from '../test_support/triage';

import {createCompanionClient} from './client';

function client(routes: Parameters<typeof routedFetch>[0]) {
    const {fetchFn, calls} = routedFetch(routes);
    return {client: createCompanionClient({baseUrl: 'https://mm.test/sre-toolkit', fetchFn, cookies: () => 'MMCSRF=tok'}), calls};
}

const BODY = {idempotencyKey: 'key-00000001', title: 'Rotate TLS certs', sourcePostId: 'p1'};

it.each<[string, number, boolean]>([['201 is a new request', 201, false], ['200 is a replay', 200, true]])('createRequest: %s', async (_n, status, isReplay) => {
    const {client: c, calls} = client({'POST /triage': [reply(status, triageRequest())]});
    expect(await c.createRequest(BODY)).toEqual({ok: true, value: {request: triageRequest(), isReplay}});
    expect(calls.map((x) => [x.method, x.path, x.body])).toEqual([['POST', '/triage', BODY]]);
});

it('createRequest links the request a message already has (409)', async () => {
    const {client: c} = client({'POST /triage': [reply(409, {code: 'already_requested', message: 'This message is already request #7', request: triageRequest()})]});
    expect(await c.createRequest(BODY)).toEqual({ok: true, value: {request: triageRequest(), isReplay: true}});
});

it('createRequest hands back the field problems of a 400', async () => {
    const {client: c} = client({'POST /triage': [reply(400, {code: 'invalid_request', message: 'Check the fields', fields: {title: 'Say what you need'}})]});
    expect(await c.createRequest(BODY)).toEqual({ok: false, error: {kind: 'invalid', message: 'Check the fields', fields: {title: 'Say what you need'}}});
});

it('createRequest refuses a reply in another shape', async () => {
    const {client: c} = client({'POST /triage': [reply(201, {id: 'r1'})]});
    expect(await c.createRequest(BODY)).toMatchObject({ok: false, error: {kind: 'server'}});
});

it('listQueue sends the filters as comma lists and checks every row', async () => {
    const {client: c, calls} = client({
        'GET /triage?status=new%2Caccepted&owner=': [reply(200, [triageRequest()])],
        'GET /triage': [reply(200, [triageRequest(), {id: 'broken'}])],
    });
    expect(await c.listQueue({status: 'new,accepted', owner: ''})).toEqual({ok: true, value: [triageRequest()]});
    expect(await c.listQueue()).toMatchObject({ok: false, error: {message: 'The companion sent the triage queue in an unknown shape.'}});
    expect(calls.map((x) => x.path)).toEqual(['/triage?status=new%2Caccepted&owner=', '/triage']);
});

it('getRequest and decide use the request id', async () => {
    const {client: c, calls} = client({
        'GET /triage/r%2F1': [reply(200, triageWithTimeline())],
        'POST /triage/r1/decision': [reply(403, {code: 'forbidden', message: 'Only SREs triage'})],
    });
    expect(await c.getRequest('r/1')).toEqual({ok: true, value: triageWithTimeline()});
    expect(await c.decide('r1', {action: 'accept', priority: 'p2'})).toEqual({ok: false, error: {kind: 'unauthorized', message: 'Only SREs triage'}});
    expect(calls[1]?.body).toEqual({action: 'accept', priority: 'p2'});
});
