import type {FastifyPluginCallbackTypebox} from '@fastify/type-provider-typebox';
import type {FastifyReply} from 'fastify';
import {Type} from 'typebox';
import {FieldProblem} from '../../contract/incidents.js';
import {EscalationPolicyBody, EscalationPolicyView, NewPageBody, PagesQuery, PageView} from '../../contract/paging.js';
import {Problem} from '../../contract/summary.js';
import type {Result} from '../../domain/result.js';
import type {PageService} from '../../paging/page_service.js';
import {actorOf} from '../result_reply.js';

const Id = Type.Object({id: Type.String()});
const acted = {200: PageView, 403: Problem, 404: Problem, 409: Problem};
const saved = {200: EscalationPolicyView, 201: EscalationPolicyView, 400: FieldProblem, 403: Problem, 404: Problem};

// Field errors → 400 naming each field; '_' carries 'not_found' (404) or 'forbidden: why' (403).
async function sendFields<T>(reply: FastifyReply, result: Result<T, Record<string, string>>, what: string, okStatus = 200): Promise<void> {
    if (result.ok) {
        await reply.code(okStatus).send(result.value);
        return;
    }
    const general = result.error._;
    if (general === 'not_found') {
        await reply.code(404).send({code: 'not_found', message: `No such ${what}`});
    } else if (general?.startsWith('forbidden: ') === true) {
        await reply.code(403).send({code: 'forbidden', message: general.slice('forbidden: '.length)});
    } else {
        const message = Object.entries(result.error).map(([field, text]) => (field === '_' ? text : `${field}: ${text}`)).join('; ');
        await reply.code(400).send({code: 'invalid_request', message, fields: result.error});
    }
}

// Acting on a page: 'not_found' → 404, 'forbidden: why' → 403, otherwise the page already ended (or moved) → 409.
async function sendActed(reply: FastifyReply, result: Result<PageView, string>): Promise<void> {
    if (result.ok) {
        await reply.code(200).send(result.value);
    } else if (result.error === 'not_found') {
        await reply.code(404).send({code: 'not_found', message: 'No such page'});
    } else if (result.error.startsWith('forbidden: ')) {
        await reply.code(403).send({code: 'forbidden', message: result.error.slice('forbidden: '.length)});
    } else {
        await reply.code(409).send({code: 'page_closed', message: result.error});
    }
}

const sendFound = async (reply: FastifyReply, found: unknown, what: string) =>
    (found === null ? reply.code(404).send({code: 'not_found', message: `No such ${what}`}) : reply.code(200).send(found));

export const pageRoutes: FastifyPluginCallbackTypebox<{pages: PageService}> = (app, {pages}, done) => {
    app.post('/pages', {schema: {body: NewPageBody, response: {201: PageView, 400: FieldProblem}}},
        async (req, reply) => sendFields(reply, await pages.create(req.body, actorOf(req)), 'page', 201));
    app.get('/pages', {schema: {querystring: PagesQuery, response: {200: Type.Array(PageView)}}}, async (req) => pages.list(req.query.status ?? 'open', actorOf(req)));
    app.get('/pages/:id', {schema: {params: Id, response: {200: PageView, 404: Problem}}},
        async (req, reply) => sendFound(reply, await pages.get(req.params.id, actorOf(req)), 'page'));
    app.post('/pages/:id/acknowledge', {schema: {params: Id, response: acted}},
        async (req, reply) => sendActed(reply, await pages.acknowledge(req.params.id, actorOf(req))));
    app.post('/pages/:id/escalate', {schema: {params: Id, response: acted}},
        async (req, reply) => sendActed(reply, await pages.escalate(req.params.id, actorOf(req))));
    app.post('/pages/:id/cancel', {schema: {params: Id, response: acted}},
        async (req, reply) => sendActed(reply, await pages.cancel(req.params.id, actorOf(req))));
    app.get('/escalation-policies', {schema: {response: {200: Type.Array(EscalationPolicyView)}}}, async () => pages.policies.list());
    app.post('/escalation-policies', {schema: {body: EscalationPolicyBody, response: saved}},
        async (req, reply) => sendFields(reply, await pages.policies.create(req.body, actorOf(req)), 'escalation policy', 201));
    app.get('/escalation-policies/:id', {schema: {params: Id, response: {200: EscalationPolicyView, 404: Problem}}},
        async (req, reply) => sendFound(reply, await pages.policies.get(req.params.id), 'escalation policy'));
    app.put('/escalation-policies/:id', {schema: {params: Id, body: EscalationPolicyBody, response: saved}},
        async (req, reply) => sendFields(reply, await pages.policies.replace(req.params.id, req.body, actorOf(req)), 'escalation policy'));
    done();
};
