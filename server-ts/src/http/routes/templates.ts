import type {FastifyPluginCallbackTypebox} from '@fastify/type-provider-typebox';
import {Type} from 'typebox';
import {FieldProblem, TemplateInput, TemplatePreview, TemplateView} from '../../contract/incidents.js';
import {Problem} from '../../contract/summary.js';
import type {TemplateService} from '../../incidents/template_service.js';
import {actorOf, sendFields} from '../result_reply.js';

const Id = Type.Object({id: Type.String()});
const ListQuery = Type.Object({includeArchived: Type.Optional(Type.Boolean())});
const saved = {200: TemplateView, 201: TemplateView, 400: FieldProblem, 403: Problem, 404: Problem};

export const templateRoutes: FastifyPluginCallbackTypebox<{templates: TemplateService}> = (app, {templates}, done) => {
    app.get('/templates', {schema: {querystring: ListQuery, response: {200: Type.Array(TemplateView)}}},
        async (req) => templates.list(req.query.includeArchived ?? false));
    app.post('/templates', {schema: {body: TemplateInput, response: saved}},
        async (req, reply) => sendFields(reply, await templates.create(req.body, actorOf(req)), 201));
    app.put('/templates/:id', {schema: {params: Id, body: TemplateInput, response: saved}},
        async (req, reply) => sendFields(reply, await templates.update(req.params.id, req.body, actorOf(req))));
    app.post('/templates/:id/duplicate', {schema: {params: Id, response: saved}},
        async (req, reply) => sendFields(reply, await templates.duplicate(req.params.id, actorOf(req)), 201));
    app.post('/templates/:id/archive', {schema: {params: Id, response: saved}},
        async (req, reply) => sendFields(reply, await templates.archive(req.params.id, actorOf(req))));
    app.post('/templates/preview', {schema: {body: TemplateInput, response: {200: TemplatePreview, 400: FieldProblem}}},
        async (req, reply) => sendFields(reply, await templates.preview(req.body)));
    done();
};
