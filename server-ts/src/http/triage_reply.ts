import type {FastifyReply} from 'fastify';
import type {Result} from '../domain/result.js';
import type {CreatedRequest, QueueAnswer} from '../triage/triage_service.js';

// Triage field errors to HTTP: '_' = 'not_found' → 404, 'forbidden: why' → 403, anything else → 400 naming
// every field (code 'invalid_request', as in contract/triage.ts).
export async function sendTriage<T>(reply: FastifyReply, result: Result<T, Record<string, string>>, okStatus = 200): Promise<void> {
    if (result.ok) {
        await reply.code(okStatus).send(result.value);
        return;
    }
    const general = result.error._;
    if (general === 'not_found') {
        await reply.code(404).send({code: 'not_found', message: 'No such triage request'});
    } else if (general?.startsWith('forbidden: ') === true) {
        await reply.code(403).send({code: 'forbidden', message: general.slice('forbidden: '.length)});
    } else {
        const message = Object.entries(result.error).map(([field, text]) => (field === '_' ? text : `${field}: ${text}`)).join('; ');
        await reply.code(400).send({code: 'invalid_request', message, fields: result.error});
    }
}

// 201 for a new request, 200 for a replayed key, 409 with the earlier request for a message sent twice.
export async function sendCreated(reply: FastifyReply, result: Result<CreatedRequest, Record<string, string>>): Promise<void> {
    if (!result.ok) {
        await sendTriage(reply, result);
        return;
    }
    const {request, outcome} = result.value;
    if (outcome === 'already_requested') {
        await reply.code(409).send({code: 'already_requested', message: `This message is already request #${request.number}`, request});
        return;
    }
    await reply.code(outcome === 'created' ? 201 : 200).send(request);
}

// The queue's JSON is made once per change and filter (see queue_snapshot.ts); the route's schema documents it.
export async function sendQueue(reply: FastifyReply, result: Result<QueueAnswer, Record<string, string>>): Promise<void> {
    if (!result.ok) {
        await sendTriage(reply, result);
        return;
    }
    // A Buffer is sent as it is: the JSON was made once for this snapshot and filter.
    await reply.type('application/json; charset=utf-8').send(result.value.json());
}
