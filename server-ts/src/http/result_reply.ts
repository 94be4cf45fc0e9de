import type {FastifyReply, FastifyRequest} from 'fastify';
import type {Result} from '../domain/result.js';
import type {Actor} from '../incidents/access.js';
import {sessionUser} from './summary_visibility.js';

type Problem = {code: string; message: string};

// The services' error strings to HTTP: 'not_found' → 404 (also private incidents of other people),
// 'forbidden: why' → 403, anything else is the caller's mistake → 400 with the sentence as message.
export function problemOf(error: string): {status: 400 | 403 | 404; body: Problem} {
    if (error === 'not_found') {
        return {status: 404, body: {code: 'not_found', message: 'No such incident, or it is private to its channel'}};
    }
    if (error.startsWith('forbidden: ')) {
        return {status: 403, body: {code: 'forbidden', message: error.slice('forbidden: '.length)}};
    }
    return {status: 400, body: {code: 'invalid_change', message: error}};
}

export async function sendFound(reply: FastifyReply, found: unknown): Promise<void> {
    await (found === null ? reply.code(404).send(problemOf('not_found').body) : reply.code(200).send(found));
}

export async function sendChange<T>(reply: FastifyReply, result: Result<T, string>): Promise<void> {
    if (result.ok) {
        await reply.code(200).send(result.value);
        return;
    }
    const {status, body} = problemOf(result.error);
    await reply.code(status).send(body);
}

// Field errors: 400 naming every bad field; the services' not-found and role errors sit under '_'.
export async function sendFields<T>(reply: FastifyReply, result: Result<T, Record<string, string>>, okStatus = 200): Promise<void> {
    await replyFields(reply, result, okStatus);
}

function replyFields<T>(reply: FastifyReply, result: Result<T, Record<string, string>>, okStatus: number): FastifyReply {
    if (result.ok) {
        return reply.code(okStatus).send(result.value);
    }
    const general = result.error._;
    if (general === 'not_found') {
        return reply.code(404).send({code: 'not_found', message: 'No such template'});
    }
    if (general?.startsWith('only SREs') === true) {
        return reply.code(403).send({code: 'forbidden', message: general});
    }
    const named = Object.entries(result.error).map(([field, message]) => (field === '_' ? message : `${field}: ${message}`));
    return reply.code(400).send({code: 'invalid_fields', message: named.join('; '), fields: result.error});
}

export function actorOf(req: FastifyRequest): Actor {
    const user = sessionUser(req);
    return {id: user.id, username: user.username, isSystemAdmin: user.roles.split(/\s+/).includes('system_admin')};
}
