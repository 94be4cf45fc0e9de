import type {FastifyError, FastifyInstance} from 'fastify';

// One place turns thrown errors into {code, message}: client mistakes say what was wrong, server
// faults are logged in full and answered without internals.
export function installErrorHandlers(app: FastifyInstance): void {
    app.setNotFoundHandler(async (req, reply) =>
        reply.code(404).send({code: 'not_found', message: `No route ${req.method} ${req.url.split('?')[0] ?? ''}`}));
    app.setErrorHandler(async (error: FastifyError, req, reply) => {
        const status = error.statusCode ?? 500;
        if (status >= 500) {
            req.log.error({err: error}, 'request failed');
            return reply.code(500).send({code: 'internal', message: 'Internal error; the companion log has the details'});
        }
        return reply.code(status).send({code: clientCode(error), message: error.message});
    });
}

function clientCode(error: FastifyError): string {
    if (error.validation) {
        return 'invalid_request';
    }
    if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError) {
        return 'malformed_json';
    }
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
        return 'unsupported_media_type';
    }
    return 'bad_request';
}
