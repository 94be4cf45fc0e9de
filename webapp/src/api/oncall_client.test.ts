import type {ScheduleBody, ScheduleView, Shift} from '../../../server-ts/src/contract/schedules';
import {reply, routedFetch} from '../test_support/routed_fetch';

import {createOncallClient, profilesByUsername} from './oncall_client';
import {createPagingClient} from './paging_client';

const LAYER = {name: 'weekly', users: ['alice', 'bob'], rotation: {every: 1, unit: 'week' as const}, start: '2026-03-16T09:00'};
const BODY: ScheduleBody = {name: 'SRE primary', timeZone: 'Europe/Berlin', layers: [LAYER]};
const VIEW: ScheduleView = {id: 's/1', name: BODY.name, timeZone: BODY.timeZone, layers: [{...LAYER, restrictions: []}], overrides: []};
const SHIFT: Shift = {user: 'alice', start: '2026-03-16T08:00:00.000Z', end: '2026-03-23T08:00:00.000Z', source: 'layer', layer: 'weekly'};
const RANGE = {from: '2026-03-16T00:00:00.000Z', to: '2026-03-23T00:00:00.000Z'};
const QUERY = 'from=2026-03-16T00%3A00%3A00.000Z&to=2026-03-23T00%3A00%3A00.000Z';

function clients(routes: Parameters<typeof routedFetch>[0]) {
    const {fetchFn, calls} = routedFetch(routes);
    const options = {baseUrl: 'https://mm.test/sre-toolkit', fetchFn, cookies: () => 'MMCSRF=tok'};
    return {oncall: createOncallClient(options), paging: createPagingClient(options), options, calls};
}

it('calls each schedule route with the id encoded and the range as a query', async () => {
    const {oncall, calls} = clients({
        'GET /schedules/s%2F1': [reply(200, VIEW)],
        [`GET /schedules/s%2F1/shifts?${QUERY}`]: [reply(200, [SHIFT])],
        [`POST /schedules/preview?${QUERY}`]: [reply(200, [SHIFT])],
        'POST /schedules/s%2F1/take-over': [reply(200, VIEW)],
        'POST /schedules/s%2F1/swaps': [reply(202, {message: 'Asked @bob'})],
        'GET /schedules/s%2F1/oncall?at=2026-03-16T10%3A00%3A00Z': [reply(200, {at: '2026-03-16T10:00:00Z', users: ['alice'], source: 'layer', layer: 'weekly', since: null, until: null})],
    });
    expect(await oncall.getSchedule('s/1')).toEqual({ok: true, value: VIEW});
    expect(await oncall.getShifts('s/1', RANGE)).toEqual({ok: true, value: [SHIFT]});
    expect(await oncall.previewSchedule(BODY, RANGE)).toEqual({ok: true, value: [SHIFT]});
    expect(await oncall.takeOver('s/1', 2)).toEqual({ok: true, value: VIEW});
    expect(await oncall.proposeSwap('s/1', {username: 'bob', start: RANGE.from, end: RANGE.to})).toEqual({ok: true, value: {message: 'Asked @bob'}});
    expect(await oncall.getOncall('s/1', '2026-03-16T10:00:00Z')).toMatchObject({ok: true, value: {users: ['alice']}});
    expect(calls.map((c) => c.body)).toEqual([undefined, undefined, BODY, {hours: 2}, {username: 'bob', start: RANGE.from, end: RANGE.to}, undefined]);
});

it('hands back the field problems of a 400 and refuses replies in another shape', async () => {
    const fields = {'layers[0].rotation.every': 'Hand off at least every 1'};
    const {oncall} = clients({
        'PUT /schedules/s1': [reply(400, {code: 'invalid_schedule', message: 'Check the schedule', fields})],
        'POST /schedules': [reply(201, {id: 's2'})],
        'GET /schedules': [reply(200, [VIEW, {id: 'broken'}])],
    });
    expect(await oncall.updateSchedule('s1', BODY)).toEqual({ok: false, error: {kind: 'invalid', message: 'Check the schedule', fields}});
    expect(await oncall.createSchedule(BODY)).toEqual({ok: false, error: {kind: 'server', message: 'The companion sent a schedule in an unknown shape.'}});
    expect(await oncall.listSchedules()).toMatchObject({ok: false, error: {kind: 'server'}});
});

it('sends a page and looks up Mattermost profiles by username', async () => {
    const page = {id: 'p1', number: 4, message: 'Help', status: 'paging', notified: ['alice'], targetName: 'SRE primary'};
    const {paging, options, calls} = clients({
        'POST /pages': [reply(201, page)],
        'POST https://mm.test/sre-toolkit/api/v4/users/usernames': [reply(200, [{id: 'u1', username: 'alice', last_picture_update: 3}])],
    });
    expect(await paging.createPage({target: {kind: 'schedule', scheduleId: 's1'}, message: 'Help'})).toMatchObject({ok: true, value: {number: 4}});
    expect(await profilesByUsername(options, ['alice', 'ghost'])).toEqual({ok: true, value: [{id: 'u1', username: 'alice', last_picture_update: 3}]});
    expect(calls.map((c) => c.body)).toEqual([{target: {kind: 'schedule', scheduleId: 's1'}, message: 'Help'}, ['alice', 'ghost']]);
});
