import type {FastifyReply} from 'fastify';
import type {Result} from '../domain/result.js';
import type {ScheduleFailure} from '../oncall/schedule_service.js';
import {sendServiceResult} from './failure_reply.js';

// Field problems → 400 {code: 'invalid_schedule', message, fields}, as the public schedules API says.
export const sendSchedule = <T>(reply: FastifyReply, result: Result<T, ScheduleFailure>, okStatus = 200): Promise<void> =>
    sendServiceResult(reply, result, 'No such schedule', okStatus);
