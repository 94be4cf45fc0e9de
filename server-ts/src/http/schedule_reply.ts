import type {FastifyReply} from 'fastify';
import type {Result} from '../domain/result.js';
import type {ScheduleFailure} from '../oncall/schedule_service.js';

// Schedule failures to HTTP: field problems → 400 {code: 'invalid_schedule', message, fields}, as the public API says.
export async function sendSchedule<T>(reply: FastifyReply, result: Result<T, ScheduleFailure>, okStatus = 200): Promise<void> {
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
            await reply.code(404).send({code: 'not_found', message: 'No such schedule'});
            return;
        case 'forbidden':
            await reply.code(403).send({code: 'forbidden', message: failure.message});
            return;
        case 'unavailable':
            await reply.code(503).send({code: 'unavailable', message: failure.message});
    }
}
