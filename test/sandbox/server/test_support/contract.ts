import {readFileSync} from 'node:fs';
import {Ajv, type ValidateFunction} from 'ajv';
import addFormatsModule from 'ajv-formats';

// Validates bodies against /work/shared/mattermost/api-subset.json (SUBSET_PATH overrides the location).
type Endpoint = {method: string; path: string; responses: Record<string, unknown>};
type Subset = {endpoints: Endpoint[]; schemas: Record<string, unknown>};

const SUBSET_PATH = process.env.API_SUBSET_PATH ?? '/work/shared/mattermost/api-subset.json';
const subset = JSON.parse(readFileSync(SUBSET_PATH, 'utf8')) as Subset;
// ajv-formats is CommonJS with a default export; under ESM interop it may arrive wrapped.
const addFormats = ((addFormatsModule as unknown as {default?: unknown}).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;
const ajv = addFormats(new Ajv({strict: false, allErrors: true}));
const compiled = new Map<string, ValidateFunction>();

function validatorFor(schema: unknown): ValidateFunction {
    const key = JSON.stringify(schema);
    let fn = compiled.get(key);
    if (!fn) {
        // `#/schemas/X` refs resolve against the root, so the shared schemas ride along with each one.
        fn = ajv.compile({...(schema as object), schemas: subset.schemas});
        compiled.set(key, fn);
    }
    return fn;
}

function matches(template: string, path: string): boolean {
    const pattern = template.replace(/\{[^}]+\}/g, '[^/]+');
    return new RegExp(`^${pattern}$`).test(path);
}

export function endpointFor(method: string, path: string): Endpoint | undefined {
    const found = subset.endpoints.filter((e) => e.method === method.toUpperCase() && matches(e.path, path));
    // The most specific template wins (/users/me over /users/{user_id}).
    return found.sort((a, b) => (a.path.match(/\{/g)?.length ?? 0) - (b.path.match(/\{/g)?.length ?? 0))[0];
}

// Mattermost answers 200 where the OpenAPI says 201 (login, logout) and 404 where it lists none:
// an unlisted success is held to the listed success schema, an unlisted error to AppError.
function schemaFor(endpoint: Endpoint, status: number): unknown {
    const listed = endpoint.responses[String(status)];
    if (listed) {
        return listed;
    }
    if (status >= 400) {
        return {$ref: '#/schemas/AppError'};
    }
    const success = Object.keys(endpoint.responses).find((s) => s.startsWith('2'));
    return success ? endpoint.responses[success] : undefined;
}

export function contractProblems(method: string, path: string, status: number, body: unknown): string[] {
    const endpoint = endpointFor(method, path);
    if (!endpoint) {
        return [];
    }
    const schema = schemaFor(endpoint, status);
    const problems: string[] = [];
    if (schema && (schema as {contentType?: string}).contentType === undefined) {
        const validate = validatorFor(schema);
        if (!validate(body)) {
            problems.push(`${method} ${path} ${status}: ${ajv.errorsText(validate.errors)}`);
        }
    }
    if (status >= 400) {
        const err = body as Record<string, unknown>;
        const keys = ['id', 'message', 'detailed_error', 'request_id', 'status_code'];
        if (keys.some((k) => !(k in err)) || err.status_code !== status) {
            problems.push(`${method} ${path} ${status}: not an AppError body: ${JSON.stringify(body)}`);
        }
    }
    return problems;
}

export function schemaProblems(name: string, value: unknown): string[] {
    const validate = validatorFor({$ref: `#/schemas/${name}`});
    return validate(value) ? [] : [`${name}: ${ajv.errorsText(validate.errors)}`];
}
