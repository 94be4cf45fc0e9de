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
        const fields = error.validation ? {fields: fieldsOf(error.validation, error.validationContext)} : {};
        return reply.code(status).send({code: clientCode(error), message: error.message, ...fields});
    });
}

type Validation = NonNullable<FastifyError['validation']>[number];

// Each schema complaint under the field it is about, written as the API documents paths ("layers[0].rotation.every").
function fieldsOf(validation: Validation[], context: string | undefined): Record<string, string> {
    const pathOf = (parts: string[]) => parts.reduce((at, part) => (/^\d+$/.test(part) ? `${at}[${part}]` : at === '' ? part : `${at}.${part}`), '');
    const entries = validation.flatMap((v): [string, string][] => {
        const params: Record<string, unknown> = v.params;
        const at = v.instancePath.split('/').filter((p) => p !== '');
        // TypeBox names every missing property of an object at once: each becomes its own field.
        const missing = Array.isArray(params.requiredProperties) ? params.requiredProperties.map(String) :
            typeof params.missingProperty === 'string' ? [params.missingProperty] : [];
        if (missing.length > 0) {
            return missing.map((name) => [pathOf([...at, name]), 'is required']);
        }
        return [[pathOf(at) || (context ?? 'body'), v.message ?? 'is not valid']];
    });
    return Object.fromEntries(entries);
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
