import type {FastifyError, FastifyReply, FastifyRequest} from 'fastify';

// Mattermost's AppError: the body every failing /api/v4 call answers with.
export class AppError extends Error {
    constructor(readonly status: number, readonly id: string, message: string) {
        super(message);
    }
}

export const notFound = (id: string, message: string) => new AppError(404, id, message);
export const forbidden = () =>
    new AppError(403, 'api.context.permissions.app_error', 'You do not have the appropriate permissions.');
export const invalidParam = (name: string) =>
    new AppError(400, 'api.context.invalid_param.app_error', `Invalid ${name} parameter.`);
export const invalidBody = (name: string) =>
    new AppError(400, 'api.context.invalid_body_param.app_error', `Invalid or missing ${name} in request body.`);
export const sessionExpired = () =>
    new AppError(401, 'api.context.session_expired.app_error', 'Invalid or expired session, please login again.');

export function errorBody(err: AppError, requestId: string) {
    return {id: err.id, message: err.message, detailed_error: '', request_id: requestId, status_code: err.status};
}

function asAppError(err: FastifyError | AppError): AppError {
    if (err instanceof AppError) {
        return err;
    }
    const status = err.statusCode ?? 500;
    if (status >= 500) {
        return new AppError(500, 'api.context.server_error.app_error', 'An internal error occurred.');
    }
    // Fastify's own 4xx (bad JSON, empty body, too large) keep their status in Mattermost's shape.
    return new AppError(status, 'api.context.invalid_body_param.app_error', err.message);
}

export function handleError(err: FastifyError | AppError, req: FastifyRequest, reply: FastifyReply) {
    const appErr = asAppError(err);
    if (appErr.status >= 500) {
        req.log.error({err}, 'request failed');
    }
    return reply.code(appErr.status).send(errorBody(appErr, req.id));
}
