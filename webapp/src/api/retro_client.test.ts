import {followUp, retrospective} from '../test_support/retrospectives';
import {reply, routedFetch} from '../test_support/routed_fetch';

import {createRetroClient} from './retro_client';

function client(routes: Parameters<typeof routedFetch>[0]) {
    const {fetchFn, calls} = routedFetch(routes);
    return {client: createRetroClient({baseUrl: 'https://mm.test/sre-toolkit', fetchFn, cookies: () => 'MMCSRF=tok'}), calls};
}

const PATH = '/incidents/inc%2F1/retrospective';
const GAMEDAY = {scenario: 'Kill the primary', injected: 'Stopped postgres-0', detected: 'Pager', detectedAt: '2025-01-06T07:40:00.000Z', timeToDetectSeconds: 600};

it('reads a retrospective; a companion without gameday reports gives null, a drill its report', async () => {
    // A companion from before gameday reports: the field is simply not there.
    const older: Record<string, unknown> = {...retrospective()};
    delete older.gameday;
    const {client: c, calls} = client({[`GET ${PATH}`]: [reply(200, older), reply(200, retrospective({isDrill: true, gameday: GAMEDAY}))]});
    expect(await c.getRetrospective('inc/1')).toEqual({ok: true, value: retrospective()});
    expect(await c.getRetrospective('inc/1')).toEqual({ok: true, value: retrospective({isDrill: true, gameday: GAMEDAY})});
    expect(calls.map((x) => x.path)).toEqual([PATH, PATH]);
});

it.each<[string, unknown]>([
    ['a proxy page', '<html>Bad gateway</html>'],
    ['no version', {...retrospective(), version: undefined}],
    ['a follow-up without a number', retrospective({followUps: [{...followUp(), number: 'twelve' as unknown as number}]})],
])('refuses %s', async (_name, body) => {
    const {client: c} = client({[`GET ${PATH}`]: [reply(200, body)]});
    expect(await c.getRetrospective('inc/1')).toEqual({ok: false, error: {kind: 'server', message: 'The companion sent a retrospective in an unknown shape.'}});
});

it('saves with the version it started from; 409 hands back the current retrospective, 400 the fields', async () => {
    const theirs = retrospective({version: 5, wentBadly: 'Slow rollback'});
    const {client: c, calls} = client({[`PUT ${PATH}`]: [
        reply(200, retrospective({version: 4, summary: 'Rolled back'})),
        reply(409, {code: 'version_conflict', message: 'Someone saved the retrospective meanwhile', retrospective: theirs}),
        reply(400, {code: 'invalid_fields', message: 'summary: too long', fields: {summary: 'too long'}}),
    ]});
    expect(await c.saveRetrospective('inc/1', {version: 3, summary: 'Rolled back'}))
        .toEqual({ok: true, value: {kind: 'saved', retrospective: retrospective({version: 4, summary: 'Rolled back'})}});
    expect(await c.saveRetrospective('inc/1', {version: 3, summary: 'Mine'}))
        .toEqual({ok: true, value: {kind: 'conflict', current: theirs, message: 'Someone saved the retrospective meanwhile'}});
    expect(await c.saveRetrospective('inc/1', {version: 5, summary: 'x'.repeat(10_001)}))
        .toEqual({ok: false, error: {kind: 'invalid', message: 'summary: too long', fields: {summary: 'too long'}}});
    expect(calls.map((x) => [x.method, x.body])).toEqual([['PUT', {version: 3, summary: 'Rolled back'}], ['PUT', {version: 3, summary: 'Mine'}],
        ['PUT', {version: 5, summary: 'x'.repeat(10_001)}]]);
    expect(calls[0]?.headers).toMatchObject({'X-CSRF-Token': 'tok', 'X-Requested-With': 'XMLHttpRequest'});
});

it('adds a follow-up, publishes, and links the Markdown export', async () => {
    const body = {idempotencyKey: 'key-00000001', title: 'Alert on checkout 5xx', ownerUsername: 'bob', dueDate: '2025-01-20', category: 'reliability'};
    const {client: c, calls} = client({
        [`POST ${PATH}/follow-ups`]: [reply(201, retrospective({followUps: [followUp()]}))],
        [`POST ${PATH}/publish`]: [reply(403, {code: 'forbidden', message: 'forbidden: join the incident channel first'})],
    });
    expect(await c.addFollowUp('inc/1', body)).toEqual({ok: true, value: retrospective({followUps: [followUp()]})});
    expect(await c.publishRetrospective('inc/1')).toEqual({ok: false, error: {kind: 'unauthorized', message: 'forbidden: join the incident channel first'}});
    expect(calls.map((x) => [x.method, x.path, x.body])).toEqual([['POST', `${PATH}/follow-ups`, body], ['POST', `${PATH}/publish`, {}]]);
    expect(c.markdownUrl('inc/1')).toBe(`https://mm.test/sre-toolkit/api/v1${PATH}.md`);
});
