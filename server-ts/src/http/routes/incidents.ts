import type {FastifyPluginCallbackTypebox} from '@fastify/type-provider-typebox';
import {Type} from 'typebox';
import {
    ChecklistTickBody, DeclareIncidentBody, FieldProblem, IncidentView, IncidentWithTimeline, ResolveBody, RoleBody, SeverityBody,
    StatusBody, StatusUpdateBody, TimelinePostBody,
} from '../../contract/incidents.js';
import {Problem} from '../../contract/summary.js';
import type {IncidentService} from '../../incidents/incident_service.js';
import {actorOf, sendChange, sendFields, sendFound} from '../result_reply.js';

const Id = Type.Object({id: Type.String()});
const ListQuery = Type.Object({status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('resolved'), Type.Literal('all')]))});
const changed = {200: IncidentView, 400: Problem, 403: Problem, 404: Problem};
const found = {200: IncidentWithTimeline, 404: Problem};

export const incidentRoutes: FastifyPluginCallbackTypebox<{incidents: IncidentService}> = (app, {incidents}, done) => {
    app.post('/incidents', {schema: {body: DeclareIncidentBody, response: {200: IncidentView, 201: IncidentView, 400: FieldProblem}}}, async (req, reply) => {
        const declared = await incidents.declare(req.body, actorOf(req));
        return sendFields(reply, declared.ok ? {ok: true, value: declared.value.incident} : declared, declared.ok && declared.value.replayed ? 200 : 201);
    });
    app.get('/incidents', {schema: {querystring: ListQuery, response: {200: Type.Array(IncidentView)}}},
        async (req) => incidents.list(req.query.status ?? 'active', actorOf(req)));
    app.get('/incidents/:id', {schema: {params: Id, response: found}},
        async (req, reply) => sendFound(reply, await incidents.get(req.params.id, actorOf(req))));
    // Most channels have no incident, and asking is routine: null (200), not a 404 the browser logs as an error.
    app.get('/incidents/by-channel/:channelId', {schema: {params: Type.Object({channelId: Type.String()}),
        response: {200: Type.Union([IncidentWithTimeline, Type.Null()])}}},
    async (req) => incidents.getByChannel(req.params.channelId, actorOf(req)));
    app.post('/incidents/:id/status', {schema: {params: Id, body: StatusBody, response: changed}},
        async (req, reply) => sendChange(reply, await incidents.changeStatus(req.params.id, req.body.status, actorOf(req))));
    app.post('/incidents/:id/severity', {schema: {params: Id, body: SeverityBody, response: changed}},
        async (req, reply) => sendChange(reply, await incidents.changeSeverity(req.params.id, req.body.severity, actorOf(req))));
    app.post('/incidents/:id/roles', {schema: {params: Id, body: RoleBody, response: changed}},
        async (req, reply) => sendChange(reply, await incidents.assignRole(req.params.id, req.body.role, {id: req.body.userId, username: ''}, actorOf(req))));
    app.post('/incidents/:id/updates', {schema: {params: Id, body: StatusUpdateBody, response: changed}},
        async (req, reply) => sendChange(reply, await incidents.postUpdate(req.params.id, req.body.text, actorOf(req))));
    app.post('/incidents/:id/resolve', {schema: {params: Id, body: ResolveBody, response: changed}},
        async (req, reply) => sendChange(reply, await incidents.resolve(req.params.id, req.body.summary, actorOf(req))));
    app.post('/incidents/:id/reopen', {schema: {params: Id, response: changed}},
        async (req, reply) => sendChange(reply, await incidents.reopen(req.params.id, actorOf(req))));
    app.post('/incidents/:id/timeline', {schema: {params: Id, body: TimelinePostBody, response: changed}},
        async (req, reply) => sendChange(reply, await incidents.addTimelinePost(req.params.id, req.body.postId, actorOf(req))));
    app.post('/incidents/:id/checklist/:index', {schema: {params: Type.Object({id: Type.String(), index: Type.Integer({minimum: 0})}), body: ChecklistTickBody, response: changed}},
        async (req, reply) => sendChange(reply, await incidents.tickChecklist(req.params.id, req.params.index, req.body.done, actorOf(req))));
    done();
};
