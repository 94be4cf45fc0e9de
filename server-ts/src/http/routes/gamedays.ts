import type {FastifyPluginCallbackTypebox} from '@fastify/type-provider-typebox';
import type {FastifyReply} from 'fastify';
import {Type} from 'typebox';
import {DetectedBody, StartGamedayBody} from '../../contract/gamedays.js';
import {FieldProblem, IncidentView} from '../../contract/incidents.js';
import {Problem} from '../../contract/summary.js';
import type {Result} from '../../domain/result.js';
import type {DrillFailure, IncidentService} from '../../incidents/incident_service.js';
import {actorOf, problemOf, sendFields} from '../result_reply.js';
import {fieldsProblem} from '../../domain/field_problems.js';

const Id = Type.Object({id: Type.String()});

function failure(e: DrillFailure): {status: 400 | 403 | 404 | 409; body: object} {
    switch (e.code) {
    case 'not_found':
        return problemOf('not_found');
    case 'forbidden':
        return problemOf(`forbidden: ${e.message}`);
    case 'invalid_fields':
        return {status: 400, body: fieldsProblem('invalid_fields', e.fields)};
    case 'invalid':
        // Not a field's fault (a real incident, a resolved drill); the same shape keeps one 400 schema.
        return {status: 400, body: {...problemOf(e.message).body, fields: {}}};
    case 'conflict':
        return {status: 409, body: {code: 'already_detected', message: e.message}};
    }
}

async function sendDetected(reply: FastifyReply, result: Result<IncidentView, DrillFailure>): Promise<void> {
    const {status, body} = result.ok ? {status: 200, body: result.value} : failure(result.error);
    await reply.code(status).send(body);
}

// Chaos gamedays from the sidebar (slash commands: mattermost/gameday_command.ts).
export const gamedayRoutes: FastifyPluginCallbackTypebox<{incidents: IncidentService}> = (app, {incidents}, done) => {
    app.post('/gamedays', {schema: {body: StartGamedayBody, response: {200: IncidentView, 201: IncidentView, 400: FieldProblem}}}, async (req, reply) => {
        const started = await incidents.startGameday(req.body, actorOf(req));
        return sendFields(reply, started.ok ? {ok: true, value: started.value.incident} : started, started.ok && started.value.replayed ? 200 : 201);
    });
    app.post('/incidents/:id/detected', {schema: {params: Id, body: DetectedBody,
        response: {200: IncidentView, 400: FieldProblem, 403: Problem, 404: Problem, 409: Problem}}},
    async (req, reply) => sendDetected(reply, await incidents.recordDetection(req.params.id, req.body.how, actorOf(req))));
    done();
};
