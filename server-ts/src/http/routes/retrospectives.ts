import type {FastifyPluginCallbackTypebox} from '@fastify/type-provider-typebox';
import type {FastifyReply} from 'fastify';
import {Type} from 'typebox';
import {FieldProblem} from '../../contract/incidents.js';
import {NewFollowUpBody, RetrospectiveConflict, RetrospectiveView, SaveRetrospectiveBody} from '../../contract/retrospectives.js';
import {Problem} from '../../contract/summary.js';
import type {Result} from '../../domain/result.js';
import type {RetroFailure, RetroService} from '../../retrospectives/retro_service.js';
import {actorOf, problemOf} from '../result_reply.js';
import {fieldsProblem} from '../../domain/field_problems.js';

const Id = Type.Object({id: Type.String()});
const changed = {200: RetrospectiveView, 400: FieldProblem, 403: Problem, 404: Problem, 409: RetrospectiveConflict, 502: Problem};
const NOT_FOUND = {code: 'not_found', message: 'No retrospective: the incident does not exist, is not resolved yet, or is private to its channel'};

function failure(e: RetroFailure): {status: 400 | 403 | 404 | 409 | 502; body: object} {
    switch (e.code) {
    case 'not_found':
        return {status: 404, body: NOT_FOUND};
    case 'forbidden':
        return problemOf(`forbidden: ${e.message}`);
    case 'invalid_fields':
        return {status: 400, body: fieldsProblem('invalid_fields', e.fields)};
    case 'version_conflict':
        return {status: 409, body: {code: 'version_conflict', retrospective: e.retrospective,
            message: 'Someone saved the retrospective meanwhile: review their changes and save again'}};
    case 'unavailable':
        return {status: 502, body: {code: 'unavailable', message: e.message}};
    }
}

async function send(reply: FastifyReply, result: Result<unknown, RetroFailure>, okStatus = 200): Promise<void> {
    const {status, body} = result.ok ? {status: okStatus, body: result.value} : failure(result.error);
    await reply.code(status).send(body);
}

// An incident's review (issue 8): read by whoever may see the incident, changed by whoever may change it.
export const retrospectiveRoutes: FastifyPluginCallbackTypebox<{retrospectives: RetroService}> = (app, {retrospectives}, done) => {
    app.get('/incidents/:id/retrospective', {schema: {params: Id, response: {200: RetrospectiveView, 404: Problem}}}, async (req, reply) => {
        const found = await retrospectives.get(req.params.id, actorOf(req));
        return found === null ? reply.code(404).send(NOT_FOUND) : reply.code(200).send(found);
    });
    app.get('/incidents/:id/retrospective.md', {schema: {params: Id, produces: ['text/markdown'], response: {200: Type.String(), 404: Problem}}}, async (req, reply) => {
        const text = await retrospectives.markdown(req.params.id, actorOf(req));
        return text === null ? reply.code(404).send(NOT_FOUND) : reply.code(200).type('text/markdown; charset=utf-8')
            .header('content-disposition', 'inline; filename="retrospective.md"').send(text);
    });
    app.put('/incidents/:id/retrospective', {schema: {params: Id, body: SaveRetrospectiveBody, response: changed}},
        async (req, reply) => send(reply, await retrospectives.save(req.params.id, req.body, actorOf(req))));
    app.post('/incidents/:id/retrospective/follow-ups', {schema: {params: Id, body: NewFollowUpBody, response: {...changed, 201: RetrospectiveView}}},
        async (req, reply) => send(reply, await retrospectives.addFollowUp(req.params.id, req.body, actorOf(req)), 201));
    app.post('/incidents/:id/retrospective/publish', {schema: {params: Id, response: changed}},
        async (req, reply) => send(reply, await retrospectives.publish(req.params.id, actorOf(req))));
    done();
};
