import type {FastifyPluginCallbackTypebox} from '@fastify/type-provider-typebox';
import type {FastifyReply} from 'fastify';
import {Type} from 'typebox';
import {RitualAgendaPreview, RitualBody, RitualList, RitualProblem, RitualView} from '../../contract/rituals.js';
import {Problem} from '../../contract/summary.js';
import type {Result} from '../../domain/result.js';
import type {RitualFailure, RitualService} from '../../rituals/ritual_service.js';
import {sendServiceResult} from '../failure_reply.js';
import {actorOf} from '../result_reply.js';
import {icsFeedRoute} from './calendar.js';

type Options = {rituals: RitualService};

const Id = Type.Object({id: Type.String({format: 'uuid'})});
const FeedUrl = Type.Object({url: Type.String()}, {additionalProperties: false});
const written = {200: RitualView, 201: RitualView, 400: RitualProblem, 403: Problem, 404: Problem};
const NOT_FOUND = 'No such ritual';

// The rituals API, for signed-in users (under /api/v1); every write is for SREs.
export const ritualRoutes: FastifyPluginCallbackTypebox<Options> = (app, {rituals}, done) => {
    app.get('/rituals', {schema: {response: {200: RitualList}}}, () => rituals.list());
    app.post('/rituals', {schema: {body: RitualBody, response: written}},
        async (req, reply) => sendRitual(reply, await rituals.create(req.body, actorOf(req)), 201));
    app.get('/rituals/:id', {schema: {params: Id, response: {200: RitualView, 404: Problem}}}, async (req, reply) => {
        const found = await rituals.get(req.params.id);
        return found === null ? reply.code(404).send({code: 'not_found', message: NOT_FOUND}) : reply.send(found);
    });
    app.put('/rituals/:id', {schema: {params: Id, body: RitualBody, response: written}},
        async (req, reply) => sendRitual(reply, await rituals.update(req.params.id, req.body, actorOf(req))));
    app.post('/rituals/:id/deactivate', {schema: {params: Id, response: written}},
        async (req, reply) => sendRitual(reply, await rituals.deactivate(req.params.id, actorOf(req))));
    app.get('/rituals/:id/agenda', {schema: {params: Id, response: {200: RitualAgendaPreview, 404: Problem}}},
        async (req, reply) => sendRitual(reply, await rituals.agenda(req.params.id)));
    app.post('/rituals/calendar-token', {schema: {response: {200: FeedUrl, 403: Problem}}},
        async (req, reply) => sendRitual(reply, await rituals.regenerateCalendarUrl(actorOf(req))));
    done();
};

// The rituals' iCal feed, beside the on-call feeds and like them outside the session check.
export const ritualFeedRoutes: FastifyPluginCallbackTypebox<Options> = (app, {rituals}, done) => {
    icsFeedRoute(app, '/calendar/rituals/:token.ics', rituals.feed);
    done();
};

const sendRitual = <T>(reply: FastifyReply, result: Result<T, RitualFailure>, okStatus = 200): Promise<void> =>
    sendServiceResult(reply, result, NOT_FOUND, okStatus);
