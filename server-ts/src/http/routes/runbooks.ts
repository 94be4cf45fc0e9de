import type {FastifyPluginCallbackTypebox} from '@fastify/type-provider-typebox';
import type {FastifyReply} from 'fastify';
import {Type} from 'typebox';
import {RunbookBody, RunbookProblem, RunbooksQuery, RunbookView} from '../../contract/runbooks.js';
import {Problem} from '../../contract/summary.js';
import type {Result} from '../../domain/result.js';
import type {RunbookFailure, RunbookService} from '../../runbooks/runbook_service.js';
import {sendServiceResult} from '../failure_reply.js';
import {actorOf} from '../result_reply.js';

const Id = Type.Object({id: Type.String({format: 'uuid'})});
const written = {200: RunbookView, 201: RunbookView, 400: RunbookProblem, 403: Problem, 404: Problem, 503: Problem};
const NOT_FOUND = {code: 'not_found', message: 'No such runbook'};

export const runbookRoutes: FastifyPluginCallbackTypebox<{runbooks: RunbookService}> = (app, {runbooks}, done) => {
    app.get('/runbooks', {schema: {querystring: RunbooksQuery, response: {200: Type.Array(RunbookView)}}}, (req) => runbooks.list(req.query.q));
    app.post('/runbooks', {schema: {body: RunbookBody, response: written}},
        async (req, reply) => sendRunbook(reply, await runbooks.create(req.body, actorOf(req)), 201));
    app.get('/runbooks/:id', {schema: {params: Id, response: {200: RunbookView, 404: Problem}}}, async (req, reply) => {
        const found = await runbooks.get(req.params.id);
        return found === null ? reply.code(404).send(NOT_FOUND) : reply.send(found);
    });
    app.put('/runbooks/:id', {schema: {params: Id, body: RunbookBody, response: written}},
        async (req, reply) => sendRunbook(reply, await runbooks.replace(req.params.id, req.body, actorOf(req))));
    app.post('/runbooks/:id/reviewed', {schema: {params: Id, response: written}},
        async (req, reply) => sendRunbook(reply, await runbooks.markReviewed(req.params.id, actorOf(req))));
    app.post('/runbooks/:id/archive', {schema: {params: Id, response: written}},
        async (req, reply) => sendRunbook(reply, await runbooks.archive(req.params.id, actorOf(req))));
    // What `/sre runbook` links to: the Markdown as text (a browser shows it as is), or the runbook's own link.
    app.get('/runbooks/:id/content', {schema: {params: Id, response: {200: Type.String(), 302: Type.Null(), 404: Problem}}}, async (req, reply) => {
        const found = await runbooks.get(req.params.id);
        if (found === null) {
            return reply.code(404).send(NOT_FOUND);
        }
        return found.url === null ? reply.type('text/plain; charset=utf-8').send(found.body) : reply.redirect(found.url);
    });
    done();
};

const sendRunbook = <T>(reply: FastifyReply, result: Result<T, RunbookFailure>, okStatus = 200): Promise<void> =>
    sendServiceResult(reply, result, NOT_FOUND.message, okStatus);
