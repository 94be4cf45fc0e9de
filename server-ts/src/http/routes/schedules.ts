import type {FastifyPluginCallbackTypebox} from '@fastify/type-provider-typebox';
import {Type} from 'typebox';
import {OncallNow, OncallQuery, ScheduleBody, ScheduleProblem, ScheduleView, Shift, ShiftsQuery} from '../../contract/schedules.js';
import {Problem} from '../../contract/summary.js';
import type {ScheduleService} from '../../oncall/schedule_service.js';
import type {SwapService} from '../../oncall/schedule_swaps.js';
import {actorOf} from '../result_reply.js';
import {sendSchedule} from '../schedule_reply.js';

const Id = Type.Object({id: Type.String({format: 'uuid'})});
const TakeOverBody = Type.Object({hours: Type.Number()}, {additionalProperties: false});
const SwapBody = Type.Object({username: Type.String(), start: Type.String(), end: Type.String()}, {additionalProperties: false});
const written = {200: ScheduleView, 201: ScheduleView, 400: ScheduleProblem, 403: Problem, 404: Problem, 503: Problem};
const read = <T extends Parameters<typeof Type.Array>[0]>(ok: T) => ({200: ok, 400: ScheduleProblem, 404: Problem});

// The public schedules API (issue 7): other tools script against these shapes, see contract/schedules.ts.
export const scheduleRoutes: FastifyPluginCallbackTypebox<{schedules: ScheduleService; swaps: SwapService}> = (app, {schedules, swaps}, done) => {
    app.get('/schedules', {schema: {response: {200: Type.Array(ScheduleView)}}}, () => schedules.list());
    app.post('/schedules', {schema: {body: ScheduleBody, response: written}},
        async (req, reply) => sendSchedule(reply, await schedules.create(req.body, actorOf(req)), 201));
    app.post('/schedules/preview', {schema: {body: ScheduleBody, querystring: ShiftsQuery, response: {...read(Type.Array(Shift)), 503: Problem}}},
        async (req, reply) => sendSchedule(reply, await schedules.preview(req.body, req.query)));
    app.get('/schedules/:id', {schema: {params: Id, response: {200: ScheduleView, 404: Problem}}}, async (req, reply) => {
        const found = await schedules.get(req.params.id);
        return sendSchedule(reply, found === null ? {ok: false, error: {kind: 'not_found'}} : {ok: true, value: found});
    });
    app.put('/schedules/:id', {schema: {params: Id, body: ScheduleBody, response: written}},
        async (req, reply) => sendSchedule(reply, await schedules.replace(req.params.id, req.body, actorOf(req))));
    app.get('/schedules/:id/oncall', {schema: {params: Id, querystring: OncallQuery, response: read(OncallNow)}},
        async (req, reply) => sendSchedule(reply, await schedules.oncall(req.params.id, req.query.at)));
    app.get('/schedules/:id/shifts', {schema: {params: Id, querystring: ShiftsQuery, response: read(Type.Array(Shift))}},
        async (req, reply) => sendSchedule(reply, await schedules.shifts(req.params.id, req.query)));
    app.post('/schedules/:id/take-over', {schema: {params: Id, body: TakeOverBody, response: written}},
        async (req, reply) => sendSchedule(reply, await schedules.takeOver(req.params.id, req.body.hours, actorOf(req))));
    // 202: the teammate is asked by DM; the schedule changes only when they accept.
    app.post('/schedules/:id/swaps', {schema: {params: Id, body: SwapBody, response: {202: Type.Object({message: Type.String()}), ...written}}},
        async (req, reply) => sendSchedule(reply, await swaps.propose(req.params.id, req.body, actorOf(req)), 202));
    done();
};
