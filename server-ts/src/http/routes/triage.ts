import type {FastifyPluginCallbackTypebox} from '@fastify/type-provider-typebox';
import {Type} from 'typebox';
import {FieldProblem} from '../../contract/incidents.js';
import {Problem} from '../../contract/summary.js';
import {
    NewTriageRequestBody, TriageAlreadyRequested, TriageDecisionBody, TriageQueueQuery, TriageRequestView, TriageRequestWithTimeline,
} from '../../contract/triage.js';
import type {TriageService} from '../../triage/triage_service.js';
import {actorOf, sendFound} from '../result_reply.js';
import {sendCreated, sendQueue, sendTriage} from '../triage_reply.js';

const Id = Type.Object({id: Type.String()});

export const triageRoutes: FastifyPluginCallbackTypebox<{triage: TriageService}> = (app, {triage}, done) => {
    app.post('/triage', {schema: {body: NewTriageRequestBody,
        response: {200: TriageRequestView, 201: TriageRequestView, 400: FieldProblem, 409: TriageAlreadyRequested}}},
    async (req, reply) => sendCreated(reply, await triage.create(req.body, actorOf(req))));
    app.get('/triage', {schema: {querystring: TriageQueueQuery, response: {200: Type.Array(TriageRequestView), 400: FieldProblem}}},
        async (req, reply) => sendQueue(reply, await triage.queue(req.query)));
    app.get('/triage/:id', {schema: {params: Id, response: {200: TriageRequestWithTimeline, 404: Problem}}},
        async (req, reply) => sendFound(reply, await triage.get(req.params.id)));
    app.post('/triage/:id/decision', {schema: {params: Id, body: TriageDecisionBody,
        response: {200: TriageRequestView, 400: FieldProblem, 403: Problem, 404: Problem}}},
    async (req, reply) => sendTriage(reply, await triage.decide(req.params.id, req.body, actorOf(req))));
    done();
};
