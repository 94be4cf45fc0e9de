import type {FastifyReply} from 'fastify';
import type {Result} from '../domain/result.js';

// What the schedule and runbook services answer instead of a value: field problems (their own 400 shape), or
// a missing, forbidden or temporarily impossible request.
export type ServiceFailure<Problem> =
    | {kind: 'invalid'; problem: Problem}
    | {kind: 'not_found'}
    | {kind: 'forbidden'; message: string}
    | {kind: 'unavailable'; message: string};

// Failures to HTTP: 400 with the service's field problem, 404 naming the missing thing, 403, 503.
export async function sendServiceResult<T, Problem>(reply: FastifyReply, result: Result<T, ServiceFailure<Problem>>,
    notFound: string, okStatus = 200): Promise<void> {
    if (result.ok) {
        await reply.code(okStatus).send(result.value);
        return;
    }
    const failure = result.error;
    switch (failure.kind) {
        case 'invalid':
            await reply.code(400).send(failure.problem);
            return;
        case 'not_found':
            await reply.code(404).send({code: 'not_found', message: notFound});
            return;
        case 'forbidden':
            await reply.code(403).send({code: 'forbidden', message: failure.message});
            return;
        case 'unavailable':
            await reply.code(503).send({code: 'unavailable', message: failure.message});
    }
}
